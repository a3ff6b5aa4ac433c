/**
 * When this page needs the rest of Gloss: it is an article (highlights, suggestions, the badge's summary), it has
 * annotations (highlights), the reader selects text (the toolbar), or a story arrives later (a single-page app
 * moves to it, or its text is rendered after load). Until then Gloss only watches, cheaply.
 */
import { detectArticle, type Detection } from '@/lib/cleaner';
import { LIMITS } from '@/lib/model/schema';
import type { Send } from '@/lib/messages';
import { retryWhileChanging, watchUrl } from '../article.content/page-watch';
import { selectionInPage } from '../article.content/selection';

export type Need = 'article' | 'annotations' | 'selection';

export interface NeedWatch {
  /** The detection of the page as it is now (made again if the address changed). */
  detection(): { url: string; result: Detection };
  stop(): void;
}

function canonicalLink(doc: Document): string | null {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  return href !== null && href.length <= LIMITS.url ? href : null;
}

export function watchForNeed(doc: Document, send: Send, onNeed: (need: Need) => void): NeedWatch {
  const win = doc.defaultView!;
  let stopped = false;
  let detected = { url: win.location.href, result: detectArticle(doc, { url: win.location.href }) };
  const need = (why: Need) => {
    if (stopped) return;
    stop();
    onNeed(why);
  };
  const redetect = () => (detected = { url: win.location.href, result: detectArticle(doc, { url: win.location.href }) });
  const report = () => void send('page/detected', { url: detected.url, detection: detected.result, summary: null });

  // An article is reported by the rest of Gloss, with its summary. Any other page is reported here once Gloss
  // has decided what it needs, so the tab's status also says that the decision is made.
  const check = async () => {
    if (detected.result.isArticle) return need('article');
    const has = await send('page/hasAnnotations', { canonical: canonicalLink(doc) });
    if (has.ok && has.value) need('annotations');
    report();
  };
  // A story rendered by script after load: looked at again after the DOM settles (a few times, for 20 s at most).
  const lateArticle = retryWhileChanging(
    () => doc.body,
    () => {
      if (!redetect().result.isArticle) return false;
      void check();
      return true;
    },
    { settleMs: 1_000, maxAttempts: 5, attemptAtStart: false },
  );
  const stopWatchingUrl = watchUrl(win, () => {
    redetect();
    void check();
    if (!detected.result.isArticle) lateArticle.start();
  });
  const onSelection = () => {
    if (selectionInPage(doc)) need('selection');
  };
  doc.addEventListener('selectionchange', onSelection);

  function stop() {
    stopped = true;
    lateArticle.stop();
    stopWatchingUrl();
    doc.removeEventListener('selectionchange', onSelection);
  }

  // After the caller has its answer in hand: a need found at once calls back into it.
  void Promise.resolve().then(check);
  if (!detected.result.isArticle) lateArticle.start();
  return {
    detection: () => (detected.url === win.location.href ? detected : redetect()),
    stop,
  };
}
