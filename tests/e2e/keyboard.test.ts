/**
 * The keyboard-only journey (issue 15's bar), in headless Chromium: select a sentence with Shift+arrows, move to
 * the toolbar with Alt+Shift+A, Q for quote, type the speaker, Enter saves; then in the library Tab to the search,
 * find the quote, Tab to the export and press Enter, and the downloaded file holds it. Every step is a key from
 * page.keyboard; page-level listeners check that no mouse or pointer event happened on the way.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir } from './extension-dir';
import {
  editorCard,
  hostBox,
  inShadow,
  launchGloss,
  openTab,
  paintedText,
  readPage,
  sendToTab,
  startPhaseServer,
  storedAnnotations,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';

const QUOTE = 'The budget simply does not add up for a sevice this small';
const PATH = '/news/2026/night-ferry-keyboard.html';

let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();

beforeAll(async () => {
  server = await startPhaseServer();
  server.set(PATH, readPage('article.html'));
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

/**
 * Records every mouse and pointer event in each frame (capture phase on window, before any page or Gloss code).
 * A click the keyboard makes (Enter or Space on a button, Enter submitting a form) has detail 0 and no pointer
 * type: it is counted apart, as what it is.
 */
const WATCH_POINTER = () => {
  const seen: string[] = [];
  const keyboardClicks: string[] = [];
  (window as unknown as { __pointerLog: unknown }).__pointerLog = { seen, keyboardClicks };
  const types = ['mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseenter', 'dblclick', 'contextmenu', 'wheel'];
  const pointer = ['pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerenter', 'pointercancel'];
  for (const type of [...types, ...pointer]) window.addEventListener(type, () => seen.push(type), { capture: true });
  window.addEventListener(
    'click',
    (event) => {
      const fromPointer = event.detail > 0 || ((event as PointerEvent).pointerType ?? '') !== '';
      (fromPointer ? seen : keyboardClicks).push('click');
    },
    { capture: true },
  );
};

type PointerLog = { seen: string[]; keyboardClicks: string[] };

/** The pointer events every frame of `page` recorded (frames without the watcher, such as about:blank, count none). */
async function pointerEvents(page: Page): Promise<string[]> {
  const logs = await Promise.all(
    page
      .frames()
      .map((frame) => frame.evaluate(() => (window as unknown as { __pointerLog?: PointerLog }).__pointerLog?.seen ?? []).catch(() => [])),
  );
  return logs.flat();
}

/**
 * Selects the first character of `text` (Selection.setBaseAndExtent: no mouse). Not a collapsed caret: outside
 * editable text Chromium extends only a range with Shift+arrows, unless caret browsing (F7) is on, which a test
 * can't switch on.
 */
async function selectFirstCharacterOf(page: Page, text: string): Promise<void> {
  const placed = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at === -1) continue;
      document.getSelection()!.setBaseAndExtent(node, at, node, at + 1);
      return true;
    }
    return false;
  }, text);
  if (!placed) throw new Error(`text not on the page: ${text}`);
}

