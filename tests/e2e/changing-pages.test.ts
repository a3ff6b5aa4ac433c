/**
 * Pages that change under the content script, end to end in headless Chromium:
 * - a single-page news site that swaps in another story and pushes its URL (no new document, no new content
 *   script): annotations belong to the story on screen, its page record gets its own title, and moving back and
 *   forth shows each story's highlights only;
 * - a story whose text is rendered by script well after the page has loaded: it is detected as an article once
 *   the text is there, and its highlight still comes back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedStatus } from '../../scripts/chromium.mjs';
import { extensionDir } from './extension-dir';
import {
  clickEditorButton,
  clickToolbar,
  editorCard,
  paintedText,
  hostBox,
  launchGloss,
  openTab,
  selectText,
  startPhaseServer,
  storedAnnotations,
  storedPages,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';

const story = (headline: string, paragraphs: string[]) => ({
  title: `${headline} | The Harbour Courier`,
  html: `<article><h1>${headline}</h1><p class="byline">By Ana Lind</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`,
});

const QUOTE_FERRIES = 'We cannot run a night service on goodwill and a single borrowed boat';
const QUOTE_BRIDGE = 'The bridge will carry four thousand cars a day within its first year';
const QUOTE_LATE = 'Every seat on the morning crossing was sold out by nine o’clock';

const FILLER = [
  'Harbour officials met for three hours on Tuesday evening and heard from residents of all eleven islands, many of whom had travelled in on the last scheduled boat of the day to speak.',
  'The proposal, which has been debated in one form or another for almost a decade, would change how the islands are connected to the mainland for a generation or more.',
  'Opponents said the numbers presented to the board had not been checked by anyone outside the port authority, and asked for an independent review before any money is spent.',
  'A final vote is expected next month, after a second round of public hearings on the islands themselves, where turnout has traditionally been much higher than in town.',
];

const STORIES: Record<string, ReturnType<typeof story>> = {
  '/spa/ferries.html': story('Harbour board votes to keep the night ferries', [
    `“${QUOTE_FERRIES},” the board’s chair, Tomas Berg, told the meeting.`,
    ...FILLER,
  ]),
  '/spa/bridge.html': story('Council backs a fixed link to the outer islands', [
    `“${QUOTE_BRIDGE},” said the council’s engineer, Mira Holm.`,
    ...FILLER.slice().reverse(),
  ]),
};

/** One shell for every story URL: the story is rendered by script from the path, and links move by pushState. */
const SPA_SHELL = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The Harbour Courier</title></head>
<body>
  <nav><a href="/spa/ferries.html">Ferries</a> <a href="/spa/bridge.html">Bridge</a></nav>
  <main id="story"></main>
  <footer>© The Harbour Courier</footer>
  <script>
    const stories = ${JSON.stringify(STORIES)};
    function render(path) {
      document.title = stories[path].title;
      document.getElementById('story').innerHTML = stories[path].html;
    }
    window.showStory = (path) => { history.pushState({}, '', path); render(path); };
    window.addEventListener('popstate', () => render(location.pathname));
    render(location.pathname);
  </script>
</body></html>`;

/** A story whose text arrives 1.5 s after the page has loaded (content script: document_idle). */
const LATE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry tickets sell out | The Harbour Courier</title></head>
<body>
  <main id="story"><p class="loading">Loading…</p></main>
  <script>
    setTimeout(() => {
      document.getElementById('story').innerHTML = ${JSON.stringify(story('Ferry tickets sell out on the first day', [`“${QUOTE_LATE},” said the ticket office.`, ...FILLER]).html)};
    }, 1500);
  </script>
</body></html>`;

let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();

