/**
 * Annotating on the live page, end to end in headless Chromium: select, click the toolbar, name the speaker,
 * save; then the highlight comes back after reloads, page edits, a browser restart, and with two tabs at once.
 */
import type { Page } from 'playwright-core';
import { popupUrl } from '../../scripts/chromium.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir } from './extension-dir';
import {
  anchors,
  clickEditorButton,
  clickToolbar,
  editorCard,
  paintedText,
  hostBox,
  launchGloss,
  openTab,
  readPage,
  selectText,
  sendToTab,
  startPhaseServer,
  storedAnnotations,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';

const BASE = readPage('article.html');
const QUOTE = 'The budget simply does not add up for a sevice this small';
/** A correction paragraph above everything, and the typo inside the quote fixed. */
const EDITED = BASE.replace(
  '<!--INSERT-->',
  '<p><strong>Correction:</strong> an earlier version of this story misstated the number of islands served by the night ferries.</p>',
).replace('a sevice this small', 'a service this small');
const WITHOUT_QUOTE = BASE.replace(/<p id="quote-paragraph">[\s\S]*?<\/p>/, '');
const PATH = '/news/2026/night-ferry.html';

let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();
let url: string;
let quoteId: string;

beforeAll(async () => {
  server = await startPhaseServer();
  server.set(PATH, BASE);
  url = `${server.origin}${PATH}`;
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

async function reloadAndAnchor(page: Page, tabId: number) {
  await page.reload();
  return until(
    'anchors after reload',
    () => anchors(browser, tabId),
    (entries) => entries.length > 0,
  );
}

describe('annotating an article page', () => {
  it('(a) quotes a selected sentence with its speaker, and highlights it again after a reload', async () => {
    const { page, tabId } = await openTab(browser, url);
    // A plain-http site under a non-local name: no crypto.randomUUID or clipboard here, as on real news sites.
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await selectText(page, QUOTE);
    await clickToolbar(page, 'quote');

    // The editor opens with the speaker field focused, nothing stored yet: type the name and press Enter to save.
    await editorCard(page);
    expect(await storedAnnotations(browser), 'nothing is stored before Save').toEqual([]);
    await page.keyboard.type('Tomas Berg');
    await page.keyboard.press('Enter');
    const [saved] = await until(
      'the speaker to be saved',
      () => storedAnnotations(browser),
      (all) => all[0]?.speaker?.name === 'Tomas Berg',
    );
    expect(saved).toMatchObject({ kind: 'quote', exact: QUOTE, pageUrl: url, speaker: { name: 'Tomas Berg', role: null } });
    // The editor closes after saving (the card goes a moment after the write lands).
    await until(
      'the editor to close after saving',
      () => hostBox(page, 'editor'),
      (box) => box === null,
    );
    quoteId = saved!.id;
    expect(await paintedText(page, 'gloss-quote')).toEqual([QUOTE]);

    const entries = await reloadAndAnchor(page, tabId);
    expect(entries).toEqual([{ id: quoteId, state: 'anchored', position: expect.any(Number) }]);
    await until(
      'the highlight to be painted',
      () => paintedText(page, 'gloss-quote'),
      (texts) => texts.length === 1,
    );
    expect(await paintedText(page, 'gloss-quote')).toEqual([QUOTE]);
    await page.close();
  });

  it('Cancel or Esc on a new quote leaves nothing stored', async () => {
    const { page } = await openTab(browser, url);
    const before = (await storedAnnotations(browser)).length;
    for (const close of ['Escape', 'cancel'] as const) {
      await selectText(page, 'the first regular service after dark');
      await clickToolbar(page, 'quote');
      await editorCard(page);
      if (close === 'Escape') await page.keyboard.press('Escape');
      else await clickEditorButton(page, 'editor-cancel');
      await until(
        'the editor to close',
        () => hostBox(page, 'editor'),
        (box) => box === null,
      );
    }
    expect((await storedAnnotations(browser)).length).toBe(before);
    await page.close();
  });

  it('(b) still anchors after a paragraph is inserted above and a typo inside the quote is fixed', async () => {
    server.set(PATH, EDITED);
    const { page, tabId } = await openTab(browser, url);
    expect(await reloadAndAnchor(page, tabId)).toEqual([{ id: quoteId, state: 'anchored', position: expect.any(Number) }]);
    await until(
      'the highlight',
      () => paintedText(page, 'gloss-quote'),
      (texts) => texts.length === 1,
    );
    expect(await paintedText(page, 'gloss-quote')).toEqual(['The budget simply does not add up for a service this small']);

    // A stealth edit inside the quote: stored as changed on the page, and the popup shows the words as a diff.
    const [marked] = await until(
      'the change to be recorded',
      () => storedAnnotations(browser),
      (all) => Boolean(all[0]?.changed),
    );
    expect(marked!.changed).toMatchObject({ text: 'The budget simply does not add up for a service this small', kept: false });
    expect(marked!.exact).toBe(QUOTE);
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    const diff = popup.getByTestId('wording-diff');
    await diff.waitFor({ timeout: 10_000 });
    expect(await diff.getByTestId('diff-removed').allTextContents()).toEqual(['sevice']);
    expect(await diff.getByTestId('diff-added').allTextContents()).toEqual(['service']);
    await popup.getByTestId('wording-keep').click();
    await until(
      'the original to be kept',
      () => storedAnnotations(browser),
      (all) => all[0]?.changed?.kept === true,
    );
    expect((await storedAnnotations(browser))[0]!.exact).toBe(QUOTE);
    await popup.close();
    await page.close();
  });

  it('(c) reports the annotation as an orphan when its paragraph is gone, and paints nothing wrong', async () => {
    server.set(PATH, WITHOUT_QUOTE);
    const { page, tabId } = await openTab(browser, url);
    expect(await reloadAndAnchor(page, tabId)).toEqual([{ id: quoteId, state: 'orphan', position: null }]);
    expect(await paintedText(page, 'gloss-quote')).toEqual([]);
    await page.close();
  });

  it('(e) keeps annotations across a browser restart with the same profile', async () => {
    server.set(PATH, BASE);
    await browser.close();
    browser = await launchGloss(extensionDir(), profile.dir);
    const { page, tabId } = await openTab(browser, url);
    const entries = await until(
      'anchors after restart',
      () => anchors(browser, tabId),
      (e) => e.length > 0,
    );
    expect(entries).toEqual([{ id: quoteId, state: 'anchored', position: expect.any(Number) }]);
    expect((await storedAnnotations(browser)).map((a) => a.speaker?.name)).toEqual(['Tomas Berg']);
    await page.close();
  });

  it('(f) loses nothing when two tabs annotate at the same moment', async () => {
    const first = await openTab(browser, url);
    const second = await openTab(browser, `${url}?utm_source=newsletter`);
    await selectText(first.page, 'the first regular service after dark in more than a decade');
    await selectText(second.page, 'will be paid for from the regional transport fund');
    const [a, b] = await Promise.all([
      sendToTab<{ id: string; exact: string } | null>(browser, first.tabId, 'selection/annotate', { kind: 'claim' }),
      sendToTab<{ id: string; exact: string } | null>(browser, second.tabId, 'selection/annotate', { kind: 'note' }),
    ]);
    expect(a.ok && a.value?.exact).toBe('the first regular service after dark in more than a decade');
    expect(b.ok && b.value?.exact).toBe('will be paid for from the regional transport fund');
    // Each tab's editor is open on its new annotation; both are saved at the same moment.
    for (const tab of [first, second]) {
      await tab.page.bringToFront();
      await editorCard(tab.page);
    }
    await Promise.all([clickEditorButton(first.page, 'editor-save'), clickEditorButton(second.page, 'editor-save')]);

    const stored = await until(
      'both saves',
      () => storedAnnotations(browser),
      (all) => all.length === 3,
    );
    expect(stored.map((s) => s.exact).sort()).toEqual(
      [QUOTE, 'the first regular service after dark in more than a decade', 'will be paid for from the regional transport fund'].sort(),
    );
    // Both tabs are the same page (tracking parameters don't count): each sees all three, in reading order.
    for (const tab of [first, second]) {
      const entries = await anchors(browser, tab.tabId);
      expect(entries.map((e) => e.state)).toEqual(['anchored', 'anchored', 'anchored']);
      const positions = entries.map((e) => e.position!);
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
    }
  });
});