/** Presses Tab until the element with `testId` has the focus (at most `limit` times). */
async function tabTo(page: Page, testId: string, limit = 40): Promise<number> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} never took the focus within ${limit} Tab presses`);
}

describe('keyboard-only journey', () => {
  it('selects, quotes with a speaker, saves, finds it in the library and exports it, with no mouse event', async () => {
    await browser.context.addInitScript(WATCH_POINTER);
    const { page } = await openTab(browser, `${server.origin}${PATH}`);
    await page.bringToFront();

    // Select the sentence with Shift+ArrowRight, one character at a time, from its first character.
    await selectFirstCharacterOf(page, QUOTE);
    await page.keyboard.down('Shift');
    for (let i = 1; i < QUOTE.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(QUOTE);

    // The selection loads the rest of Gloss, which shows the toolbar; Alt+Shift+A moves the focus onto it.
    await until(
      'the selection toolbar',
      () => hostBox(page, 'toolbar'),
      (box) => box !== null,
      15_000,
    );
    await page.keyboard.press('Alt+Shift+A');
    await until(
      'the focus on the toolbar',
      () => page.evaluate(() => document.activeElement?.getAttribute('data-gloss')),
      (host) => host === 'toolbar',
    );
    await page.keyboard.press('q');

    // The editor card takes the focus on the speaker field: type the name, Enter saves.
    await editorCard(page);
    await page.keyboard.type('Tomas Berg');
    await page.keyboard.press('Enter');
    const [saved] = await until(
      'the quote to be stored',
      () => storedAnnotations(browser),
      (all) => all.length === 1,
    );
    expect(saved).toMatchObject({ kind: 'quote', exact: QUOTE, speaker: { name: 'Tomas Berg' } });
    // A screen reader hears it: Gloss's polite live region (in its closed shadow root) says so.
    const liveRegion = function (this: ShadowRoot) {
      const region = this.querySelector('[aria-live="polite"]');
      return region ? { role: region.getAttribute('role'), text: region.textContent } : null;
    };
    await until(
      'the save announced',
      () => inShadow(page, 'status', liveRegion),
      (region) => region?.text === 'Quote saved' && region.role === 'status',
    );
    expect(await pointerEvents(page), 'mouse or pointer events on the article page').toEqual([]);

    // Alt+Shift+J moves to the highlight: its card takes the focus as a named region; Enter pins it and its first
    // button takes the focus, Tab moves to the next; Esc closes it and the focus leaves Gloss's card.
    await until(
      'the quote highlighted',
      () => paintedText(page, 'gloss-quote'),
      (painted) => painted.includes(QUOTE),
    );
    const focusInCard = function (this: ShadowRoot) {
      const active = this.activeElement;
      return active
        ? { role: active.getAttribute('role'), name: active.getAttribute('aria-label'), text: active.textContent?.trim() }
        : null;
    };
    await page.keyboard.press('Alt+Shift+J');
    await until(
      'the card focused',
      () => inShadow(page, 'card', focusInCard),
      (focus) => focus?.role === 'region' && focus.name === 'Quote: Tomas Berg',
    );
    await page.keyboard.press('Enter');
    await until(
      'the pinned card’s first button focused',
      () => inShadow(page, 'card', focusInCard),
      (focus) => focus?.text === 'Edit',
    );
    await page.keyboard.press('Tab');
    expect(await inShadow(page, 'card', focusInCard)).toMatchObject({ text: 'Delete' });
    await page.keyboard.press('Escape');
    await until(
      'the card closed',
      () => hostBox(page, 'card'),
      (box) => box === null,
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-gloss') ?? null)).toBeNull();
    expect(await storedAnnotations(browser), 'Esc deleted nothing').toHaveLength(1);

    // The library: Tab to the search box, type part of the quote, the row is there.
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.getByTestId('library-row').first().waitFor({ timeout: 15_000 });
    await tabTo(library, 'library-search');
    await library.keyboard.type('sevice this small');
    await expect
      .poll(() => library.getByTestId('library-row').allInnerTexts(), { timeout: 10_000 })
      .toEqual([expect.stringContaining(QUOTE)]);

    // Tab on to the export button and press Enter: the file holds the quote and its speaker.
    await tabTo(library, 'export-selection');
    const download = library.waitForEvent('download', { timeout: 15_000 });
    await library.keyboard.press('Enter');
    const text = readFileSync(await (await download).path(), 'utf8');
    expect(text).toContain(QUOTE);
    expect(text).toContain('Tomas Berg');
    expect(await pointerEvents(library), 'mouse or pointer events in the library').toEqual([]);
    // The watcher is live there: it saw the click that Enter on the export button made, as a keyboard click.
    expect(await library.evaluate(() => (window as unknown as { __pointerLog: PointerLog }).__pointerLog.keyboardClicks)).toContain(
      'click',
    );
    expect(await pointerEvents(page), 'mouse or pointer events on the article page').toEqual([]);
    // The next check opens the article in a tab of its own.
    await library.close();
    await page.close();
  });

  it('moves along the toolbar with arrows, and Esc gives the focus and the selection back to the page', async () => {
    const { page } = await openTab(browser, `${server.origin}${PATH}`);
    await page.bringToFront();
    const words = 'Passenger groups welcomed the decision';
    await selectFirstCharacterOf(page, words);
    await page.keyboard.down('Shift');
    for (let i = 1; i < words.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    await until(
      'the selection toolbar',
      () => hostBox(page, 'toolbar'),
      (box) => box !== null,
      15_000,
    );
    await page.keyboard.press('Alt+Shift+A');
    const focusedButton = function (this: ShadowRoot) {
      return this.activeElement?.textContent?.trim() ?? null;
    };
    await until(
      'the focus on Quote',
      () => inShadow(page, 'toolbar', focusedButton),
      (label) => label === 'Quote',
    );
    await page.keyboard.press('ArrowRight');
    expect(await inShadow(page, 'toolbar', focusedButton)).toBe('Claim');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await inShadow(page, 'toolbar', focusedButton), 'wraps around').toBe('Note');

    await page.keyboard.press('Escape');
    await until(
      'the focus back on the page',
      () => page.evaluate(() => document.activeElement?.getAttribute('data-gloss') ?? null),
      (host) => host === null,
    );
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(words);
    expect(await storedAnnotations(browser), 'nothing new stored').toHaveLength(1);
    expect(await pointerEvents(page)).toEqual([]);
    await page.close();
  });

  it('annotates in the reader view too: Shift+arrows there, Alt+Shift+A, C for a claim', async () => {
    const { page, tabId } = await openTab(browser, `${server.origin}${PATH}`);
    await page.bringToFront();
    expect(await sendToTab(browser, tabId, 'reader/open', { open: true })).toEqual({ ok: true, value: null });
    const words = 'The pilot will cost an estimated 2.4 million euros';
    // The reader's text is in its closed shadow root: its first character is selected from there (no mouse).
    const selectFirst = function (this: ShadowRoot, wanted: string) {
      const body = this.querySelector('.reader-body');
      if (!body) return false;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at === -1) continue;
        document.getSelection()!.setBaseAndExtent(node, at, node, at + 1);
        return true;
      }
      return false;
    };
    await until(
      'the reader’s text',
      () => inShadow(page, 'reader', selectFirst, words),
      (found) => found === true,
    );
    await page.keyboard.down('Shift');
    for (let i = 1; i < words.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    await until(
      'the selection toolbar',
      () => hostBox(page, 'toolbar'),
      (box) => box !== null,
    );
    await page.keyboard.press('Alt+Shift+A');
    await until(
      'the focus on the toolbar',
      () => page.evaluate(() => document.activeElement?.getAttribute('data-gloss')),
      (host) => host === 'toolbar',
    );
    await page.keyboard.press('c');
    await editorCard(page);
    await page.keyboard.type('Transport authority');
    await page.keyboard.press('Enter');
    const all = await until(
      'the claim to be stored',
      () => storedAnnotations(browser),
      (stored) => stored.some((a) => a.kind === 'claim'),
    );
    expect(all.find((a) => a.kind === 'claim')).toMatchObject({ exact: words, speaker: { name: 'Transport authority' } });
    expect(await pointerEvents(page)).toEqual([]);
    await page.close();
  });
});
