/**
 * The library page in Chromium: an export re-imports into a fresh profile as the same library, search finds an
 * annotation by its speaker, and a delete can be undone. Annotations are created through the background's
 * message protocol, the way the content script saves them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium.mjs';
import type { Annotation } from '../../lib/model/annotation';
import { extensionDir } from './extension-dir';

const PAGE_A = 'https://news.example.com/2014/11/us-iran-cooperation';
const PAGE_B = 'https://www.zeitung.example.de/politik/gespraech';

function annotation(n: number, overrides: Partial<Annotation>): Annotation {
  const exact = overrides.exact ?? `passage number ${n}`;
  return {
    id: `6f1c2d3e-4b5a-4c6d-8e7f-${String(n).padStart(12, '0')}`,
    kind: 'quote',
    pageUrl: PAGE_A,
    exact,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: n * 100, end: n * 100 + exact.length },
    ],
    speaker: null,
    verdict: null,
    sources: [],
    comment: '',
    tags: [],
    // Made after the page was first seen, as when a reader annotates (the background stamps `updated`).
    created: new Date(Date.now() + n).toISOString(),
    updated: new Date(Date.now() + n).toISOString(),
    ...overrides,
  };
}

let ANNOTATIONS: Annotation[] = [];
const makeAnnotations = (): Annotation[] => [
  annotation(1, {
    exact: 'Iran and the US have common interests in the fight against IS',
    speaker: { name: 'Hossein Mousavian', role: 'former Iranian diplomat' },
    tags: ['iran'],
  }),
  annotation(2, {
    kind: 'claim',
    exact: 'Die Arbeitslosigkeit ist um 3,1 % gesunken',
    pageUrl: PAGE_B,
    speaker: { name: 'Jürgen Müller', role: null },
    verdict: 'disputed',
    sources: [
      {
        url: 'https://statistik.example.de/2026',
        title: 'Arbeitsmarkt 2026',
        publisher: 'Statistisches Amt',
        date: '2026-01-20',
        stance: 'disputes',
      },
    ],
    comment: 'Seasonally adjusted figures say otherwise',
  }),
  annotation(3, { kind: 'note', comment: 'Check the ministry’s own numbers', tags: ['follow-up', 'iran'] }),
  annotation(4, { kind: 'note', exact: '', selectors: [], comment: 'A note on the whole page, no quote' }),
];

let first: ExtensionBrowser;
let second: ExtensionBrowser | undefined;

const libraryUrl = (b: ExtensionBrowser) => `chrome-extension://${b.extensionId}/library.html`;

/** Sends one message to the background from an extension page, as Gloss's own pages do. */
async function send(page: Page, type: string, payload: unknown): Promise<unknown> {
  const answer = (await page.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: t,
        payload: p,
      }),
    [type, payload] as const,
  )) as { ok: boolean; value?: unknown; error?: string };
  if (!answer.ok) throw new Error(`${type}: ${answer.error}`);
  return answer.value;
}

async function openLibrary(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(libraryUrl(b));
  return page;
}

async function waitForRows(page: Page, count: number): Promise<void> {
  await expect.poll(() => page.getByTestId('library-row').count(), { timeout: 15_000 }).toBe(count);
}

/**
 * Clicks and answers the text of the file the browser downloaded. (Its name can't be checked here: under
 * Playwright, downloads started with `downloads.download` are saved under a random name.)
 */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent('download', { timeout: 15_000 });
  await click();
  const file = await started;
  return { name: 'gloss-export.jsonld', text: readFileSync(await file.path(), 'utf8') };
}

/** What a Gloss JSON-LD file says about the library: everything but when it was made (and the id derived from that). */
function libraryContent(text: string): { items: unknown[]; pages: unknown[] } {
  const doc = JSON.parse(text) as { first: { items: { id: string }[] }; 'gloss:pages': { 'gloss:url': string }[] };
  return {
    items: [...doc.first.items].sort((a, b) => a.id.localeCompare(b.id)),
    pages: [...doc['gloss:pages']].sort((a, b) => a['gloss:url'].localeCompare(b['gloss:url'])),
  };
}

