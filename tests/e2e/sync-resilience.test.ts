/**
 * Sync when things go wrong, end to end: two Chromium profiles, A and B (two devices of one reader), replicate
 * through `npm run sync-server`'s server, which the test starts, kills and restarts. What is checked is what the
 * reader would check: B's library and B's page highlights, A's Sync panel, and what the server holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/model/annotation';
import { extensionDir } from './extension-dir';
import {
  launchGloss,
  openTab,
  paintedText,
  quoteWithSpeaker,
  readPage,
  startPhaseServer,
  storedAnnotations,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';
import { setupDesk, startSyncServer, type SyncServer } from '../sync-server-harness';
import { connectSync, openLibraryWithSync, sendFromPage, syncSummary } from './pages/sync-ui';

const PATH = '/news/2026/night-ferry.html';
const QUOTE = 'The budget simply does not add up for a sevice this small';
const OFFLINE_QUOTE = 'This is about giving shift workers a safe way home';
const DESK = 'gloss-jane';
const PASSWORD = 'ferry-night-42';
/** Enough that pushing them to the server takes several batches (PouchDB sends 100 per request). */
/** More than two replication batches (lib/sync/pass.ts sends 1,000 at a time), so the server is seen holding part. */
const SEEDED = 2400;

let pages: PhaseServer;
let server: SyncServer;
const profiles = [tempProfile(), tempProfile()];
let a: GlossBrowser;
let b: GlossBrowser;

const connect = (browser: GlossBrowser): Promise<string> =>
  connectSync(browser, { server: server.url, account: 'jane', password: PASSWORD, database: DESK });

