/** Pure formatting of a cleaned Article for the terminal: Markdown (default), plain text or JSON. */
import type { Article } from '../lib/cleaner';
import type { OutputFormat } from './args';

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole;
    const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function plain(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How each paragraph was marked up in contentHtml: sub-headings become `##`/`###`, list items `-`.
 * Read from the HTML the cleaner built (never rendered), matched to paragraphs by their text.
 */
export function blockMarkers(contentHtml: string): Map<string, string> {
  const markers = new Map<string, string>();
  for (const m of contentHtml.matchAll(/<(h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const tag = (m[1] ?? '').toLowerCase();
    const text = plain(m[2] ?? '');
    if (!text || markers.has(text)) continue;
    markers.set(text, tag === 'li' ? '- ' : Number(tag[1]) <= 2 ? '## ' : '### ');
  }
  return markers;
}

/** Keeps a paragraph that starts like Markdown syntax ("# 1 seed", "- 5 %", "1. Round") from turning into it. */
function escapeLeading(text: string): string {
  return text.replace(/^(#{1,6}\s|[-+*]\s|\d+[.)]\s|>|={3,}|-{3,})/, '\\$1');
}

function isoDay(date: string | null): string | null {
  if (!date) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : date;
}

/** "By X · Site · Section · 2014-11-21 · 412 words": only the fields the article has. */
export function metadataLine(article: Article): string {
  const byline = article.byline?.trim();
  const fields = [
    byline ? (/^(by|von|par|por)\s/i.test(byline) ? byline : `By ${byline}`) : null,
    article.siteName,
    article.section,
    isoDay(article.published),
    `${article.wordCount} ${article.wordCount === 1 ? 'word' : 'words'}`,
  ].filter((f): f is string => Boolean(f && f.trim()));
  return `*${fields.map((f) => f.replace(/([*_])/g, '\\$1')).join(' · ')}*`;
}

export function toMarkdown(article: Article): string {
  const markers = blockMarkers(article.contentHtml);
  const body = article.paragraphs.map((p) => {
    const marker = markers.get(p.replace(/\s+/g, ' ').trim());
    return marker ? marker + p : escapeLeading(p);
  });
  const head = article.title.trim() ? [`# ${article.title.trim()}`, ''] : [];
  return [...head, metadataLine(article), '', body.join('\n\n')].join('\n') + '\n';
}

export function toText(article: Article): string {
  return (article.title.trim() ? `${article.title.trim()}\n\n` : '') + article.text + '\n';
}

export function toJson(article: Article): string {
  return JSON.stringify(article, null, 2) + '\n';
}

export function formatArticle(article: Article, format: OutputFormat): string {
  if (format === 'json') return toJson(article);
  if (format === 'text') return toText(article);
  return toMarkdown(article);
}
