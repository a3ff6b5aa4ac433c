/**
 * axe-core's WCAG 2.2 AA rules in real Chromium on every Gloss surface, in the states a reader meets them: the
 * library empty and full, the options page, the popup on an article (its annotation and suggestions loaded), on a
 * page that is not one and on a tab Gloss has not checked, the editor card in its frame (quote and claim), and the
 * reader view in its three themes.
 * Surfaces that follow the system theme are checked in light and dark. Each check fails on any violation and
 * prints where it is.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/model/annotation';
import {
  blockExternalRequests,
  launchWithExtension,
  onNewsHost,
  popupUrl,
  tabIdFor,
  waitForPageStatus,
  type ExtensionBrowser,
} from '../../scripts/chromium.mjs';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';
import { extensionDir } from './extension-dir';
import { axeViolations, describeViolations, exposeShadowRoot, type Violation } from './pages/axe';
import { clickEditorButton, clickToolbar, editorCard, hostBox, selectText, storedAnnotations, until } from './pages/harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const QUOTE = 'People have been asking us for years why a city built on a river makes everyone queue on one bridge';
const SCHEMES = ['light', 'dark'] as const;
const OTHER_PAGE = 'https://www.zeitung.example.de/politik/gespraech';

let browser: ExtensionBrowser;
let server: StaticServer;
/** Violations per surface and state, printed at the end (the issue's before/after figures). */
const tally: Record<string, number> = {};

beforeAll(async () => {
  server = await startServer(path.join(repoRoot, 'demo'));
  browser = await launchWithExtension(extensionDir(), { headless: true });
  await blockExternalRequests(browser.context);
});

// Each check opens its own tabs: closed after it, so the next finds one tab at the article's address.
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
});

afterAll(async () => {
  console.log(
    `[axe] violations (nodes) per surface:\n${Object.entries(tally)
      .map(([k, n]) => `  ${k}: ${n}`)
      .join('\n')}`,
  );
  await browser?.close();
  await server?.close();
});

function expectNone(surface: string, violations: Violation[]): void {
  tally[surface] = violations.reduce((sum, v) => sum + v.nodes.length, 0);
  expect.soft(violations, `${surface}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Checks `page` (or a frame of it) in each colour scheme; `ready` waits for what the state should show. */
async function checkSchemes(surface: string, page: Page, ready: () => Promise<void>, target: () => Page | Frame = () => page) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await ready();
    expectNone(`${surface} (${scheme})`, await axeViolations(target()));
  }
}

/** An extension page (`library.html`) or any address, in a new tab. */
async function openPage(fileOrUrl: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(fileOrUrl.includes('://') ? fileOrUrl : `chrome-extension://${browser.extensionId}/${fileOrUrl}`);
  return page;
}

async function openDemo(file: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  const url = onNewsHost(`${server.url}${file}`);
  await page.goto(url);
  const tabId = await tabIdFor(browser.serviceWorker, url);
  await waitForPageStatus(browser.serviceWorker, tabId);
  return { page, tabId };
}

async function send(page: Page, type: string, payload: unknown): Promise<void> {
  const answer = (await page.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: t,
        payload: p,
      }),
    [type, payload] as const,
  )) as { ok: boolean; error?: string };
  if (!answer.ok) throw new Error(`${type}: ${answer.error}`);
}

/** A claim with a verdict and a source, and a note, on another site: the library shows more than one page. */
function seededAnnotations(): Annotation[] {
  const now = new Date().toISOString();
  const base = { pageUrl: OTHER_PAGE, speaker: null, verdict: null, sources: [], comment: '', tags: [], created: now, updated: now };
  const exact = 'Die Arbeitslosigkeit ist um 3,1 % gesunken';
  return [
    {
      ...base,
      id: '6f1c2d3e-4b5a-4c6d-8e7f-000000000001',
      kind: 'claim',
      exact,
      selectors: [{ type: 'TextQuoteSelector', exact, prefix: 'Gestern: ', suffix: '.' }],
      speaker: { name: 'Jürgen Müller', role: null },
      verdict: 'disputed',
      comment: 'Seasonally adjusted figures say otherwise',
      sources: [
        {
          url: 'https://statistik.example.de/2026',
          title: 'Arbeitsmarkt 2026',
          publisher: 'Statistisches Amt',
          date: '2026-01-20',
          stance: 'disputes',
        },
      ],
    },
    {
      ...base,
      id: '6f1c2d3e-4b5a-4c6d-8e7f-000000000002',
      kind: 'note',
      exact: '',
      selectors: [],
      comment: 'A note on the whole page',
      tags: ['follow-up'],
    },
  ];
}

