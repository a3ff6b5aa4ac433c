/**
 * The bar, on the bundled demo article served as a plain-http site (news.example): accepting a suggested quote (in the popup,
 * and with one click in the reader view) creates a quote annotation with the speaker filled in, and after a
 * reload it is still anchored, listed with its speaker, and no longer offered as a suggestion.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onNewsHost, popupUrl } from '../../scripts/chromium.mjs';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';
import { extensionDir } from './extension-dir';
import {
  clickCardButton,
  clickEditorButton,
  editorCard,
  editorSpeakerName,
  inReader,
  anchors,
  hostBox,
  launchGloss,
  openTab,
  sendToTab,
  tempProfile,
  until,
  type GlossBrowser,
  type StoredAnnotation,
} from './pages/harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** From demo/article.html: `"People have been asking … one bridge," said Councillor Ines Barrow, …`. */
const BARROW_QUOTE = 'People have been asking us for years why a city built on a river makes everyone queue on one bridge';
/** From demo/article.html: Councillor Paul Denning … `"If half of them do, the subsidy per journey doubles," he said`. */
const DENNING_QUOTE = 'If half of them do, the subsidy per journey doubles';

/** The quote as stored may keep the comma the writer put inside the quotation marks; nothing else may differ. */
const withoutClosingComma = (text: string) => text.replace(/,$/, '');

interface SuggestionAnswer {
  id: string;
  kind: 'quote' | 'claim';
  text: string;
  speaker: { name: string; role: string | null } | null;
  state: 'open' | 'accepted' | 'dismissed';
}

/** The extension API as seen by the popup page (evaluated functions run there). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let server: StaticServer;
let browser: GlossBrowser;
const profile = tempProfile();
let demoUrl: string;

beforeAll(async () => {
  server = await startServer(path.join(repoRoot, 'demo'));
  // A plain-http site under a non-local name, as real news sites are (not a secure context).
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

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(popupUrl(browser.extensionId, tabId));
  await popup.getByTestId('article-card').waitFor({ timeout: 10_000 });
  return popup;
}

/** Where the page's annotations are stored (the content script's answer), then what the background holds there. */
async function storedForPage(popup: Page, tabId: number): Promise<{ url: string; annotations: StoredAnnotation[] }> {
  const report = await sendToTab<{ url: string }>(browser, tabId, 'page/anchors');
  if (!report.ok) throw new Error(`page/anchors failed: ${report.error}`);
  const url = report.value.url;
  const answer = (await popup.evaluate((u) => chrome.runtime.sendMessage({ type: 'annotations/forPage', payload: { url: u } }), url)) as
    { ok: true; value: StoredAnnotation[] } | { ok: false; error: string };
  if (!answer.ok) throw new Error(`annotations/forPage failed: ${answer.error}`);
  return { url, annotations: answer.value };
}