beforeAll(async () => {
  server = await startPhaseServer();
  for (const path of Object.keys(STORIES)) server.set(path, SPA_SHELL);
  server.set('/late/tickets.html', LATE_PAGE);
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

/** Selects `text`, records it as `kind` from the toolbar, and saves it with its speaker field empty. */
async function annotate(page: Page, text: string, kind: 'quote' | 'claim', count: number): Promise<void> {
  await selectText(page, text);
  await clickToolbar(page, kind);
  await editorCard(page);
  await clickEditorButton(page, 'editor-save');
  await until(
    'the annotation to be saved',
    () => storedAnnotations(browser),
    (all) => all.length === count,
  );
  await until(
    'the editor to close',
    () => hostBox(page, 'editor'),
    (box) => box === null,
  );
}

const showStory = (page: Page, path: string) =>
  page.evaluate((p) => (window as unknown as { showStory(p: string): void }).showStory(p), path);

describe('pages that change under Gloss', () => {
  it('a single-page app: each story keeps its own annotations, page record and highlights', async () => {
    const ferries = `${server.origin}/spa/ferries.html`;
    const bridge = `${server.origin}/spa/bridge.html`;
    const { page } = await openTab(browser, ferries);
    await annotate(page, QUOTE_FERRIES, 'quote', 1);
    expect(await paintedText(page, 'gloss-quote')).toEqual([QUOTE_FERRIES]);

    // Another story, same document: the first story's highlight goes, and what is saved now belongs to the second.
    await showStory(page, '/spa/bridge.html');
    await until(
      'the first story to be left',
      () => paintedText(page, 'gloss-quote'),
      (texts) => texts.length === 0,
    );
    // Annotated while Gloss is still waiting for the new story to settle: the editor stays open through that.
    await selectText(page, QUOTE_BRIDGE);
    await clickToolbar(page, 'claim');
    await editorCard(page);
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(await hostBox(page, 'editor'), 'the editor is still open').not.toBeNull();
    await clickEditorButton(page, 'editor-save');
    await until(
      'the claim to be saved',
      () => storedAnnotations(browser),
      (all) => all.length === 2,
    );
    await until(
      'the editor to close',
      () => hostBox(page, 'editor'),
      (box) => box === null,
    );
    expect(await paintedText(page, 'gloss-claim')).toEqual([QUOTE_BRIDGE]);
    const saved = await storedAnnotations(browser);
    expect(saved.map((a) => [a.pageUrl, a.exact])).toEqual(
      expect.arrayContaining([
        [ferries, QUOTE_FERRIES],
        [bridge, QUOTE_BRIDGE],
      ]),
    );
    const pages = await storedPages(browser);
    expect(pages.map((p) => [p.url, p.title])).toEqual([
      [bridge, 'Council backs a fixed link to the outer islands'],
      [ferries, 'Harbour board votes to keep the night ferries'],
    ]);

    // Back and forth in a fresh content script (a reload), each story shows its own highlight only.
    await page.reload();
    await until(
      'the bridge claim after the reload',
      () => paintedText(page, 'gloss-claim'),
      (texts) => texts.length === 1,
    );
    await showStory(page, '/spa/ferries.html');
    await until(
      'the ferries quote after moving back',
      () => paintedText(page, 'gloss-quote'),
      (texts) => texts.length === 1,
    );
    expect(await paintedText(page, 'gloss-quote')).toEqual([QUOTE_FERRIES]);
    expect(await paintedText(page, 'gloss-claim')).toEqual([]);
    await page.goBack();
    await until(
      'the bridge claim after going back',
      () => paintedText(page, 'gloss-claim'),
      (texts) => texts.length === 1,
    );
    expect(await paintedText(page, 'gloss-claim')).toEqual([QUOTE_BRIDGE]);
    expect(await paintedText(page, 'gloss-quote')).toEqual([]);
    await page.close();
  });

  it('a story rendered by script after load: detected as an article, and its highlight comes back once the text is there', async () => {
    const { page, tabId } = await openTab(browser, `${server.origin}/late/tickets.html`);
    await until(
      'the article to be detected once its text is there',
      () => storedStatus(browser.serviceWorker, tabId),
      (status) => (status as { detection?: { isArticle: boolean } } | null)?.detection?.isArticle === true,
    );
    await until(
      'the late story',
      () => page.evaluate(() => document.body.innerText),
      (text) => text.includes('sold out'),
    );
    const before = (await storedAnnotations(browser)).length;
    await annotate(page, QUOTE_LATE, 'quote', before + 1);

    await page.reload();
    // Loaded with "Loading…" on the page: nothing to paint at first, then the text arrives.
    await until(
      'the highlight once the text has arrived',
      () => paintedText(page, 'gloss-quote'),
      (texts) => texts.length === 1,
      15_000,
    );
    expect(await paintedText(page, 'gloss-quote')).toEqual([QUOTE_LATE]);
    await page.close();
  });
});