/** The live annotation documents the server holds (tombstones and design documents left out). */
async function annotationsOnServer(): Promise<number> {
  const auth = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
  const response = await fetch(`${server.url}/${DESK}/_all_docs?startkey="annotation:"&endkey="annotation:\uffff"`, {
    headers: { authorization: auth },
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return ((await response.json()) as { rows: unknown[] }).rows.length;
}

/** As annotationsOnServer, but answers null while the server does not answer (killed, restarting). */
const annotationsOnServerIfUp = () => annotationsOnServer().catch(() => null);

/** Annotates `text` on the article in `browser` as a reader does: select, Quote, type the speaker, Enter. */
async function quoteOnArticle(browser: GlossBrowser, text: string, speaker: string): Promise<void> {
  const page = await quoteWithSpeaker(browser, `${pages.origin}${PATH}`, text, speaker);
  await page.close();
}

function seededAnnotation(n: number): Annotation {
  const exact = `seeded passage number ${n}`;
  const at = new Date(Date.UTC(2026, 11, 1, 9, 0, 0) + n * 1000).toISOString();
  return {
    id: `7a2b3c4d-5e6f-4a1b-8c2d-${String(n).padStart(12, '0')}`,
    kind: 'quote',
    pageUrl: `https://archive.example.org/2026/story-${n % 20}`,
    exact,
    selectors: [{ type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' }],
    speaker: null,
    verdict: null,
    sources: [],
    comment: `comment ${n}`,
    tags: [],
    created: at,
    updated: at,
  };
}

beforeAll(async () => {
  pages = await startPhaseServer();
  pages.set(PATH, readPage('article.html'));
  server = await startSyncServer();
  await setupDesk(server.url, server.admin, { desk: DESK, members: ['jane'], users: [{ name: 'jane', password: PASSWORD }] });
  a = await launchGloss(extensionDir(), profiles[0]!.dir);
  b = await launchGloss(extensionDir(), profiles[1]!.dir);
  expect(await connect(a)).toBe(server.url);
  expect(await connect(b)).toBe(server.url);
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await server?.stop();
  await pages?.close();
  for (const p of profiles) p.remove();
});

describe('sync resilience between two profiles', () => {
  it('an edit, then a delete, made in A reach B', async () => {
    await quoteOnArticle(a, QUOTE, 'Tomas Berg');
    const onB = await openLibraryWithSync(b);
    const rowOnB = onB.locator('[data-testid="library-row"]', { hasText: QUOTE });
    await rowOnB.waitFor({ timeout: 30_000 });

    // A changes the comment and the speaker, as the popup's editor saves them.
    const libraryA = await openLibraryWithSync(a);
    const [quote] = await sendFromPage<Annotation[]>(libraryA, 'annotations/forPage', { url: `${pages.origin}${PATH}` });
    await sendFromPage(libraryA, 'annotation/save', {
      annotation: { ...quote!, comment: 'Ministry figures say 4.2m', speaker: { name: 'Tomas Berg-Lund', role: 'harbour master' } },
    });
    await until(
      "the edit in B's library",
      () => rowOnB.textContent(),
      (text) => /Tomas Berg-Lund/.test(text ?? '') && /Ministry figures say 4\.2m/.test(text ?? ''),
      30_000,
    );
    expect((await storedAnnotations(b))[0]).toMatchObject({
      comment: 'Ministry figures say 4.2m',
      speaker: { name: 'Tomas Berg-Lund', role: 'harbour master' },
    });

    // A deletes it in the library: select the row, Delete.
    await libraryA.locator('[data-testid="library-row"]', { hasText: QUOTE }).getByRole('checkbox').check();
    await libraryA.getByTestId('delete-selected').click();
    await until(
      "the row gone from B's library",
      () => rowOnB.count(),
      (n) => n === 0,
      30_000,
    );
    expect(await storedAnnotations(b)).toEqual([]);
    const articleOnB = await openTab(b, `${pages.origin}${PATH}`);
    expect(await paintedText(articleOnB.page, 'gloss-quote')).toEqual([]);
    await Promise.all([articleOnB.page.close(), onB.close(), libraryA.close()]);
  });

  it('the server killed in the middle of a sync and restarted: nothing is lost and the sync resumes', async () => {
    // Seeded from the options page (no live sync there): the pass that follows the writes pushes them all.
    const options = await a.context.newPage();
    await options.goto(`chrome-extension://${a.extensionId}/options.html`);
    const seeded = Array.from({ length: SEEDED }, (_, i) => seededAnnotation(i + 1));
    await options.evaluate(async (annotations) => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome;
      for (const annotation of annotations)
        if (!(await runtime.sendMessage({ type: 'annotation/save', payload: { annotation } })).ok) throw new Error('save failed');
    }, seeded);
    await options.close();
    expect(await storedAnnotations(a)).toHaveLength(SEEDED);

    // Mid-way: the server has some of them, not all. Then a crash: SIGKILL, no chance to flush or close.
    const midway =
      (await until('the server to hold part of them', annotationsOnServerIfUp, (n) => n !== null && n > 0 && n < SEEDED, 120_000)) ?? 0;
    server.kill();
    console.info(`killed the server with ${midway} of ${SEEDED} annotations on it`);

    const libraryA = await openLibraryWithSync(a);
    await until(
      "A's Sync panel to say the server is unreachable",
      () => syncSummary(libraryA),
      (text) => /Can't reach/.test(text),
      30_000,
    );
    // Those the server didn't get still count as waiting, though they went as far as A's replica.
    // Shown as the reader's language writes numbers ("2,400"): read the digits.
    const waiting = Number((await libraryA.getByTestId('sync-pending').textContent())?.replace(/\D/g, ''));
    expect(waiting).toBeGreaterThanOrEqual(SEEDED - midway);
    expect(await syncSummary(libraryA)).toContain(`${waiting} changes waiting to sync`);
    expect(await storedAnnotations(a)).toHaveLength(SEEDED);

    await server.restart();
    // The library is open, so sync runs live: it resumes without anyone asking.
    await until('the server to hold all of them', annotationsOnServerIfUp, (n) => n === SEEDED, 120_000);
    await until(
      "A's Sync panel to say it synced",
      () => syncSummary(libraryA),
      (text) => /^Synced at/.test(text),
      30_000,
    );
    expect(await storedAnnotations(a)).toHaveLength(SEEDED);

    const libraryB = await openLibraryWithSync(b);
    await until(
      'B to have all of them',
      () => storedAnnotations(b).then((all) => all.length),
      (n) => n === SEEDED,
      120_000,
    );
    const onB = new Map((await storedAnnotations(b)).map((s) => [s.id, s]));
    for (const annotation of seeded) expect(onB.get(annotation.id)).toMatchObject({ exact: annotation.exact, comment: annotation.comment });
    await Promise.all([libraryA.close(), libraryB.close()]);
  }, 300_000);

  it('work done while the server is down waits, then reaches B when the server is back', async () => {
    const synced = await openLibraryWithSync(a);
    // After the last test's 2,400 annotations a pass may still be under way; on a busy machine it takes a while.
    await until(
      'A to be synced',
      () => syncSummary(synced),
      (text) => /^Synced at/.test(text),
      90_000,
    );
    await synced.close();
    await server.shutDown();

    await quoteOnArticle(a, OFFLINE_QUOTE, 'Harbour office');
    const libraryA = await openLibraryWithSync(a);
    await until(
      "A's Sync panel to say the change waits",
      () => syncSummary(libraryA),
      (text) => /1 change waiting to sync/.test(text),
      30_000,
    );
    expect(await libraryA.getByTestId('sync-pending').textContent()).toBe('1');

    await server.restart();
    const libraryB = await openLibraryWithSync(b);
    await until(
      'B to receive it',
      () => storedAnnotations(b),
      (all) => all.some((s) => s.exact === OFFLINE_QUOTE),
      60_000,
    );
    await until(
      "A's Sync panel to say it synced",
      () => syncSummary(libraryA),
      (text) => /^Synced at/.test(text),
      30_000,
    );
    expect(await libraryA.getByTestId('sync-pending').textContent()).toBe('0');
    const articleOnB = await openTab(b, `${pages.origin}${PATH}`);
    await until(
      'B to paint the highlight',
      () => paintedText(articleOnB.page, 'gloss-quote'),
      (texts) => texts.includes(OFFLINE_QUOTE),
    );
    await Promise.all([libraryA.close(), libraryB.close()]);
  }, 240_000);
});
