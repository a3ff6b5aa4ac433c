/**
 * Sync at scale, in real Chromium (issue 14, "Scale"): the server (`npm run sync-server`'s) holds `count`
 * annotation documents in the reader's database; a fresh profile B configures sync and its first sync is timed
 * until Gloss's database holds them all. The floor, in the same browser and run, before and after it: PouchDB's
 * bare replication of the same database into a bare IndexedDB PouchDB. Then live sync: B's library page is
 * open, profile A (in a desk B has joined, so A needn't download the whole library first) saves an annotation,
 * and the time until it is in B's database is taken, a few times. Times are taken in the service workers
 * (entrypoints/background/bench-hook.ts); seeding is setup, not timed. */
import type { Worker } from 'playwright-core';
import { launchWithExtension } from '../scripts/chromium.mjs';
import type { SyncBenchApi } from '../entrypoints/background/bench-hook';
import { setupDesk, startSyncServer, type Credentials, type SyncServer } from '../tests/sync-server-harness';
import { buildExtension } from './library-scale';
import { median } from './stats';
import { sampleAnnotations, seedServer } from './sync-seed';
import { formatTable } from './table';

export interface SyncScaleOptions {
  /** Annotations on the server (default 100,000). */
  count?: number;
  /** Changes sent from A to B during live sync (default 5). */
  liveRuns?: number;
  outDir?: string;
  build?: boolean;
  onProgress?: (message: string) => void;
}

export interface SyncScaleReport {
  count: number;
  seedMs: number;
  /** Fresh profile → every annotation in Gloss's database. */
  firstSyncMs: number[];
  /** The same first passes until they ended (pushed back, checked with the server). */
  firstPassMs: number[];
  /** PouchDB → bare IndexedDB PouchDB, before and after the first sync. */
  floorMs: number[];
  /** median(firstSyncMs) / median(floorMs); the bar is ≤ 2. */
  ratio: number;
  /** Save in A → in B's database, while B's library is open. */
  liveMs: number[];
}

const ACCOUNT: Credentials = { name: 'jane', password: 'bench-sync-42' };
const DATABASE = 'gloss-jane';
/** The desk A writes to and B has joined, for the live change. */
const DESK = 'gloss-live';
type Browser = Awaited<ReturnType<typeof launchWithExtension>>;
type BenchGlobal = typeof globalThis & { __glossBench: SyncBenchApi };

async function waitForHook(worker: Worker): Promise<void> {
  const installed = await worker.evaluate(() => '__glossBench' in globalThis);
  if (!installed) throw new Error('the service worker has no sync bench hook: build with GLOSS_BENCH=1');
}

async function timeFloor(worker: Worker, server: SyncServer, count: number): Promise<number> {
  const floor = await worker.evaluate(([url, name, password]) => (globalThis as BenchGlobal).__glossBench.floor(url, name, password), [
    `${server.url}/${DATABASE}`,
    ACCOUNT.name,
    ACCOUNT.password,
  ] as const);
  if (floor.docs !== count) throw new Error(`the floor replicated ${floor.docs} documents, expected ${count}`);
  return floor.ms;
}

async function timeFirstSync(
  worker: Worker,
  server: SyncServer,
  personal: string,
  desks: string[],
  count: number,
): Promise<{ storedMs: number; passMs: number }> {
  const settings = { server: server.url, account: ACCOUNT.name, password: ACCOUNT.password, personal, desks };
  const timeoutMs = Math.max(120_000, count * 20);
  const sync = await worker.evaluate(([s, n, t]) => (globalThis as BenchGlobal).__glossBench.firstSync(s, n, t), [
    settings,
    count,
    timeoutMs,
  ] as const);
  if (sync.error) throw new Error(`first sync failed: ${sync.error}`);
  if (sync.count !== count) throw new Error(`first sync stored ${sync.count} annotations, expected ${count}`);
  return { storedMs: sync.storedMs, passMs: sync.passMs };
}

