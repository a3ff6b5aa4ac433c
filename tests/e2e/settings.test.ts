/**
 * The settings page, end to end in headless Chromium: what a reader sets there is what the pages then do.
 * - the reader view's typography defaults: the reader view opens with them;
 * - "open the reader view automatically on articles": an article opens in the reader view by itself;
 * - sites where Gloss stays off: no detection, no highlights, no toolbar there, and the popup says why; other
 *   sites are unaffected.
 * The demo article is served once on 127.0.0.1 and reached as `localhost` too: two sites, one page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupUrl, storedStatus, tabIdFor } from '../../scripts/chromium.mjs';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';
import { extensionDir } from './extension-dir';
import {
  hostBox,
  inReader,
  launchGloss,
  openTab,
  selectText,
  tempProfile,
  until,
  type GlossBrowser,
  type WithChrome,
} from './pages/harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let server: StaticServer;
let browser: GlossBrowser;
const profile = tempProfile();

beforeAll(async () => {
  server = await startServer(path.join(repoRoot, 'demo'));
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

const articleOn = (host: string) => `${server.url.replace('127.0.0.1', host)}article.html`;

function storedSettings(): Promise<Record<string, unknown> | null> {
  return browser.serviceWorker.evaluate(
    async () =>
      ((await (globalThis as unknown as WithChrome).chrome.storage.local.get('gloss:settings'))['gloss:settings'] as Record<
        string,
        unknown
      >) ?? null,
  );
}

/** Moves a range input to `value` as dragging it would (an input event per change). */
async function setRange(page: Page, testId: string, value: number): Promise<void> {
  await page.getByTestId(testId).evaluate((input, v) => {
    (input as HTMLInputElement).value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

describe('settings', () => {
  it('typography defaults, auto-open and sites where Gloss stays off all take effect on the pages', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await setRange(options, 'setting-font-size', 24);
    await options.getByTestId('setting-theme-dark').check();
    await options.getByTestId('setting-auto-reader').check();
    await options.getByTestId('disabled-site-input').fill('localhost');
    await options.getByTestId('disabled-site-add').click();
    await until(
      'the settings to be saved',
      storedSettings,
      (s) => (s?.disabledSites as string[] | undefined)?.includes('localhost') === true,
    );
    expect(await storedSettings()).toMatchObject({
      autoOpenReader: true,
      reader: { fontSize: 24, theme: 'dark' },
      disabledSites: ['localhost'],
    });
    await options.close();

    // An article on a site Gloss runs on opens in the reader view by itself, with the chosen typography.
    const { page } = await openTab(browser, articleOn('127.0.0.1'));
    await until(
      'the reader view to open by itself',
      () => hostBox(page, 'reader'),
      (box) => box !== null,
    );
    const look = await until(
      'the reader view to render',
      () =>
        inReader(page, function () {
          const paragraph = this.querySelector('.reader-body p');
          const reader = this.querySelector('.reader');
          return paragraph && reader
            ? { fontSize: getComputedStyle(paragraph).fontSize, background: getComputedStyle(reader).backgroundColor }
            : null;
        }),
      (value) => value !== null,
    );
    expect(look).toEqual({ fontSize: '24px', background: 'rgb(22, 24, 29)' });
    await page.close();

    // The same article on a site listed as off: nothing reported, no reader view, no toolbar on a selection.
    const off = { page: await browser.context.newPage(), tabId: 0 };
    await off.page.goto(articleOn('localhost'));
    off.tabId = await tabIdFor(browser.serviceWorker, articleOn('localhost'));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await storedStatus(browser.serviceWorker, off.tabId), 'no detection reported').toBeNull();
    expect(await hostBox(off.page, 'reader')).toBeNull();
    await selectText(off.page, 'the');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await hostBox(off.page, 'toolbar'), 'no selection toolbar').toBeNull();
    expect(await off.page.evaluate(() => document.querySelectorAll('[data-gloss]').length), 'nothing of Gloss on the page').toBe(0);
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, off.tabId));
    await expect
      .poll(() =>
        popup
          .getByTestId('site-off')
          .textContent()
          .catch(() => null),
      )
      .toMatch(/Gloss is off on localhost/);
    await popup.close();
    await off.page.close();
  });

  it("the popup turns Gloss off on the page's site at once, and back on", async () => {
    const { page, tabId } = await openTab(browser, articleOn('127.0.0.1'));
    await until(
      'the reader view (auto-open is on)',
      () => hostBox(page, 'reader'),
      (box) => box !== null,
    );
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.getByTestId('site-off-button').click();
    await expect
      .poll(() =>
        popup
          .getByTestId('site-off')
          .textContent()
          .catch(() => null),
      )
      .toMatch(/Gloss is off on 127\.0\.0\.1/);
    await until(
      'Gloss to leave the open page',
      () => page.evaluate(() => document.querySelectorAll('[data-gloss]').length),
      (n) => n === 0,
    );
    expect((await storedSettings())?.disabledSites).toEqual(['127.0.0.1', 'localhost']);

    await popup.getByTestId('site-on').click();
    await until('the setting to be back', storedSettings, (s) => !(s?.disabledSites as string[]).includes('127.0.0.1'));
    // The page reloads: a probe that meets the reload answers null and is tried again.
    await until(
      'the reloaded page to open the reader view again',
      () => hostBox(page, 'reader').catch(() => null),
      (box) => box !== null,
    );
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });
});
