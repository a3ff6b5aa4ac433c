/**
 * When this page needs the rest of Gloss: it is an article (highlights, suggestions, the badge's summary), it has
 * annotations (highlights), the reader selects text (the toolbar), or a story arrives later (a single-page app
 * moves to it, or its text is rendered after load). Until then Gloss only watches, cheaply.
 */
import { detectArticle, type Detection } from '@/lib/cleaner';
import { LIMITS } from '@/lib/model/limits';
import type { Send } from '@/lib/message-sender';
import { retryWhileChanging, watchUrl, whenQuiet } from '../article.content/page-watch';
import { selectionInPage } from '../article.content/selection';

export type Need = 'article' | 'annotations' | 'selection';

export interface NeedWatch {
  /** The detection of the page as it is now (made again if the address changed). */
  detection(): { url: string; result: Detection };
  /** Tells the background what this page is (the rest of Gloss does that once it runs; this, if it can't). */
  report(): void;
  stop(): void;
}

/**
 * A page can change its own address at will (pushState) and so have Gloss ask about each one: whether the rest of
 * Gloss then loads would tell it which of its pages the reader annotated. A few asks per document, no more.
 */
const MAX_ASKS = 4;

const withoutFragment = (href: string): string => href.split('#')[0]!;

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
  let asks = 0;
  const check = async () => {
    if (detected.result.isArticle) return need('article');
    if (asks >= MAX_ASKS) return report();
    asks++;
    const asked = detected.url;
    const has = await send('page/hasAnnotations', { canonical: canonicalLink(doc) });
    // Stopped meanwhile (the rest of Gloss has taken over and reports itself), or moved on: the answer is stale.
    if (stopped || asked !== win.location.href) return;
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
  // A single-page app's move to another page (not a fragment: the same page), looked at once it has settled.
  let address = withoutFragment(win.location.href);
  let navigation = 0;
  const stopWatchingUrl = watchUrl(win, (href) => {
    if (withoutFragment(href) === address) return;
    address = withoutFragment(href);
    const ticket = ++navigation;
    void whenQuiet(doc.documentElement, 400, 3_000).then(() => {
      if (stopped || ticket !== navigation) return;
      redetect();
      void check();
      if (!detected.result.isArticle) lateArticle.start();
    });
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
    report,
    stop,
  };
}