/** A saves a new annotation; ms until B's database has it (B's library page holds live sync open). */
async function timeLiveChange(a: Worker, b: Worker, seed: number): Promise<number> {
  const [annotation] = sampleAnnotations(1, seed);
  if (!annotation) throw new Error('no sample annotation');
  const arrival = b.evaluate(([id]) => (globalThis as BenchGlobal).__glossBench.waitFor(id, 120_000), [annotation.id] as const);
  const sentAt = await a.evaluate((saved) => (globalThis as BenchGlobal).__glossBench.save(saved), annotation);
  return (await arrival) - sentAt;
}

export async function runSyncScaleBench(options: SyncScaleOptions = {}): Promise<SyncScaleReport> {
  const count = options.count ?? 100_000;
  const liveRuns = options.liveRuns ?? 5;
  const progress = options.onProgress ?? (() => undefined);
  const outDir = options.outDir ?? '.output-bench';
  progress('building the extension…');
  const extensionDir = buildExtension(outDir, options.build !== false);
  const server = await startSyncServer();
  const browsers: Browser[] = [];
  try {
    for (const desk of [DATABASE, DESK]) await setupDesk(server.url, server.admin, { desk, members: [ACCOUNT.name], users: [ACCOUNT] });
    const seedStart = Date.now();
    await seedServer({ url: server.url, database: DATABASE, account: ACCOUNT, admin: server.admin }, sampleAnnotations(count, 7), (done) =>
      progress(`seeding the server: ${done.toLocaleString('en')}/${count.toLocaleString('en')}…`),
    );
    const seedMs = Date.now() - seedStart;
    const [b, a] = [
      await launchWithExtension(extensionDir, { headless: true }),
      await launchWithExtension(extensionDir, { headless: true }),
    ];
    browsers.push(b, a);
    for (const browser of browsers) await waitForHook(browser.serviceWorker);

    // The floor before and after Gloss, so a machine that gets busier or quieter meanwhile shows in both.
    const floorMs: number[] = [];
    progress('floor (PouchDB alone)…');
    floorMs.push(await timeFloor(b.serviceWorker, server, count));
    progress(`first sync of ${count.toLocaleString('en')} annotations…`);
    const first = await timeFirstSync(b.serviceWorker, server, DATABASE, [DESK], count);
    progress('floor again…');
    floorMs.push(await timeFloor(b.serviceWorker, server, count));
    await timeFirstSync(a.serviceWorker, server, DESK, [], 0);

    const library = await b.context.newPage();
    await library.goto(`chrome-extension://${b.extensionId}/library.html`);
    const liveMs: number[] = [];
    for (let run = 1; run <= liveRuns; run++) {
      progress(`live change ${run}/${liveRuns}…`);
      liveMs.push(await timeLiveChange(a.serviceWorker, b.serviceWorker, 1_000 + run));
    }
    return {
      count,
      seedMs,
      firstSyncMs: [first.storedMs],
      firstPassMs: [first.passMs],
      floorMs,
      ratio: first.storedMs / median(floorMs),
      liveMs,
    };
  } finally {
    for (const browser of browsers) await browser.close();
    await server.stop();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const perSecond = (count: number, ms: number) => `${Math.round(count / (ms / 1000)).toLocaleString('en')}/s`;

export function formatSyncScale(report: SyncScaleReport): string {
  const { count } = report;
  const row = (name: string, samples: number[], rate: boolean) => [
    name,
    seconds(median(samples)),
    samples.map(seconds).join(', '),
    rate ? perSecond(count, median(samples)) : '',
  ];
  const table = formatTable(
    ['measure', 'median', 'samples', 'annotations'],
    [
      row('first sync: fresh profile → all in Gloss', report.firstSyncMs, true),
      row('  the whole first pass (also pushes back, settles)', report.firstPassMs, true),
      row('floor: PouchDB → bare IndexedDB PouchDB (before, after)', report.floorMs, true),
      row("live: A saves → in B's database (B's library open)", report.liveMs, false),
    ],
  );
  const verdict = report.ratio <= 2 ? 'ok' : 'MISSED';
  return [
    `Sync at scale: ${count.toLocaleString('en')} annotations on npm run sync-server's server, Chromium headless`,
    '',
    table,
    '',
    `first sync / floor = ${report.ratio.toFixed(2)}× (bar ≤ 2×): ${verdict}; seeding the server took ${seconds(report.seedMs)} (not timed)`,
  ].join('\n');
}
