/**
 * The always-on content script (entrypoints/page.content) is small: it asks here whether its page has
 * annotations, and asks for the rest of Gloss (entrypoints/article.content, registered at runtime, not in the
 * manifest) when the page needs it: an article, a page with annotations, a selection, or the reader's action.
 */
import { normalizePageUrl } from '@/lib/db/url';
import type { AnnotatedPages } from '@/lib/db/page-keys';
import type { SenderContext } from './sender';

/** One document in one tab: by its id where the browser gives one (Chromium), else by its frame. */
export interface ContentTarget {
  tabId: number;
  frameId: number;
  documentId?: string;
}

export interface PageContentDeps {
  annotatedPages?: AnnotatedPages;
  /** Injects the rest of Gloss's script into that document. */
  loadContent?: (target: ContentTarget) => Promise<void>;
  /** Inserts Gloss's highlight styles into that document. */
  insertStyles?: (target: ContentTarget) => Promise<void>;
}

type ContentSender = Extract<SenderContext, { kind: 'content-script' }> & { pageUrl: string };

function contentPage(context: SenderContext, what: string): ContentSender {
  if (context.kind !== 'content-script' || context.pageUrl === null) throw new Error(`only a page's content script may ${what}`);
  return context as ContentSender;
}

function targetOf(context: SenderContext, what: string): ContentTarget {
  const { tabId, frameId = 0, documentId } = contentPage(context, what);
  if (tabId === undefined) throw new Error('Gloss loads only into a tab');
  return { tabId, frameId, ...(documentId ? { documentId } : {}) };
}

/** Whether the sender's own page (by the browser's word, with the canonical link it declares) has annotations. */
export async function handleHasAnnotations(deps: PageContentDeps, canonical: string | null, context: SenderContext): Promise<boolean> {
  const { pageUrl } = contentPage(context, 'ask about its annotations');
  if (!deps.annotatedPages) throw new Error('annotated pages are not available');
  return deps.annotatedPages.has(normalizePageUrl(pageUrl, canonical));
}

/** Loads the rest of Gloss into the sender's own document, and nowhere else. */
export async function handleLoadContent(deps: PageContentDeps, context: SenderContext): Promise<null> {
  const target = targetOf(context, 'load Gloss');
  if (!deps.loadContent) throw new Error('loading Gloss into pages is not available');
  await deps.loadContent(target);
  return null;
}

/**
 * The highlight styles, asked for when the first highlight is painted rather than with the script: a page that
 * changes its address to probe (needs.ts) sees no style arrive unless one of its pages really is annotated.
 */
export async function handleInsertStyles(deps: PageContentDeps, context: SenderContext): Promise<null> {
  const target = targetOf(context, 'style its page');
  if (!deps.insertStyles) throw new Error('styles are not available');
  await deps.insertStyles(target);
  return null;
}
