/** Step 6: the Article, with escaped, allow-listed HTML built from the body text (never from source markup). */
import type { Article } from '../types';
import { guessLanguage } from './lang';
import type { TextMetadata } from './meta';
import type { ScoredBlock } from './types';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function elementFor(b: ScoredBlock): string {
  const text = escapeHtml(b.kind === 'pre' ? b.text : collapse(b.text));
  switch (b.kind) {
    case 'heading':
      return b.level <= 2 ? `<h2>${text}</h2>` : `<h3>${text}</h3>`;
    case 'list':
      return `<li>${text}</li>`;
    case 'quote':
      return `<p>${text}</p>`;
    case 'pre':
      return `<pre>${text}</pre>`;
    case 'row':
      return `<tr>${b.text
        .split(' | ')
        .map((c) => `<td>${escapeHtml(collapse(c))}</td>`)
        .join('')}</tr>`;
    default:
      return `<p>${text}</p>`;
  }
}

/** Consecutive list items, quotes and table rows share one container element. */
function containerOf(b: ScoredBlock): [string, string] | null {
  if (b.kind === 'list') return b.ordered ? ['<ol>', '</ol>'] : ['<ul>', '</ul>'];
  if (b.kind === 'quote') return ['<blockquote>', '</blockquote>'];
  if (b.kind === 'row') return ['<table>', '</table>'];
  return null;
}

export function buildHtml(blocks: ScoredBlock[]): string {
  const parts: string[] = [];
  let open: [string, string] | null = null;
  for (const b of blocks) {
    const container = containerOf(b);
    if (open && open[0] !== container?.[0]) {
      parts.push(open[1]);
      open = null;
    }
    if (container && !open) {
      parts.push(container[0]);
      open = container;
    }
    parts.push(elementFor(b));
  }
  if (open) parts.push(open[1]);
  return parts.join('');
}

export function countWords(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // Chinese and Japanese run words together: count their characters instead.
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  return cjk > words ? cjk : words;
}

export function buildArticle(body: ScoredBlock[], meta: TextMetadata): Article {
  const paragraphs = body.map((b) => collapse(b.text)).filter(Boolean);
  const text = paragraphs.join('\n\n');
  const { lang, dir } = guessLanguage([meta.title, text].join('\n'));
  return {
    title: meta.title,
    byline: meta.byline,
    published: meta.published,
    modified: meta.modified,
    siteName: meta.siteName,
    section: meta.section,
    tags: meta.tags,
    lang,
    dir,
    excerpt: meta.excerpt,
    leadImage: meta.leadImage,
    url: null,
    paragraphs,
    text,
    contentHtml: buildHtml(body),
    wordCount: countWords(text),
  };
}
