/** The content script's answers to the popup and the background (lib/messages.ts: content-script messages). */
import { createMessageHandler } from '@/lib/messages';
import type { GlossPage } from './gloss-page';
import type { PageContext } from './page-context';
import { selectionInPage, selectionInShadow } from './selection';
import type { Reader } from './reader';

/** What the page's keyboard wiring (interactions.ts) does for a shortcut the background forwards. */
export interface ShortcutTarget {
  focusToolbar(): boolean;
}

export function createContentHandler(page: PageContext, gloss: GlossPage, reader: Reader, doc: Document, keys: ShortcutTarget) {
  return createMessageHandler<undefined>({
    'article/summary': () => page.scan().summary(),
    // While the reader view is open, it is what the reader sees: anchors and reveals are answered for it.
    'page/anchors': () => gloss.anchors(),
    'reader/open': ({ open, anyway }) => gloss.setReader(open, anyway),
    'page/shortcut': () => keys.focusToolbar(),
    'selection/annotate': async ({ kind, editor = 'page' }) => {
      const root = reader.root();
      const inReader = root ? selectionInShadow(root) : null;
      if (inReader) return gloss.annotate(kind, 'reader', inReader, editor === 'page');
      const onPage = selectionInPage(doc);
      return onPage ? gloss.annotate(kind, 'page', onPage, editor === 'page') : null;
    },
    'annotation/reveal': ({ id }) => gloss.reveal(id),
    'annotation/usePageWording': ({ id, text }) => gloss.usePageWording(id, text),
    'page/suggestions': () => gloss.listSuggestions(),
    'suggestion/decide': ({ id, accept, editor }) => gloss.decide(id, accept, editor === 'caller'),
  });
}