beforeAll(async () => {
  first = await launchWithExtension(extensionDir(), { headless: true });
  const page = await openLibrary(first);
  await page.getByTestId('library-empty').waitFor({ timeout: 15_000 });
  await send(page, 'page/upsert', {
    page: { url: PAGE_A, title: 'US, Iran Cooperating in Fight Against IS', siteName: 'News Example', published: '2014-11-21' },
  });
  await send(page, 'page/upsert', { page: { url: PAGE_B, title: 'Gespräch über den Arbeitsmarkt', siteName: 'Zeitung', published: null } });
  ANNOTATIONS = makeAnnotations();
  for (const a of ANNOTATIONS) await send(page, 'annotation/save', { annotation: a });
  await page.close();
});

afterAll(async () => {
  await second?.close();
  await first?.close();
});

describe('the library', () => {
  it('exports a file that imports into a fresh profile as the same library', async () => {
    const page = await openLibrary(first);
    await waitForRows(page, ANNOTATIONS.length);
    await page.getByTestId('export-format').selectOption('jsonld');
    const exported = await download(page, () => page.getByTestId('export-selection').click());
    const backup = await download(page, () => page.getByTestId('backup-all').click());
    expect(libraryContent(exported.text).items).toHaveLength(ANNOTATIONS.length);

    second = await launchWithExtension(extensionDir(), { headless: true });
    const fresh = await openLibrary(second);
    await fresh.getByTestId('library-empty').waitFor({ timeout: 15_000 });
    await fresh
      .getByTestId('import-file')
      .setInputFiles({ name: exported.name, mimeType: 'application/ld+json', buffer: Buffer.from(exported.text) });
    const summary = fresh.getByTestId('import-summary');
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.textContent()).toContain(
      'Imported 4 annotations: 4 added, 0 skipped (already in your library), 1 without a quote to anchor.',
    );
    await waitForRows(fresh, ANNOTATIONS.length);

    const restoredBackup = await download(fresh, () => fresh.getByTestId('backup-all').click());
    expect(libraryContent(restoredBackup.text)).toEqual(libraryContent(backup.text));

    // Importing the same file again adds nothing.
    await fresh
      .getByTestId('import-file')
      .setInputFiles({ name: exported.name, mimeType: 'application/ld+json', buffer: Buffer.from(exported.text) });
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toContain('0 added, 4 skipped');
  });

  it('finds an annotation by its speaker, accents or not', async () => {
    const page = await openLibrary(first);
    await waitForRows(page, ANNOTATIONS.length);
    await page.getByTestId('library-search').fill('mousavian');
    await waitForRows(page, 1);
    expect(await page.getByTestId('row-text').textContent()).toBe(ANNOTATIONS[0]!.exact);
    await page.getByTestId('library-search').fill('jurgen muller');
    await waitForRows(page, 1);
    expect(await page.getByTestId('row-speaker').textContent()).toBe('Jürgen Müller');
    await page.getByTestId('library-search').fill('');
    await waitForRows(page, ANNOTATIONS.length);
  });

  it('deletes the selected annotations and puts them back on undo', async () => {
    const page = await openLibrary(first);
    await waitForRows(page, ANNOTATIONS.length);
    const row = page.locator(`[data-testid="library-row"][data-id="${ANNOTATIONS[0]!.id}"]`);
    await row.getByRole('checkbox').check();
    await page.getByTestId('delete-selected').click();
    await expect.poll(() => page.getByTestId('library-notice').textContent()).toContain('Deleted 1 annotation.');
    await waitForRows(page, ANNOTATIONS.length - 1);
    expect(await send(page, 'annotations/forPage', { url: PAGE_A })).toHaveLength(2);

    await page.getByTestId('undo').click();
    await waitForRows(page, ANNOTATIONS.length);
    const onPage = (await send(page, 'annotations/forPage', { url: PAGE_A })) as Annotation[];
    expect(onPage.find((a) => a.id === ANNOTATIONS[0]!.id)).toMatchObject({
      exact: ANNOTATIONS[0]!.exact,
      speaker: ANNOTATIONS[0]!.speaker,
      tags: ['iran'],
    });

    // And after a reload, the library still shows it (it is in the database, not only on screen).
    await page.reload();
    await waitForRows(page, ANNOTATIONS.length);
  });
});
