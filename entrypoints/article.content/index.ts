import { browser } from 'wxt/browser';
import { createSender } from '@/lib/messages';
import { createAnnotationStore } from './annotation-store';
import { createGlossPage } from './gloss-page';
import { createContentHandler } from './handlers';
import './highlights.css';
import { wireInteractions } from './interactions';
import { createPageContext } from './page-context';
import { createPageUi } from './page-ui';
import { createReader } from './reader';
import { retryWhileChanging, watchUrl, whenQuiet } from './page-watch';
import { scanPage } from './scan';
import { createSuggestionService } from './suggestion-service';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage the extension's id to every page (found by tests/e2e/security.test.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const scan = scanPage(document, location.href);
    const send = createSender((message) => browser.runtime.sendMessage(message));
    const storage = browser.storage.local;

    const page = createPageContext(document, scan);
    const store = createAnnotationStore(send, page);
    const suggestions = createSuggestionService(page, store, storage);
    const ui = createPageUi(document);
    // The reader reports back to the page wiring, which needs the reader first: bound late.
    const hooks = { onReady: (_root: ShadowRoot) => {}, onClosed: () => {} };
    const reader = createReader(document, storage, {
      onReady: (_painter, root) => hooks.onReady(root),
      onClosed: () => hooks.onClosed(),
    });
    const gloss = createGlossPage({ page, store, suggestions, reader, ui, send });
    const events = wireInteractions({ doc: document, gloss, reader, ui, store, suggestions });
    hooks.onReady = (root) => {
      events.attachReader(root);
      gloss.repaint();
    };
    hooks.onClosed = () => events.readerClosed();

    const handle = createContentHandler(page, gloss, reader, document);
    browser.runtime.onMessage.addListener((message: unknown) => handle(message, undefined));

    // The popup shows title/site/date/word count straight from the background, so articles report a summary.
    const reportDetection = () => {
      const current = page.scan();
      void send('page/detected', { url: location.href, detection: current.detection, summary: current.summary() }).then((result) => {
        if (!result.ok) console.warn('Gloss:', result.error);
      });
    };
    // Highlights on every visit: articles, and any other page that has annotations. Those whose text is not on
    // the page yet (an article rendered by script after load) are looked for again as the page changes.
    const lateText = retryWhileChanging(() => document.body, () => gloss.paintLive() === 0);
    const loadAnnotations = () =>
      store.refresh().then(
        () => lateText.start(),
        (error: unknown) => console.warn('Gloss: annotations not loaded:', error),
      );
    reportDetection();
    void loadAnnotations();

    // Single-page apps swap in another article under another URL without a new document (or a new content
    // script): once the page has settled, Gloss scans it afresh and loads that URL's annotations.
    let navigation = 0;
    const stopWatchingUrl = watchUrl(window, () => {
      const ticket = ++navigation;
      void whenQuiet(document.documentElement, 400, 3_000).then(() => {
        // Another navigation since, or the same page (a fragment or tracking parameter changed).
        if (ticket !== navigation || page.url() === store.loadedFor()) return;
        gloss.leavePage();
        page.replaceScan(scanPage(document, location.href));
        reportDetection();
        void loadAnnotations();
      });
    });
    ctx.onInvalidated(() => {
      stopWatchingUrl();
      lateText.stop();
    });
  },
});
