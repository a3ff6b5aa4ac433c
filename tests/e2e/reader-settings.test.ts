/**
 * The reader view's typography on the demo article: change font size, typeface, width and theme with its
 * toolbar (mouse clicks: the reader lives in a closed shadow root), close with Esc, reopen, and the settings are
 * remembered, in storage and in what the reader actually renders; also after the page is reloaded.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onNewsHost, popupUrl } from '../../scripts/chromium.mjs';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';
import { extensionDir } from './extension-dir';
import {
  hostBox,
  inReader,
  launchGloss,
  openTab,
  sendToTab,
  tempProfile,
  until,
  type GlossBrowser,
  type WithChrome,
} from './pages/harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SETTINGS_KEY = 'gloss:settings';

let server: StaticServer;
let browser: GlossBrowser;
const profile = tempProfile();
let demoUrl: string;

beforeAll(async () => {
  server = await startServer(path.join(repoRoot, 'demo'));
  demoUrl = onNewsHost(`${server.url}article.html`);
  browser = await launchGloss(extensionDir(), profile.dir);
});

// A failed test leaves its tabs open; the next one must find exactly one tab at the demo URL.
afterEach(async () => {
  for (const open of browser?.context.pages() ?? []) await open.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

/** What a reader sees of the typography: computed styles of the rendered article, and which buttons are pressed. */
interface Rendered {
  paragraphFontSize: string;
  fontFamily: string;
  background: string;
  color: string;
  articleMaxWidth: string;
  articleWidth: number;
  pressed: string[];
}

const rendered = function (this: ShadowRoot): Rendered | null {
  const reader = this.querySelector('.reader');
  const article = this.querySelector('.reader-article');
  const paragraph = this.querySelector('.reader-body p');
  if (!reader || !article || !paragraph) return null;
  const style = getComputedStyle(reader);
  return {
    paragraphFontSize: getComputedStyle(paragraph).fontSize,
    fontFamily: getComputedStyle(paragraph).fontFamily,
    background: style.backgroundColor,
    color: style.color,
    articleMaxWidth: getComputedStyle(article).maxWidth,
    articleWidth: Math.round(article.getBoundingClientRect().width),
    pressed: [...this.querySelectorAll('.reader-toolbar button[aria-pressed="true"]')].map((b) => b.textContent!.trim()),
  };
};

/** The centre of the toolbar button with this visible text or aria-label, in viewport pixels. */
const buttonCentre = function (this: ShadowRoot, name: string) {
  const button = [...this.querySelectorAll<HTMLButtonElement>('.reader-toolbar button')].find(
    (b) => b.textContent!.trim() === name || b.getAttribute('aria-label') === name,
  );
  if (!button || button.disabled) return null;
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

async function clickReaderButton(page: Page, name: string): Promise<void> {
  const at = await inReader(page, buttonCentre, name);
  if (!at) throw new Error(`no enabled reader toolbar button "${name}"`);
  await page.mouse.click(at.x, at.y);
}

async function readerRendered(page: Page): Promise<Rendered> {
  const value = await until(
    'the reader view to render',
    () => inReader(page, rendered),
    (r) => r !== null,
  );
  return value!;
}

/** The reader part of Gloss's settings in storage.local (null: nothing stored yet). */
function storedSettings(): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    async (key) =>
      ((await (globalThis as unknown as WithChrome).chrome.storage.local.get(key))[key] as { reader?: unknown } | undefined)?.reader ??
      null,
    SETTINGS_KEY,
  );
}

async function openReader(page: Page, tabId: number): Promise<void> {
  expect(await sendToTab(browser, tabId, 'reader/open', { open: true })).toEqual({ ok: true, value: null });
  await until(
    'the reader view',
    () => hostBox(page, 'reader'),
    (box) => box !== null,
  );
}

/** Esc closes the reader: its host is gone from the page, not just hidden. */
async function closeWithEscape(page: Page): Promise<void> {
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await until(
    'the reader to close',
    () => hostBox(page, 'reader'),
    (box) => box === null,
  );
  expect(await page.evaluate(() => document.querySelectorAll('[data-gloss="reader"]').length)).toBe(0);
  expect(await inReader(page, rendered)).toBeNull();
}

const CHANGED = { fontSize: 23, font: 'sans', width: 85, theme: 'dark' };

describe('reader view settings', () => {
  it('are changed with the toolbar, survive Esc and reopening, and a reload of the page', async () => {
    const { page, tabId } = await openTab(browser, demoUrl);
    expect(await storedSettings(), 'a fresh profile has no reader settings').toBeNull();

    // Open it as a reader would: the popup's "Open reader view" button.
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.getByTestId('open-reader').click();
    await until(
      'the reader view',
      () => hostBox(page, 'reader'),
      (box) => box !== null,
    );
    if (!popup.isClosed()) await popup.close();
    await page.bringToFront();

    const defaults = await readerRendered(page);
    expect(defaults).toMatchObject({ paragraphFontSize: '19px', background: 'rgb(255, 255, 255)', pressed: ['Serif', 'Medium', 'Light'] });
    expect(defaults.fontFamily).not.toMatch(/system-ui/);

    // A+ twice (19 -> 23 px), Sans, Wide, Dark: each a click on the toolbar.
    for (const name of ['A+ (larger text)', 'A+ (larger text)', 'Sans', 'Wide', 'Dark']) await clickReaderButton(page, name);
    await until('the settings to be stored', storedSettings, (stored) => isDeepStrictEqual(stored, CHANGED));
    expect(await storedSettings()).toEqual(CHANGED);

    const changed = await readerRendered(page);
    expect(changed).toMatchObject({
      paragraphFontSize: '23px',
      background: 'rgb(22, 24, 29)',
      color: 'rgb(230, 230, 230)',
      pressed: ['Sans', 'Wide', 'Dark'],
    });
    expect(changed.fontFamily).toMatch(/system-ui/);
    expect(parseFloat(changed.articleMaxWidth), '85 characters at 23 px').toBeGreaterThan(parseFloat(defaults.articleMaxWidth));
    expect(changed.articleWidth).toBeGreaterThan(defaults.articleWidth + 100);

    // Esc closes it; reopened, it looks as it was left.
    await closeWithEscape(page);
    await openReader(page, tabId);
    expect(await readerRendered(page)).toEqual(changed);

    // A+ after reopening continues from the remembered size (not from the default).
    await clickReaderButton(page, 'A+ (larger text)');
    await until('25 px to be stored', storedSettings, (stored) => (stored as { fontSize?: number } | null)?.fontSize === 25);
    expect((await readerRendered(page)).paragraphFontSize).toBe('25px');
    await clickReaderButton(page, 'A− (smaller text)');
    await until('23 px to be stored', storedSettings, (stored) => isDeepStrictEqual(stored, CHANGED));
    await closeWithEscape(page);

    // A new page load (a new content script) reads the same settings back.
    await page.reload();
    await until(
      'the content script after reload',
      () => sendToTab(browser, tabId, 'page/anchors'),
      (a) => a.ok,
    );
    await openReader(page, tabId);
    expect(await readerRendered(page)).toEqual(changed);
    await closeWithEscape(page);
    await page.close();
  });
});
