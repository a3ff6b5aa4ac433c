/**
 * Gloss on every page is only the small always-on script (entrypoints/page.content); the rest of Gloss is
 * injected into a page when it needs it. Seen from the browser's own list of scripts a page has parsed (the
 * DevTools protocol): a section front with no annotations gets the small script only; selecting text there
 * loads the rest, and the toolbar works; once the front holds a quote, a reload loads the rest at once and paints
 * it; an article loads it at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForPageStatus, tabIdFor } from '../../scripts/chromium.mjs';
import { extensionDir } from './extension-dir';
import {
  hostBox,
  launchGloss,
  paintedText,
  quoteWithSpeaker,
  readPage,
  selectText,
  startPhaseServer,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/non-articles-2');
const FRONT = 'na-a01-section-politics-national';
const STORY_PATH = '/news/2026/03/14/harbour-authority-approves-night-ferry-pilot';

let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();

beforeAll(async () => {
  server = await startPhaseServer();
  server.set('/politics/', fs.readFileSync(path.join(fixtures, `${FRONT}.html`), 'utf8'));
  server.set(STORY_PATH, readPage('article.html'));
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

/** Opens `url` in a new tab, recording every script the page parses (content scripts included, by their URL). */
async function openRecording(url: string): Promise<{ page: Page; tabId: number; scripts: () => string[] }> {
  const page = await browser.context.newPage();
  const parsed: string[] = [];
  const cdp = await browser.context.newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => parsed.push(event.url));
  await cdp.send('Debugger.enable');
  await page.goto(url);
  const tabId = await tabIdFor(browser.serviceWorker, url);
  await waitForPageStatus(browser.serviceWorker, tabId);
  const ours = () => parsed.filter((u) => u.startsWith(`chrome-extension://${browser.extensionId}/`)).map((u) => new URL(u).pathname);
  return { page, tabId, scripts: ours };
}

const REST = '/content-scripts/article.js';
const SMALL = '/content-scripts/page.js';

/** Some text of the front's own (its first paragraph's first words). */
async function frontText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const p = [...document.querySelectorAll('main p, p')].find((el) => (el.textContent ?? '').trim().split(/\s+/).length > 8);
    return (p?.textContent ?? '').trim().split(/\s+/).slice(0, 6).join(' ');
  });
  if (!text) throw new Error('the front has no paragraph to select');
  return text;
}

describe('loading Gloss where it is needed', () => {
  it('a section front gets the small script only, until the reader selects text; the toolbar then works', async () => {
    const { page, scripts } = await openRecording(`${server.origin}/politics/`);
    // The tab's status is reported once the small script has decided (not an article, no annotations).
    expect(scripts()).toContain(SMALL);
    expect(scripts()).not.toContain(REST);

    await page.bringToFront();
    await selectText(page, await frontText(page));
    await until(
      'the toolbar',
      () => hostBox(page, 'toolbar'),
      (box) => box !== null,
    );
    expect(scripts()).toContain(REST);
    await page.close();
  });

  it('a front with a quote loads the rest at once after a reload and paints it; an article loads it at once', async () => {
    const url = `${server.origin}/politics/`;
    const first = await browser.context.newPage();
    await first.goto(url);
    const words = await frontText(first);
    await first.close();
    const page = await quoteWithSpeaker(browser, url, words, 'Ada Quill');
    await page.close();

    const again = await openRecording(url);
    await until(
      'the quote painted',
      () => paintedText(again.page, 'gloss-quote'),
      (texts) => texts.includes(words),
    );
    expect(again.scripts()).toContain(REST);

    const story = await openRecording(`${server.origin}${STORY_PATH}`);
    await until(
      'the rest of Gloss on the article',
      async () => story.scripts(),
      (s) => s.includes(REST),
    );
    expect(story.scripts().filter((s) => s === REST)).toHaveLength(1);
  });
});
