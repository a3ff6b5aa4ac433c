/**
 * Shared by Gloss's annotate / reader / security end-to-end tests: a page server whose content can be switched
 * between phases at the same URL, Chromium with the built extension on a profile that survives a restart, and
 * helpers that act as a user would (select text, click the toolbar) or ask the content script as the popup does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import {
  assertChromium,
  closeWelcomeTab,
  CHROMIUM_PATH,
  HOST_RESOLVER_RULE,
  isTestHost,
  NEWS_HOST,
  tabIdFor,
  waitForPageStatus,
} from '../../../scripts/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const readPage = (name: string): string => readFileSync(path.join(here, name), 'utf8');

export interface PhaseServer {
  /**
   * "http://news.example:PORT" (no trailing slash): a plain-http site under a non-local name, an insecure context
   * as real news sites are (launchGloss maps the name to 127.0.0.1).
   */
  origin: string;
  /** "http://127.0.0.1:PORT": the same pages on a secure-context origin. */
  localOrigin: string;
  /** What GET `pathname` answers from now on. */
  set(pathname: string, html: string): void;
  close(): Promise<void>;
}

export async function startPhaseServer(): Promise<PhaseServer> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const html = pages.get(pathname);
    res.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html ?? 'Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${NEWS_HOST}:${port}`,
    localOrigin: `http://127.0.0.1:${port}`,
    set: (pathname, html) => void pages.set(pathname, html),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface GlossBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Closes the browser and keeps the profile (for a restart). */
  close(): Promise<void>;
}

/**
 * Chromium with the extension, on `profileDir` (options from /work/shared/notes/toolchain.md). On a fresh (empty)
 * profile Gloss opens its welcome page: closed before this resolves, unless `keepWelcome`.
 */
export async function launchGloss(extensionDir: string, profileDir: string, { keepWelcome = false } = {}): Promise<GlossBrowser> {
  assertChromium();
  const freshProfile = readdirSync(profileDir).length === 0;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      HOST_RESOLVER_RULE,
    ],
  });
  // Test pages come from the local server only (as 127.0.0.1, `localhost` or a mapped `*.example` name: other
  // sites); nothing else is fetched.
  await context.route(/^https?:\/\//, (route) => (isTestHost(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  if (freshProfile && !keepWelcome) await closeWelcomeTab(serviceWorker, extensionDir);
  return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host, close: () => context.close() };
}

export function tempProfile(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gloss-ui-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens `url` in a new tab and waits for the content script's report; answers the page and its tab id. */
export async function openTab(browser: GlossBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(browser.serviceWorker, url);
  await waitForPageStatus(browser.serviceWorker, tabId);
  return { page, tabId };
}

/** The extension APIs used inside serviceWorker.evaluate (typed here; the functions run in the extension). */
export interface ChromeApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
export type WithChrome = { chrome: ChromeApi };

export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

/** Sends a message to the tab's content script from the service worker, as the popup or background would. */
export function sendToTab<T>(browser: GlossBrowser, tabId: number, type: string, payload: object = {}): Promise<Answer<T>> {
  return browser.serviceWorker.evaluate(([id, message]) => (globalThis as unknown as WithChrome).chrome.tabs.sendMessage(id, message), [
    tabId,
    { type, payload },
  ] as const) as Promise<Answer<T>>;
}

export interface AnchorEntry {
  id: string;
  state: 'anchored' | 'orphan';
  position: number | null;
}

export async function anchors(browser: GlossBrowser, tabId: number): Promise<AnchorEntry[]> {
  const answer = await sendToTab<{ url: string; entries: AnchorEntry[] }>(browser, tabId, 'page/anchors');
  if (!answer.ok) throw new Error(`page/anchors failed: ${answer.error}`);
  return answer.value.entries;
}

export interface StoredAnnotation {
  id: string;
  kind: string;
  pageUrl: string;
  exact: string;
  speaker: { name: string; role: string | null } | null;
  comment: string;
  changed?: { text: string; seen: string; kept: boolean } | null;
}

/** Every record of one of Gloss's stores, read straight from IndexedDB in the service worker ([] before it exists). */
function storeRecords<T>(browser: GlossBrowser, store: string): Promise<T[]> {
  return browser.serviceWorker.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('gloss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  ) as Promise<T[]>;
}

/** Every stored annotation: one record per page holds that page's annotations (lib/db/schema.ts PageAnnotations). */
export async function storedAnnotations(browser: GlossBrowser): Promise<StoredAnnotation[]> {
  const parts = await storeRecords<{ annotations: StoredAnnotation[] }>(browser, 'annotationsByPage');
  return parts.flatMap((part) => part.annotations);
}

/** Every page record in Gloss's database (items of the page shards, lib/db/shards.ts), sorted by URL. */
export async function storedPages(browser: GlossBrowser): Promise<{ url: string; title: string }[]> {
  const shards = await storeRecords<{ items: { url: string; title: string }[] }>(browser, 'pageShards');
  return shards.flatMap((shard) => shard.items).sort((a, b) => (a.url < b.url ? -1 : 1));
}

export async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    last = await probe();
  }
  return last;
}

