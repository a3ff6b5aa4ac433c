/** Glue for page-content.ts: the browser's script injection, and the set of annotated pages kept fresh. */
import { browser } from 'wxt/browser';
import type { GlossDb } from '@/lib/db';
import { createAnnotatedPages, readAnnotatedPageKeys, type AnnotatedPages } from '@/lib/db/page-keys';
import { onCommittedWrite, WRITE_NEWS_CHANNEL } from '@/lib/db/write-events';
import type { ContentTarget } from './page-content';

/** What WXT builds from entrypoints/article.content (registration: 'runtime', so not in the manifest). */
const REST_OF_GLOSS = { script: '/content-scripts/article.js', styles: '/content-scripts/article.css' } as const;

/** Chromium targets the very document that asked (not whatever its frame shows by then); Firefox, its frame. */
type InjectionTarget = Parameters<typeof browser.scripting.executeScript>[0]['target'];
function injectionTarget({ tabId, frameId, documentId }: ContentTarget): InjectionTarget {
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
}

/** `scripting` works in Chromium MV3 and in Firefox (MV2 too, from 102), with the host access both manifests hold. */
export async function loadRestOfGloss(target: ContentTarget): Promise<void> {
  await browser.scripting.executeScript({ target: injectionTarget(target), files: [REST_OF_GLOSS.script] });
}

export async function insertGlossStyles(target: ContentTarget): Promise<void> {
  await browser.scripting.insertCSS({ target: injectionTarget(target), files: [REST_OF_GLOSS.styles] });
}

/** The set of annotated pages, read again after any write: the background's own, or the library's (its channel). */
export function watchAnnotatedPages(db: () => Promise<GlossDb>): AnnotatedPages {
  const pages = createAnnotatedPages(async () => readAnnotatedPageKeys(await db()));
  onCommittedWrite(() => pages.invalidate());
  new BroadcastChannel(WRITE_NEWS_CHANNEL).addEventListener('message', () => pages.invalidate());
  return pages;
}
