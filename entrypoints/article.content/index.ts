import { browser } from 'wxt/browser';
import { createSender, type Send } from '@/lib/messages';
import { isSiteDisabled, parseSettings, SETTINGS_KEY } from '@/lib/settings';
import { takeHandoff } from '../page.content/handoff';
import { createAnnotationStore } from './annotation-store';
import { createGlossPage } from './gloss-page';
import { followPage } from './follow-page';
import { createContentHandler } from './handlers';
import './highlights.css';
import { wireInteractions } from './interactions';
import { createPageContext } from './page-context';
import type { EditorFrameSource } from './frame-editor';
import { createPageUi } from './page-ui';
import { createReader } from './reader';
import { scanPage } from './scan';
import { createSuggestionService } from './suggestion-service';

/** The editor frame (frame-editor.ts), registered with the background before it loads. */
function editorFrameSource(send: Send): EditorFrameSource {
  // The frame's own path, not '/' resolved: Chromium gives a web-accessible resource with use_dynamic_url its
  // per-session address only when asked for that resource (wxt.config.ts).
  const url = browser.runtime.getURL('/editor-frame.html');
  return {
    url,
    origins: [...new Set([new URL(url).origin, new URL(browser.runtime.getURL('/')).origin])],
    async register(token) {
      const registered = await send('editor/register', { token });
      if (!registered.ok) throw new Error(registered.error);
    },
  };
}

/**
 * The rest of Gloss on a page: highlights, suggestions, the toolbar, cards, the editor and the reader view. Not in
 * the manifest: the always-on script (entrypoints/page.content) has the background inject it when the page needs
 * it, and hands over the settings, its detection, and the page's messages (handoff.ts).
 */
export default defineContentScript({
  // For the host access to inject it; WXT registers a 'runtime' script nowhere by itself.
  matches: ['<all_urls>'],
  registration: 'runtime',
  // WXT would otherwise window.postMessage the extension's id to every page (found by tests/e2e/security.test.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const handoff = takeHandoff();
    if (!handoff || ctx.isInvalid) return;
    const settings = parseSettings(handoff.storedSettings());
    if (isSiteDisabled(settings, location.hostname)) return;
    const storage = browser.storage.local;
    const here = location.href;
    const scan = scanPage(document, here, handoff.detection.url === here ? handoff.detection.result : undefined);
    const send = createSender((message) => browser.runtime.sendMessage(message));

    const page = createPageContext(document, scan);
    const store = createAnnotationStore(send, page);
    const suggestions = createSuggestionService(page, store, storage);
    const ui = createPageUi(document, editorFrameSource(send));
    // The reader reports back to the page wiring, which needs the reader first: bound late.
    const hooks = { onReady: (_root: ShadowRoot) => {}, onClosed: () => {} };
    const reader = createReader(document, storage, {
      onReady: (_painter, root) => hooks.onReady(root),
      onClosed: () => hooks.onClosed(),
    });
    const gloss = createGlossPage({ page, store, suggestions, reader, ui, send });
    // Everything Gloss does on the page stops with this: the extension reloaded, or the site turned off.
    const running = new AbortController();
    ctx.onInvalidated(() => running.abort());
    const events = wireInteractions({ doc: document, gloss, reader, ui, store, suggestions, signal: running.signal });
    hooks.onReady = (root) => {
      events.attachReader(root);
      gloss.repaint();
    };
    hooks.onClosed = () => events.readerClosed();

    const handle = createContentHandler(page, gloss, reader, document, events);
    handoff.attach((message) => handle(message, undefined));

    const follow = followPage({ doc: document, page, store, gloss, send, autoOpenReader: settings.autoOpenReader });
    running.signal.addEventListener('abort', () => {
      follow.stop();
      gloss.stop();
      ui.destroy();
    });

    // Turned off for this site while the page is open (settings, or the popup): Gloss leaves the page at once.
    const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes && isSiteDisabled(parseSettings(changes[SETTINGS_KEY]?.newValue), location.hostname))
        running.abort();
    };
    browser.storage.onChanged.addListener(onSettings);
    running.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onSettings));
  },
});
