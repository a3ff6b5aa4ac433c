/**
 * The always-on content script (entrypoints/page.content) is small: it asks here whether its page has
 * annotations, and asks for the rest of Gloss (entrypoints/article.content, registered at runtime, not in the
 * manifest) when the page needs it: an article, a page with annotations, a selection, or the reader's action.
 */
import { normalizePageUrl } from '@/lib/db/url';
import type { AnnotatedPages } from '@/lib/db/page-keys';
import type { SenderContext } from './sender';

/** Injects the rest of Gloss (script and styles) into one frame of one tab. */
export type LoadContent = (target: { tabId: number; frameId: number }) => Promise<void>;

export interface PageContentDeps {
  annotatedPages?: AnnotatedPages;
  loadContent?: LoadContent;
}

function contentPage(context: SenderContext, what: string): { pageUrl: string; tabId?: number; frameId?: number } {
  if (context.kind !== 'content-script' || context.pageUrl === null) throw new Error(`only a page's content script may ${what}`);
  return { pageUrl: context.pageUrl, tabId: context.tabId, frameId: context.frameId };
}

/** Whether the sender's own page (by the browser's word, with the canonical link it declares) has annotations. */
export async function handleHasAnnotations(deps: PageContentDeps, canonical: string | null, context: SenderContext): Promise<boolean> {
  const { pageUrl } = contentPage(context, 'ask about its annotations');
  if (!deps.annotatedPages) throw new Error('annotated pages are not available');
  return deps.annotatedPages.has(normalizePageUrl(pageUrl, canonical));
}

/** Loads the rest of Gloss into the sender's own frame, and nowhere else. */
export async function handleLoadContent(deps: PageContentDeps, context: SenderContext): Promise<null> {
  const { tabId, frameId = 0 } = contentPage(context, 'load Gloss');
  if (tabId === undefined) throw new Error('Gloss loads only into a tab');
  if (!deps.loadContent) throw new Error('loading Gloss into pages is not available');
  await deps.loadContent({ tabId, frameId });
  return null;
}
