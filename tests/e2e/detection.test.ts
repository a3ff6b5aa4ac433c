/**
 * A news site's section front, served at its own address on a plain-http host: no ✓ badge, the popup says it is
 * not an article, and its "Try reader view anyway" either opens the reader or says why in words (never a raw
 * error). The same site's story gets the badge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, popupUrl } from '../../scripts/chromium.mjs';
import { extensionDir } from './extension-dir';
import {
  hostBox,
  launchGloss,
  openTab,
  readPage,
  startPhaseServer,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/non-articles-2');
const FRONT = 'na-a01-section-politics-national';
const frontPath = new URL((JSON.parse(fs.readFileSync(path.join(fixtures, `${FRONT}.json`), 'utf8')) as { url: string }).url).pathname;

let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();

beforeAll(async () => {
  server = await startPhaseServer();
  server.set(frontPath, fs.readFileSync(path.join(fixtures, `${FRONT}.html`), 'utf8'));
  server.set('/news/2026/03/14/harbour-authority-approves-night-ferry-pilot', readPage('article.html'));
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

describe('the badge on a news site', () => {
  it('a section front gets no badge, and "Try reader view anyway" opens or says why', async () => {
    const story = await openTab(browser, `${server.origin}/news/2026/03/14/harbour-authority-approves-night-ferry-pilot`);
    await until(
      "the story's badge",
      () => badgeText(browser.serviceWorker, story.tabId),
      (text) => text === '✓',
    );

    const { page, tabId } = await openTab(browser, `${server.origin}${frontPath}`);
    // The status is stored before the badge is set: wait for the popup's answer, then read the badge.
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.getByTestId('not-article').waitFor({ timeout: 10_000 });
    expect(await badgeText(browser.serviceWorker, tabId)).toBe('');
    expect(await popup.getByTestId('open-reader').count()).toBe(0);

    await popup.getByTestId('reader-anyway').click();
    const outcome = await until(
      'the reader view or a reason',
      async () => {
        if (await hostBox(page, 'reader')) return 'opened';
        const notice = popup.isClosed()
          ? null
          : await popup
              .getByTestId('popup-notice')
              .textContent()
              .catch(() => null);
        return notice ?? null;
      },
      (o) => o !== null,
    );
    if (outcome !== 'opened') {
      expect(outcome).toMatch(/^Couldn't open the reader view: this page has no running text to show/);
      expect(outcome).not.toMatch(/Error|at \w+ \(|undefined/);
    }
    await page.close();
    await story.page.close();
  });
});
