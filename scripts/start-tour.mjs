/* global chrome, document, CSS, Range -- the functions passed to evaluate run in the extension or the page. */
// `npm start` without a display: Gloss at work on the demo article, as screenshots. A reader's tour: the popup
// with its suggestions, three of them accepted as annotations, the article with those highlights (one card
// open), the reader view with highlights and the remaining suggestions, and the library.
import { join } from 'node:path';
import { popupUrl } from './chromium.mjs';

/** How many of the demo article's suggestions the tour accepts (the demo's annotations). */
const ACCEPTED = 3;
const TIMEOUT = 15_000;

/**
 * Waits until the popup shows what it knows of the page: its status, the page's annotations and the
 * suggestions (not "Loading…" / "Looking for quotes and claims…").
 */
export async function popupLoaded(popup) {
  const status = ['article-card', 'not-article', 'unchecked', 'popup-error', 'site-off'].map((id) => `[data-testid="${id}"]`).join(', ');
  await popup.locator(status).first().waitFor({ timeout: TIMEOUT });
  if ((await popup.getByTestId('article-card').count()) === 0) return;
  const settled = ['suggestion', 'suggestions-empty', 'suggestions-unavailable'].map((id) => `[data-testid="${id}"]`).join(', ');
  await popup.locator(settled).first().waitFor({ timeout: TIMEOUT });
  await popup.waitForFunction(() => !document.querySelector('[data-testid="annotations"]')?.textContent?.includes('Loading…'), null, {
    timeout: TIMEOUT,
  });
}

/** Accepts the first suggestions in the popup, each saved from the editor it opens (speaker filled in). */
async function acceptSuggestions(popup, count) {
  for (let saved = 1; saved <= count; saved++) {
    const accept = popup.getByTestId('suggestion-accept').first();
    if ((await accept.count()) === 0) break;
    await accept.click();
    await popup.getByTestId('annotation-editor').waitFor({ timeout: TIMEOUT });
    await popup.getByTestId('editor-save').click();
    await popup.getByTestId('annotation-editor').waitFor({ state: 'detached', timeout: TIMEOUT });
    await popup.waitForFunction((n) => document.querySelectorAll('[data-testid="annotation-row"]').length >= n, saved, {
      timeout: TIMEOUT,
    });
  }
  await popupLoaded(popup);
}

/** Scrolls the first painted highlight to the middle of the page and hovers it, so its card shows. */
async function showFirstHighlight(page) {
  const box = await page.evaluate(() => {
    const ranges = ['gloss-quote', 'gloss-claim', 'gloss-note'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])]);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const first = ranges[0];
    if (!first) return null;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = first.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
  });
  if (!box) throw new Error('the accepted suggestions were not highlighted on the page');
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector('[data-gloss="card"]', { state: 'visible', timeout: TIMEOUT }).catch(() => {
    console.warn('(no hover card appeared over the first highlight; the screenshot shows the highlights only)');
  });
}

async function openReader(browser, page, tabId) {
  const answer = await browser.serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'reader/open', payload: { open: true } }),
    tabId,
  );
  if (!answer?.ok) throw new Error(`the reader view did not open: ${answer?.error ?? 'no answer'}`);
  await page.waitForSelector('[data-gloss="reader"]', { state: 'visible', timeout: TIMEOUT });
  await readerPainted(page);
}

/**
 * Waits until the reader view shows highlights and suggestions (painted after its text). Its shadow root is
 * closed to the page; the DevTools protocol's DOM sees into it.
 */
async function readerPainted(page) {
  const cdp = await page.context().newCDPSession(page);
  const kinds = (node, found = new Set()) => {
    const attributes = node.attributes ?? [];
    const at = attributes.indexOf('data-gloss-kind');
    if (node.nodeName === 'MARK' && at !== -1) found.add(attributes[at + 1]);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) kinds(child, found);
    return found;
  };
  try {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const painted = kinds(root);
      if (painted.has('suggestion') && painted.size > 1) return;
      if (Date.now() > deadline)
        throw new Error(`the reader view showed no highlights and suggestions (painted: ${[...painted].join(', ') || 'none'})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await cdp.detach();
  }
}

async function screenshotLibrary(browser, path) {
  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1200, height: 800 });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.waitForFunction((n) => document.querySelectorAll('[data-testid="library-row"]').length >= n, 1, { timeout: TIMEOUT });
  await library.screenshot({ path });
}

/**
 * Writes the tour's screenshots to `outDir`; answers their file names. `page` shows the demo article in tab `tabId`.
 */
export async function tourScreenshots({ browser, page, tabId, outDir }) {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 720 });
  await popup.goto(popupUrl(browser.extensionId, tabId));
  await popupLoaded(popup);
  await acceptSuggestions(popup, ACCEPTED);
  // The whole popup, as tall as its content (the annotations and the suggestions left).
  await popup.screenshot({ path: join(outDir, 'screenshot-popup.png'), fullPage: true });

  await page.bringToFront();
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: TIMEOUT });
  await showFirstHighlight(page);
  await page.screenshot({ path: join(outDir, 'screenshot-article.png') });

  await page.mouse.move(0, 0);
  await openReader(browser, page, tabId);
  await page.screenshot({ path: join(outDir, 'screenshot-reader.png') });

  await screenshotLibrary(browser, join(outDir, 'screenshot-library.png'));
  return ['screenshot-article.png', 'screenshot-popup.png', 'screenshot-reader.png', 'screenshot-library.png'];
}