async function suggestionsOf(tabId: number): Promise<SuggestionAnswer[]> {
  const answer = await until(
    'page/suggestions',
    () => sendToTab<SuggestionAnswer[]>(browser, tabId, 'page/suggestions'),
    (a) => a.ok,
  );
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/** The popup's suggestion rows, all of them ("Show all" clicked when the list is cut short). */
async function allSuggestionRows(popup: Page) {
  const toggle = popup.getByTestId('suggestions-toggle');
  if ((await toggle.count()) > 0 && (await toggle.textContent())?.startsWith('Show all')) await toggle.click();
  return popup.getByTestId('suggestion');
}

describe('suggestions on the demo article', () => {
  it('accepting a suggested quote in the popup opens the editor with the speaker; Save stores it, and it survives a reload', async () => {
    const { page, tabId } = await openTab(browser, demoUrl);
    let popup = await openPopup(tabId);
    expect((await storedForPage(popup, tabId)).annotations, 'a fresh profile has no annotations').toEqual([]);

    // Find Ines Barrow's quote among the suggestions, as a reader would, and accept it.
    const rows = await allSuggestionRows(popup);
    await rows.first().waitFor({ timeout: 10_000 });
    const row = rows.filter({ hasText: BARROW_QUOTE });
    expect(await row.count(), "Barrow's quote is suggested once").toBe(1);
    expect(await row.getByTestId('kind-badge').textContent()).toMatch(/^quote$/i);
    expect(await row.getByTestId('suggestion-speaker').textContent()).toBe('Ines Barrow, Councillor');
    const suggestionId = await row.getAttribute('data-id');
    expect(suggestionId).toBeTruthy();
    await row.getByTestId('suggestion-accept').click();

    // Accept opens the popup's editor with the speaker filled in; nothing is stored until its Save.
    await popup.getByTestId('annotation-editor').waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('editor-speaker-name').inputValue()).toBe('Ines Barrow');
    expect((await storedForPage(popup, tabId)).annotations, 'not stored before Save').toEqual([]);
    await popup.getByTestId('editor-save').click();

    // The popup lists the new quote with its speaker, and the suggestion is no longer offered.
    await popup.getByTestId('annotation-row').first().waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('annotation-speaker').allTextContents()).toEqual(['Ines Barrow, Councillor']);
    await expect.poll(async () => (await allSuggestionRows(popup)).locator(`[data-id="${suggestionId}"]`).count()).toBe(0);
    const { url, annotations } = await storedForPage(popup, tabId);
    expect(annotations).toHaveLength(1);
    const [saved] = annotations;
    expect(saved).toMatchObject({ kind: 'quote', pageUrl: url, speaker: { name: 'Ines Barrow', role: 'Councillor' } });
    expect(withoutClosingComma(saved!.exact)).toBe(BARROW_QUOTE);

    // Reload the demo tab: the quote is anchored again, and the suggestion is remembered as accepted.
    await page.reload();
    const entries = await until(
      'anchors after reload',
      () => anchors(browser, tabId),
      (e) => e.length > 0,
    );
    expect(entries).toEqual([{ id: saved!.id, state: 'anchored', position: expect.any(Number) }]);
    const again = await suggestionsOf(tabId);
    expect(again.find((s) => s.id === suggestionId)).toMatchObject({ state: 'accepted', speaker: { name: 'Ines Barrow' } });
    // The other suggestions are still open (accepting one did not swallow the rest).
    expect(again.filter((s) => s.state === 'open').length).toBeGreaterThan(3);

    // A fresh popup: listed with its speaker and text, anchored (reading order), not offered again.
    await popup.close();
    popup = await openPopup(tabId);
    await popup.getByTestId('annotation-row').first().waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('annotation-row').count()).toBe(1);
    expect(await popup.getByTestId('annotation-speaker').textContent()).toBe('Ines Barrow, Councillor');
    expect(withoutClosingComma((await popup.getByTestId('annotation-text').textContent()) ?? '')).toBe(BARROW_QUOTE);
    expect(await popup.getByTestId('orphans').count(), 'nothing is orphaned').toBe(0);
    expect(await popup.getByTestId('annotations-stored-order').count(), 'the page answered: reading order').toBe(0);
    const offered = await allSuggestionRows(popup);
    await offered.first().waitFor({ timeout: 10_000 });
    expect(await offered.locator(`[data-id="${suggestionId}"]`).count()).toBe(0);
    expect(await offered.filter({ hasText: BARROW_QUOTE }).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('in the reader view, a click on a suggestion only opens its card; Accept opens the editor with the speaker, Save saves it', async () => {
    const { page, tabId } = await openTab(browser, demoUrl);
    expect(await sendToTab(browser, tabId, 'reader/open', { open: true })).toEqual({ ok: true, value: null });
    await until(
      'the reader view',
      () => hostBox(page, 'reader'),
      (box) => box !== null,
    );

    // The dashed suggestion mark over Denning's words, scrolled into view; its box in viewport pixels.
    const findMark = function (this: ShadowRoot, text: string) {
      const mark = [...this.querySelectorAll('mark[data-gloss-key]')].find((m) => m.textContent!.startsWith(text.slice(0, 20)));
      if (!mark) return null;
      mark.scrollIntoView({ block: 'center' });
      // The first line box: a mark that wraps has a bounding box whose middle may be plain paragraph text.
      const r = mark.getClientRects()[0]!;
      return { kind: mark.getAttribute('data-gloss-kind'), x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
    };
    const mark = await until(
      'the suggestion mark in the reader',
      () => inReader(page, findMark, DENNING_QUOTE),
      (m) => m !== null,
    );
    expect(mark!.kind).toBe('suggestion');
    await page.mouse.click(mark!.x, mark!.y);

    // The click pins the suggestion's card and saves nothing.
    await until(
      'the suggestion card',
      () => hostBox(page, 'card'),
      (box) => box !== null,
    );
    const popup = await openPopup(tabId);
    expect((await storedForPage(popup, tabId)).annotations.filter((a) => a.speaker?.name === 'Paul Denning')).toEqual([]);

    // Accept opens the editor with the speaker filled in, still unsaved; Save saves it.
    await page.bringToFront();
    await clickCardButton(page, 'Accept');
    await editorCard(page);
    expect(await editorSpeakerName(page)).toBe('Paul Denning');
    expect(
      (await storedForPage(popup, tabId)).annotations.filter((a) => a.speaker?.name === 'Paul Denning'),
      'not saved before Save',
    ).toEqual([]);
    await clickEditorButton(page, 'editor-save');
    const quote = await until(
      'the accepted quote',
      async () => (await storedForPage(popup, tabId)).annotations.find((a) => a.speaker?.name === 'Paul Denning'),
      (a) => a !== undefined,
    );
    expect(quote).toMatchObject({ kind: 'quote', speaker: { name: 'Paul Denning', role: 'Councillor' } });
    expect(withoutClosingComma(quote!.exact)).toBe(DENNING_QUOTE);
    // The reader repaints the words as a saved quote.
    await until(
      'the quote highlight in the reader',
      () => inReader(page, findMark, DENNING_QUOTE),
      (m) => m?.kind === 'quote',
    );

    // Esc closes the reader; after a reload the quote is anchored on the live page and no longer suggested.
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await until(
      'the reader to close',
      () => hostBox(page, 'reader'),
      (box) => box === null,
    );
    await page.reload();
    const entries = await until(
      'anchors after reload',
      () => anchors(browser, tabId),
      (e) => e.some((entry) => entry.id === quote!.id),
    );
    expect(entries.find((e) => e.id === quote!.id)).toMatchObject({ state: 'anchored', position: expect.any(Number) });
    const denning = (await suggestionsOf(tabId)).find((s) => withoutClosingComma(s.text) === DENNING_QUOTE);
    expect(denning).toMatchObject({ kind: 'quote', state: 'accepted' });
    await popup.close();
    await page.close();
  });
});