/** Selects `text` on the page as a user would by dragging (page.evaluate sets the document selection). */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`text not on the page: ${text}`);
}

/** The visible box of a Gloss UI host (found by its data-gloss attribute), or null while hidden. */
export function hostBox(page: Page, name: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((hostName) => {
    const host = document.querySelector(`[data-gloss="${hostName}"]`);
    if (!host) return null;
    const r = host.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  }, name);
}

/** The live page's painted ranges for a highlight name, as text (the registry is shared with the page). */
export function paintedText(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

/**
 * Waits for the editor card as a reader sees it: on screen, its frame holding the focus (a person starts typing
 * a moment after it appears; a script types at once, and its first keys would race the focus moving over).
 */
export async function editorCard(page: Page): Promise<void> {
  await until(
    'the editor card',
    () => hostBox(page, 'editor'),
    (box) => box !== null,
  );
  await until(
    'the editor frame to have the focus',
    async () => {
      const frame = page.frames().find((f) => f.url().includes('/editor-frame.html'));
      return frame ? frame.evaluate(() => document.hasFocus()).catch(() => false) : false;
    },
    (focused) => focused,
  );
}

const KIND_ORDER = ['quote', 'claim', 'note'];

/** Clicks a kind on the floating toolbar: its three buttons are equal width, in the order quote, claim, note. */
export async function clickToolbar(page: Page, kind: 'quote' | 'claim' | 'note'): Promise<void> {
  const box = await until(
    'the selection toolbar',
    () => hostBox(page, 'toolbar'),
    (b) => b !== null,
  );
  const slot = box!.width / 3;
  await page.mouse.click(box!.x + slot * KIND_ORDER.indexOf(kind) + slot / 2, box!.y + box!.height / 2);
}

/**
 * Runs `fn` with the reader view's CLOSED shadow root as `this`, through the DevTools protocol: the page can't
 * reach that root, a test can. Answers null when the reader is not open.
 */
export function inReader<R>(page: Page, fn: (this: ShadowRoot, arg: string) => R, arg = ''): Promise<R | null> {
  return inShadow(page, 'reader', fn, arg);
}

/** The same for any of Gloss's closed shadow roots on the page (`data-gloss` host name: reader, card, toolbar). */
export async function inShadow<R>(page: Page, host: string, fn: (this: ShadowRoot, arg: string) => R, arg = ''): Promise<R | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const isReaderHost = (n: DomNode) =>
      (n.attributes ?? []).some((value, i) => i % 2 === 1 && value === host && n.attributes![i - 1] === 'data-gloss');
    const find = (n: DomNode): DomNode | null =>
      isReaderHost(n) ? n : ([...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean) ?? null);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn.toString(),
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the ${host}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await cdp.detach();
  }
}

/** Clicks, as a person would (a trusted click at its place), the button labelled `label` on the hover card. */
export async function clickCardButton(page: Page, label: string): Promise<void> {
  const findButton = function (this: ShadowRoot, text: string) {
    const button = [...this.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!button) return null;
    const r = button.getBoundingClientRect();
    return r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  };
  const at = await until(
    `the card's ${label} button`,
    () => inShadow(page, 'card', findButton, label),
    (b) => b !== null,
  );
  await page.mouse.click(at!.x, at!.y);
}

/** The editor frame's speaker name field as the reader sees it (its value). */
export async function editorSpeakerName(page: Page): Promise<string | null> {
  const frame = page.frames().find((f) => f.url().includes('/editor-frame.html'));
  return frame
    ? frame.evaluate(() => (document.querySelector('[data-testid="editor-speaker-name"]') as HTMLInputElement | null)?.value ?? null)
    : null;
}

/** Clicks a button in the editor frame (trusted: a mouse click at its place in the page). */
export async function clickEditorButton(page: Page, testId: string): Promise<void> {
  const frame = page.frames().find((f) => f.url().includes('/editor-frame.html'));
  if (!frame) throw new Error('no editor frame');
  await frame.locator(`[data-testid="${testId}"]`).click();
}

/**
 * Quotes `text` on the article at `url` as a reader does: select, Quote, click into the speaker field, type,
 * Enter; waits until it is stored. The tab is brought to the front first (the editor takes the focus only in a
 * focused page), and the speaker field is clicked (its taking the focus by itself is annotate.test.ts's business).
 */
export async function quoteWithSpeaker(browser: GlossBrowser, url: string, text: string, speaker: string): Promise<Page> {
  const { page } = await openTab(browser, url);
  await page.bringToFront();
  await selectText(page, text);
  await clickToolbar(page, 'quote');
  await until(
    'the editor card',
    () => hostBox(page, 'editor'),
    (box) => box !== null,
  );
  const editor = await until('the editor frame', async () => page.frames().find((f) => f.url().includes('/editor-frame.html')), Boolean);
  await editor!.getByTestId('editor-speaker-name').click();
  await page.keyboard.type(speaker);
  await until(
    'the typed speaker in the editor',
    () => editorSpeakerName(page),
    (name) => name === speaker,
  );
  await page.keyboard.press('Enter');
  await until(
    'the quote to be stored',
    () => storedAnnotations(browser),
    (all) => all.some((a) => a.exact === text),
  );
  return page;
}
