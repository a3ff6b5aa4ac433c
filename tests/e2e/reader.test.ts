/**
 * The reader view end to end: it opens over the article (closed shadow root), shows the same highlights as the
 * live page, annotations made in it appear on the live page, and suggested quotes can be accepted or dismissed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir } from './extension-dir';
import {
  anchors,
  clickEditorButton,
  clickToolbar,
  editorCard,
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
  type WithChrome,
} from './pages/harness';

const BASE = readPage('article.html');
const QUOTE = 'The budget simply does not add up for a sevice this small';
const PATH = '/story.html';
/** Every paragraph of the article body, as the reader shows them. */
const PARAGRAPHS = [...BASE.matchAll(/<p(?: id="[^"]*")?>([^<]*)<\/p>/g)].map((m) => m[1]!.trim());

interface SuggestionAnswer {
  id: string;
  kind: 'quote' | 'claim';
  text: string;
  speaker: { name: string; role: string | null } | null;
  state: 'open' | 'accepted' | 'dismissed';
}

let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();
let url: string;

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

async function openReader(tabId: number, page: Page) {
  const answer = await sendToTab(browser, tabId, 'reader/open', { open: true });
  expect(answer).toEqual({ ok: true, value: null });
  const box = await until(
    'the reader view',
    () => hostBox(page, 'reader'),
    (b) => b !== null,
  );
  expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 800 });
}

/** Triple-clicks down the reader's text column until a paragraph is selected (the toolbar shows). */
async function selectParagraphInReader(page: Page) {
  for (let y = 300; y < 760; y += 40) {
    await page.mouse.click(460, y, { clickCount: 3 });
    await page.waitForTimeout(250);
    if (await hostBox(page, 'toolbar')) return;
  }
  throw new Error('no paragraph could be selected in the reader view');
}

describe('the reader view', () => {
  it("(d) shows the live page's highlight, and its annotations appear on the live page", async () => {
    const { page, tabId } = await openTab(browser, url);
    await selectText(page, QUOTE);
    await clickToolbar(page, 'quote');
    await editorCard(page);
    await clickEditorButton(page, 'editor-save');
    const [quote] = await until(
      'the quote',
      () => storedAnnotations(browser),
      (all) => all.length === 1,
    );

    await openReader(tabId, page);
    expect(await anchors(browser, tabId)).toEqual([{ id: quote!.id, state: 'anchored', position: expect.any(Number) }]);

    // The answer comes from the reader, not the page behind it: remove the paragraph from the live page...
    await page.evaluate(() => document.getElementById('quote-paragraph')!.remove());
    expect(await anchors(browser, tabId)).toEqual([{ id: quote!.id, state: 'anchored', position: expect.any(Number) }]);

    // ...annotate a paragraph inside the reader (mouse only: its shadow root is closed)...
    await selectParagraphInReader(page);
    await clickToolbar(page, 'claim');
    await editorCard(page);
    await clickEditorButton(page, 'editor-save');
    const all = await until(
      'the claim made in the reader',
      () => storedAnnotations(browser),
      (list) => list.length === 2,
    );
    const claim = all.find((a) => a.kind === 'claim')!;
    expect(
      PARAGRAPHS.some((p) => p.includes(claim.exact)),
      `"${claim.exact}" is article text`,
    ).toBe(true);
    expect(claim.exact).not.toContain(QUOTE); // a paragraph still on the live page
    expect(claim.exact.length).toBeGreaterThan(40);

    // ...then Esc (the reader; Save closed the editor) shows the live page, whose own anchoring now orphans the quote.
    await until(
      'the editor to close',
      () => hostBox(page, 'editor'),
      (box) => box === null,
    );
    await page.keyboard.press('Escape');
    await until(
      'the reader to close',
      () => hostBox(page, 'reader'),
      (b) => b === null,
    );
    const live = await anchors(browser, tabId);
    expect(live).toEqual([
      { id: claim.id, state: 'anchored', position: expect.any(Number) },
      { id: quote!.id, state: 'orphan', position: null },
    ]);
    await page.close();
  });

  it('suggests attributed quotes; accepting fills in the speaker, dismissing is remembered for the page', async () => {
    const { page, tabId } = await openTab(browser, url);
    await openReader(tabId, page);
    const listed = await sendToTab<SuggestionAnswer[]>(browser, tabId, 'page/suggestions');
    if (!listed.ok) throw new Error(listed.error);
    const berg = listed.value.find((s) => s.text.startsWith('The budget simply'));
    const marsh = listed.value.find((s) => s.text.startsWith('This is about giving shift workers'));
    // Tomas Berg's quote is already annotated (first test), Elena Marsh's is not.
    expect(berg).toMatchObject({ kind: 'quote', state: 'accepted', speaker: { name: 'Tomas Berg' } });
    expect(marsh).toMatchObject({ kind: 'quote', state: 'open', speaker: { name: 'Elena Marsh' } });

    const accepted = await sendToTab<{ id: string; kind: string; speaker: unknown; exact: string }>(browser, tabId, 'suggestion/decide', {
      id: marsh!.id,
      accept: true,
    });
    expect(accepted.ok && accepted.value).toMatchObject({
      kind: 'quote',
      exact: marsh!.text.replace(/,$/, ','),
      speaker: { name: 'Elena Marsh' },
    });
    expect((await storedAnnotations(browser)).some((a) => a.speaker?.name === 'Elena Marsh')).toBe(true);

    const claim = listed.value.find((s) => s.kind === 'claim' && s.state === 'open')!;
    expect(await sendToTab(browser, tabId, 'suggestion/decide', { id: claim.id, accept: false })).toEqual({ ok: true, value: null });
    const dismissed = await browser.serviceWorker.evaluate(
      async (key) => (await (globalThis as unknown as WithChrome).chrome.storage.local.get(key))[key],
      `gloss:dismissed:${url}`,
    );
    expect(dismissed).toEqual([claim.id]);

    await page.reload();
    const again = await until(
      'suggestions after reload',
      () => sendToTab<SuggestionAnswer[]>(browser, tabId, 'page/suggestions'),
      (a) => a.ok,
    );
    const states = new Map(again.ok ? again.value.map((s) => [s.id, s.state]) : []);
    expect(states.get(claim.id)).toBe('dismissed');
    expect(states.get(marsh!.id)).toBe('accepted');
    await page.close();
  });

  it('refuses to open on a page that is not an article', async () => {
    server.set('/index.html', '<!doctype html><title>Home</title><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body>');
    const { page, tabId } = await openTab(browser, `${server.origin}/index.html`);
    const answer = await sendToTab(browser, tabId, 'reader/open', { open: true });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/no article/) });
    expect(await hostBox(page, 'reader')).toBeNull();
    await page.close();
  });
});
