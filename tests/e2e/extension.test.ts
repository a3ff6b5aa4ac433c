import { existsSync } from 'node:fs';
import { extensionDir } from './extension-dir';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionTitle,
  badgeText,
  blockExternalRequests,
  launchWithExtension,
  popupUrl,
  storedStatus,
  tabIdFor,
  waitForPageStatus,
  type ExtensionBrowser,
} from '../../scripts/chromium.mjs';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedDir = path.resolve(repoRoot, '../shared/fixtures/sputnik-2014-us-iran');
const haveSeed = existsSync(path.join(seedDir, 'page.html'));
// Without ../shared the demo article stands in for the seed page, so the wiring is still tested.
const articleCase = haveSeed
  ? { dir: seedDir, file: 'page.html', title: 'US, Iran Cooperating in Fight Against IS: Former Iranian Diplomat' }
  : { dir: path.join(repoRoot, 'demo'), file: 'article.html', title: 'Riverside Council Backs Year-Long Trial of Electric Water Ferries' };
if (!haveSeed) console.warn(`[e2e] seed fixture missing at ${seedDir}: using demo/article.html instead`);

let browser: ExtensionBrowser;
let articleServer: StaticServer;
let demoServer: StaticServer;

beforeAll(async () => {
  [articleServer, demoServer] = await Promise.all([startServer(articleCase.dir), startServer(path.join(repoRoot, 'demo'))]);
  browser = await launchWithExtension(extensionDir(), { headless: true });
  await blockExternalRequests(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([articleServer?.close(), demoServer?.close()]);
});

/** Opens `url` in a new tab and waits until the content script has reported it to the background. */
async function openReported(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(browser.serviceWorker, url);
  await waitForPageStatus(browser.serviceWorker, tabId);
  return { page, tabId };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(popupUrl(browser.extensionId, tabId));
  return popup;
}

/** The badge is set right after the status is stored: poll briefly instead of racing it. */
async function settledBadge(tabId: number, want: string): Promise<string> {
  let text = await badgeText(browser.serviceWorker, tabId);
  for (let i = 0; i < 20 && text !== want; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = await badgeText(browser.serviceWorker, tabId);
  }
  return text;
}

describe('Gloss in Chromium', () => {
  it('badges an article tab and shows its title in the popup', async () => {
    const { tabId } = await openReported(`${articleServer.url}${articleCase.file}`);
    expect(await settledBadge(tabId, '✓')).toBe('✓');
    expect(await actionTitle(browser.serviceWorker, tabId)).toBe('Gloss: article detected');

    const popup = await openPopup(tabId);
    const heading = popup.getByTestId('article-title');
    await heading.waitFor({ timeout: 10_000 });
    expect((await heading.textContent())?.trim()).toBe(articleCase.title);
    expect(Number((await popup.getByTestId('article-words').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(100);
    expect(await popup.getByTestId('not-article').count()).toBe(0);
  });

  it('shows "not an article" and no badge for a news home page', async () => {
    const { tabId } = await openReported(`${demoServer.url}not-article.html`);
    const popup = await openPopup(tabId);
    const message = popup.getByTestId('not-article').or(popup.getByTestId('article-card'));
    await message.waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('article-card').count(), 'the detector called the home page an article').toBe(0);
    expect(await popup.getByTestId('not-article').textContent()).toMatch(/not an article/);
    expect(await settledBadge(tabId, '')).toBe('');
  });

  it('clears the badge and the status when the tab navigates away', async () => {
    const { page, tabId } = await openReported(`${demoServer.url}article.html`);
    expect(await settledBadge(tabId, '✓')).toBe('✓');
    await page.goto('about:blank'); // no content script runs here: only the background's navigation handling can clear
    expect(await settledBadge(tabId, '')).toBe('');
    expect(await storedStatus(browser.serviceWorker, tabId)).toBeNull();
    const popup = await openPopup(tabId);
    await popup.getByTestId('unchecked').waitFor({ timeout: 10_000 });
  });
});
