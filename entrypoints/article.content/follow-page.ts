/**
 * The page's detection and highlights, first at document_idle and then as the page changes under the content
 * script (page-watch.ts): a story rendered by script after load is detected and highlighted once its text is
 * there, and a single-page app's move to another story under another URL gets that story's scan, annotations
 * and page record, with nothing of the last one left open or painted.
 */
import { normalizePageUrl } from '@/lib/db/url';
import type { Send } from '@/lib/messages';
import type { AnnotationStore } from './annotation-store';
import type { GlossPage } from './gloss-page';
import type { PageContext } from './page-context';
import { retryWhileChanging, watchUrl, whenQuiet } from './page-watch';
import { scanPage } from './scan';

export interface FollowDeps {
  doc: Document;
  page: PageContext;
  store: AnnotationStore;
  gloss: GlossPage;
  send: Send;
  /** The settings' "open the reader view automatically on articles". */
  autoOpenReader: boolean;
}

export function followPage({ doc, page, store, gloss, send, autoOpenReader }: FollowDeps): { stop(): void } {
  const win = doc.defaultView!;
  const body = () => doc.body;
  // Set by stop(): work already under way (a refresh, a settle wait) then does nothing when it ends.
  let stopped = false;

  // The popup shows title/site/date/word count straight from the background, so articles report a summary.
  // An article opens in the reader view by itself when the reader asked for that in the settings.
  const reportDetection = () => {
    const current = page.scan();
    void send('page/detected', { url: win.location.href, detection: current.detection, summary: current.summary() }).then((result) => {
      if (!result.ok) console.warn('Gloss:', result.error);
    });
    if (autoOpenReader && current.detection.isArticle) {
      gloss.setReader(true).catch((error: unknown) => console.warn('Gloss: the reader view did not open:', error));
    }
  };

  // Highlights on every visit: articles, and any other page that has annotations (the refresh paints them).
  // Those whose text is not on the page yet are looked for again as the page changes.
  const lateText = retryWhileChanging(body, () => gloss.paintLive() === 0, { attemptAtStart: false });
  const loadAnnotations = () =>
    store.refresh().then(
      () => {
        if (!stopped) lateText.start();
      },
      (error: unknown) => console.warn('Gloss: annotations not loaded:', error),
    );

  // A page that does not look like an article is looked at again after its DOM changes settle (a few times,
  // for 20 s at most): the story may not have been there yet at document_idle.
  const lateArticle = retryWhileChanging(
    body,
    () => {
      if (page.scan().detection.isArticle) return true;
      const again = scanPage(doc, win.location.href);
      if (!again.detection.isArticle) return false;
      page.replaceScan(again);
      reportDetection();
      return true;
    },
    { settleMs: 1_000, maxAttempts: 5, attemptAtStart: false },
  );

  reportDetection();
  void loadAnnotations();
  if (!page.scan().detection.isArticle) lateArticle.start();

  // A single-page app's move to another story (not a fragment or a tracking parameter: the same story): what
  // was shown of the last story goes at once (and PageContext rescans as soon as it is asked). Once the new
  // story has settled (or 3 s have passed), it is scanned afresh and its annotations loaded.
  let shownUrl = normalizePageUrl(win.location.href);
  let navigation = 0;
  const stopWatchingUrl = watchUrl(win, (href) => {
    const next = normalizePageUrl(href);
    if (next === shownUrl) return;
    shownUrl = next;
    const ticket = ++navigation;
    gloss.leavePage();
    lateText.stop();
    void whenQuiet(doc.documentElement, 400, 3_000).then(() => {
      if (ticket !== navigation || stopped) return; // moved on again since, or stopped
      page.replaceScan(scanPage(doc, win.location.href));
      reportDetection();
      void loadAnnotations();
      if (page.scan().detection.isArticle) lateArticle.stop();
      else lateArticle.start();
    });
  });

  return {
    stop() {
      stopped = true;
      stopWatchingUrl();
      lateText.stop();
      lateArticle.stop();
    },
  };
}
