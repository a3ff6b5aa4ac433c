import type { Article, CleanOptions, Metadata } from './types';
import type { Block, ImageRef, Segmentation } from './dom/blocks';
import { segment } from './dom/segment';
import { bodyOf } from './dom/document-parts';
import { extractMetadata } from './metadata/index';
import { scoreCandidates } from './steps/score-candidates';
import { selectContainers } from './steps/select-container';
import { filterBlocks } from './steps/filter-blocks';
import { buildContentHtml } from './steps/content-html';
import { findPreferredContainer } from './steps/preferred-container';
import { textDirection, wordCount } from './text-stats';
import { errorReason, fail, ok, type Result } from '../result';

/**
 * The cleaned article, null when the page has none (no body, no text, nothing left once furniture is gone), or
 * why cleaning failed: a page that breaks a step is a bug the reader can report, not "no article". Never throws,
 * so one broken page costs its reader view, not the content script.
 */
export function cleanArticleResult(doc: Document, options: CleanOptions = {}): Result<Article | null> {
  try {
    return ok(runPipeline(doc, options));
  } catch (error) {
    return fail(`cleaning the page failed: ${errorReason(error)}`);
  }
}

/** cleanArticleResult for callers that only need an article or nothing (the bench, tests): a failure is null. */
export function cleanArticle(doc: Document, options: CleanOptions = {}): Article | null {
  const result = cleanArticleResult(doc, options);
  return result.ok ? result.value : null;
}

/**
 * The cleaning pipeline. Each step is a small pure function; the document is only read, never changed:
 *   metadata -> segment into blocks -> score candidates -> select containers -> filter blocks -> build HTML.
 * Throws when a step does (cleanArticleResult reports it).
 */
function runPipeline(doc: Document, options: CleanOptions): Article | null {
  const root = bodyOf(doc);
  if (!root) return null;
  const metadata = extractMetadata(doc, options.url);
  const baseUrl = metadata.url ?? options.url ?? null;
  const seg = segment(root, baseUrl);
  if (seg.blocks.length === 0) return null;

  const candidates = scoreCandidates(seg, root);
  const preferred = findPreferredContainer(seg, candidates, metadata);
  const containers = selectContainers(seg, candidates, root, preferred);
  const title = pickTitle(doc, metadata);
  const blocks = filterBlocks(seg, containers, { title, byline: metadata.byline, excerpt: metadata.excerpt });
  if (blocks.length === 0) return null;

  const paragraphs = blocks.map((b) => b.text);
  const text = paragraphs.join('\n\n');
  const images = bodyImages(seg, containers);
  return {
    title,
    byline: metadata.byline,
    published: metadata.published,
    modified: metadata.modified,
    siteName: metadata.siteName,
    section: metadata.section,
    tags: metadata.tags,
    lang: metadata.lang,
    dir: textDirection(doc, text),
    excerpt: metadata.excerpt ?? firstSentences(blocks),
    leadImage: metadata.leadImage ?? images[0]?.src ?? null,
    url: metadata.url ?? options.url ?? null,
    paragraphs,
    text,
    contentHtml: buildContentHtml(blocks, images),
    wordCount: wordCount(text),
  };
}

function pickTitle(doc: Document, metadata: Metadata): string {
  if (metadata.title) return metadata.title;
  const h1 = doc.querySelector('h1');
  const fromH1 = h1?.textContent?.replace(/\s+/g, ' ').trim();
  return fromH1 || (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function firstSentences(blocks: Block[]): string | null {
  const first = blocks.find((b) => b.kind === 'p' || b.kind === 'text');
  if (!first) return null;
  return first.text.length <= 300 ? first.text : `${first.text.slice(0, 297).replace(/\s+\S*$/, '')}…`;
}

/** Images inside the body (figures included, furniture such as ads and avatars excluded). */
function bodyImages(seg: Segmentation, containers: Element[]): ImageRef[] {
  const result: ImageRef[] = [];
  for (const image of seg.images) {
    if (!containers.some((c) => c.contains(image.el))) continue;
    const figure = image.el.closest('figure');
    const furniture = image.el.parentElement?.closest('aside, nav, footer, [class*="related"], [class*="promo"], [class*="avatar"]');
    if (furniture && containers.some((c) => c !== furniture && c.contains(furniture))) continue;
    const caption = figure?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    result.push({ ...image, caption });
  }
  return result;
}