async function openReaderTheme(page: Page, theme: string): Promise<void> {
  const pressed = await page.evaluate((wanted) => {
    const root = document.querySelector('[data-gloss="reader"]')?.shadowRoot;
    const button = root?.querySelector<HTMLButtonElement>(`.reader-toolbar .theme-${wanted}`);
    button?.click();
    return Boolean(button);
  }, theme);
  if (!pressed) throw new Error(`no ${theme} theme button in the reader`);
  await until(
    `the ${theme} theme`,
    () =>
      page.evaluate(
        (t) => Boolean(document.querySelector('[data-gloss="reader"]')?.shadowRoot?.querySelector(`.reader.theme-${t}`)),
        theme,
      ),
    Boolean,
  );
}

describe('accessibility (axe-core, WCAG 2.2 AA) in Chromium', () => {
  it('the library, empty', async () => {
    const page = await openPage('library.html');
    await checkSchemes('library, empty', page, () => page.getByTestId('library-empty').waitFor({ timeout: 15_000 }));
  });

  it('the options page', async () => {
    const page = await openPage('options.html');
    await checkSchemes('options', page, () => page.locator('form, fieldset').first().waitFor({ timeout: 15_000 }));
  });

  it('the popup on a page that is not an article', async () => {
    const { tabId } = await openDemo('not-article.html');
    const popup = await openPage(popupUrl(browser.extensionId, tabId));
    await checkSchemes('popup, not an article', popup, () => popup.getByTestId('not-article').waitFor({ timeout: 15_000 }));
  });

  it('the popup on a tab Gloss has not checked', async () => {
    await browser.context.newPage(); // about:blank: no content script there
    const tabId = await tabIdFor(browser.serviceWorker, 'about:blank');
    const popup = await openPage(popupUrl(browser.extensionId, tabId));
    await checkSchemes('popup, unchecked', popup, () => popup.getByTestId('unchecked').waitFor({ timeout: 15_000 }));
  });

  it('the editor card, in its frame, as a quote and as a claim', async () => {
    const { page } = await openDemo('article.html');
    await selectText(page, QUOTE);
    await clickToolbar(page, 'quote');
    await editorCard(page);
    const frame = () => page.frames().find((f) => f.url().includes('/editor-frame.html'))!;
    expectNone('editor card, quote', await axeViolations(frame()));
    await frame().locator('.kind-option.kind-claim').click();
    await frame().getByTestId('editor-verdict').waitFor();
    expectNone('editor card, claim', await axeViolations(frame()));
    await frame().locator('.kind-option.kind-quote').click();
    await clickEditorButton(page, 'editor-save');
    await until(
      'the saved quote',
      () => storedAnnotations(browser),
      (all) => all.length === 1,
    );
  });

  it('the popup on the demo article: its annotation and suggestions loaded', async () => {
    const { tabId } = await openDemo('article.html');
    const popup = await openPage(popupUrl(browser.extensionId, tabId));
    await checkSchemes('popup, article', popup, async () => {
      await popup.getByTestId('annotation-row').first().waitFor({ timeout: 15_000 });
      await popup.getByTestId('suggestion').first().waitFor({ timeout: 15_000 });
    });
  });

  it('the reader view, in its light, sepia and dark themes', async () => {
    const { page, tabId } = await openDemo('article.html');
    await browser.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(
          id,
          { type: 'reader/open', payload: { open: true } },
        ),
      tabId,
    );
    await until(
      'the reader view',
      () => hostBox(page, 'reader'),
      (box) => box !== null,
    );
    expect(await exposeShadowRoot(page, 'reader')).toBe(true);
    for (const theme of ['light', 'sepia', 'dark']) {
      await openReaderTheme(page, theme);
      expectNone(`reader view (${theme})`, await axeViolations(page, ['[data-gloss="reader"]']));
    }
  });

  it('the library, with annotations', async () => {
    const page = await openPage('library.html');
    await send(page, 'page/upsert', {
      page: { url: OTHER_PAGE, title: 'Gespräch über den Arbeitsmarkt', siteName: 'Zeitung', published: null },
    });
    for (const annotation of seededAnnotations()) await send(page, 'annotation/save', { annotation });
    await page.reload();
    const stored = (await storedAnnotations(browser)).length;
    await checkSchemes('library, with annotations', page, async () => {
      await expect.poll(() => page.getByTestId('library-row').count(), { timeout: 15_000 }).toBe(stored);
    });
  });
});
