/**
 * Keeping up with pages that change under the content script, which runs once per document:
 * - single-page apps that swap in another article and push its URL (`watchUrl`, then `whenQuiet` so that the new
 *   article is in place before it is scanned);
 * - articles whose text arrives after the page has loaded (`retryWhileChanging`: annotations not found yet are
 *   looked for again as the page changes).
 * Nothing here dispatches events or writes to the page: a page must not learn that Gloss is watching it.
 */

/** How often the URL is compared: `history.pushState` fires no event a content script can hear in every browser. */
const URL_POLL_MS = 500;

/** Calls `onChange` whenever the page's URL has changed (path, query or fragment). Returns the stop function. */
export function watchUrl(win: Window, onChange: (url: string) => void): () => void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const timer = win.setInterval(check, URL_POLL_MS);
  win.addEventListener('popstate', check);
  // Where the Navigation API exists (Chromium), pushState is heard at once; the poll covers the rest.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check);
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('popstate', check);
    navigation?.removeEventListener('currententrychange', check);
  };
}

/** What counts as the page changing: nodes added or removed, or text edited, anywhere under the root. */
const CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Resolves once `root` has had no DOM change for `quietMs`, or after `maxMs` whatever happens. */
export function whenQuiet(root: Node, quietMs: number, maxMs: number): Promise<void> {
  const win = root.ownerDocument?.defaultView ?? (root as Document).defaultView;
  if (!win) return Promise.resolve();
  return new Promise((resolve) => {
    let quiet = win.setTimeout(done, quietMs);
    const deadline = win.setTimeout(done, maxMs);
    const observer = new win.MutationObserver(() => {
      win.clearTimeout(quiet);
      quiet = win.setTimeout(done, quietMs);
    });
    observer.observe(root, CHANGES);
    function done() {
      observer.disconnect();
      win!.clearTimeout(quiet);
      win!.clearTimeout(deadline);
      resolve();
    }
  });
}

export interface RetryOptions {
  /** Wait this long after the last change before retrying. */
  settleMs?: number;
  /** Stop watching this long after `start`. */
  giveUpMs?: number;
  /** Stop after this many attempts. */
  maxAttempts?: number;
  /** Attempt as soon as `start` is called (default), or only after the first change. */
  attemptAtStart?: boolean;
}

export interface ChangeRetry {
  /** Watches the page again from now (after a load or a navigation). */
  start(): void;
  stop(): void;
}

/**
 * Calls `attempt` after each burst of DOM changes under `root` until it answers true (done) or `giveUpMs` has
 * passed. `attempt` may change the DOM itself (highlight marks): those changes are discarded, not retried on.
 */
export function retryWhileChanging(root: () => Node | null, attempt: () => boolean, options: RetryOptions = {}): ChangeRetry {
  const settleMs = options.settleMs ?? 600;
  const giveUpMs = options.giveUpMs ?? 20_000;
  const maxAttempts = options.maxAttempts ?? Infinity;
  let attempts = 0;
  let observer: MutationObserver | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let giveUp: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(settle);
    clearTimeout(giveUp);
  };
  const run = () => {
    attempts++;
    if (attempt() || attempts >= maxAttempts) return stop();
    observer?.takeRecords();
  };
  return {
    stop,
    start() {
      stop();
      const target = root();
      const win = target?.ownerDocument?.defaultView;
      if (!target || !win) return;
      observer = new win.MutationObserver(() => {
        clearTimeout(settle);
        settle = setTimeout(run, settleMs);
      });
      observer.observe(target, CHANGES);
      giveUp = setTimeout(stop, giveUpMs);
      attempts = 0;
      if (options.attemptAtStart ?? true) run();
    },
  };
}
