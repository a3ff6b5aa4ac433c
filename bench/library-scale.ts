/**
 * The library at scale, in real Chromium: 100,000 annotations on 10,000 pages in the extension's IndexedDB,
 * then the times a user waits for: the library's first rows, search as you type, a filter change, a page's
 * annotations (`listAnnotationsByPage`), "Back up everything" (JSON-LD of the whole library) and restoring that
 * backup. Times are taken inside the page (entrypoints/library/bench-hook.ts) and reported as medians.
 */
import { formatTable } from './table';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../scripts/chromium.mjs';
import type { LibraryBenchApi } from '../entrypoints/library/bench-hook';
import { floorPaint, installFloorPages, type FloorPage } from './page-floor';
import { median, p95 } from './stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LibraryScaleOptions {
  pages?: number;
  annotations?: number;
  /** Page loads, each followed by a typed search and a filter change (default 5). */
  runs?: number;
  /** Backups and restores (each restore empties the database first; default 3). */
  transferRuns?: number;
  /** What is typed into the search box, one key at a time. */
  query?: string;
  /** Build output folder (default .output-lib); the extension is built there unless `build` is false. */
  outDir?: string;
  build?: boolean;
  onProgress?: (message: string) => void;
}

export interface ScaleMetric {
  name: string;
  /** Median and 95th percentile of the samples, in ms. */
  medianMs: number;
  p95Ms: number;
  samples: number;
  /** The median must stay under this (ms); null: no goal, shown for information. */
  goalMs: number | null;
}

export interface LibraryScaleReport {
  pages: number;
  annotations: number;
  runs: number;
  transferRuns: number;
  query: string;
  metrics: ScaleMetric[];
  /** Size of the backup file. */
  backupMb: number;
  /** JS heap of the library page with everything loaded (Chromium's performance.memory). */
  heapMb: number | null;
  /** Results of the last typed query and of the kind filter, so a broken search can't pass as a fast one. */
  searchResults: number;
  filterResults: number;
  /** Backups written from the page's loaded copy (the database matched it) out of `transferRuns`. */
  backupsFromMemory: number;
  /** Annotations added by the last restore (should equal `annotations`). */
  restoredAnnotations: number;
  seedMs: number;
  /** Medians of the floor pages (bench/page-floor.ts) and of the first rows, for the note under the table. */
  floor: { blankMs: number; databaseMs: number; firstRowsMs: number };
  /** Annotations per second put in one transaction, one record each (v2) or one record per page (v4); see bench-hook's rawPutRate. */
  putRate: { count: number; perAnnotation: number; perPage: number };
}

type BenchWindow = Window & { __glossBench: LibraryBenchApi };

function metric(name: string, samples: number[], goalMs: number | null): ScaleMetric {
  return { name, medianMs: median(samples), p95Ms: p95(samples), samples: samples.length, goalMs };
}

async function openLibrary(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/library.html?bench=1`);
  // The hook is installed once the library has loaded everything (see main.tsx).
  await page.waitForFunction(() => '__glossBench' in window, undefined, { timeout: 300_000 });
}

/** Builds the extension with the benchmarks' hooks (GLOSS_BENCH=1) into `outDir` (unless `build` is false); its folder. */
export function buildExtension(outDir: string, build = true): string {
  if (!build) return path.resolve(repoRoot, outDir, 'chrome-mv3');
  const built = spawnSync('npx', ['wxt', 'build'], {
    cwd: repoRoot,
    env: { ...process.env, GLOSS_OUT_DIR: outDir, GLOSS_BENCH: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`wxt build failed:\n${built.stdout}\n${built.stderr}`);
  return path.resolve(repoRoot, outDir, 'chrome-mv3');
}

export async function runLibraryScaleBench(options: LibraryScaleOptions = {}): Promise<LibraryScaleReport> {
  const pages = options.pages ?? 10_000;
  const annotations = options.annotations ?? 100_000;
  const runs = options.runs ?? 5;
  const transferRuns = options.transferRuns ?? 3;
  const query = options.query ?? 'garcía deficit';
  const progress = options.onProgress ?? (() => undefined);
  const outDir = options.outDir ?? '.output-lib';

  progress('building the extension…');
  const extensionDir = buildExtension(outDir, options.build !== false);
  installFloorPages(extensionDir);
  const browser = await launchWithExtension(extensionDir, { headless: true });
  try {
    // A new tab each time, as a reader opens the library; the last one (maybe with 100k annotations loaded) is
    // closed first and given a moment, so its teardown is not timed as the next page's load.
    const newTab = async (previous: Page | null): Promise<Page> => {
      if (previous) {
        await previous.close();
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      const tab = await browser.context.newPage();
      await tab.setViewportSize({ width: 1280, height: 900 });
      return tab;
    };
    let page = await newTab(null);
    await openLibrary(page, browser.extensionId);
    const putCount = Math.min(annotations, 20_000);
    progress(`raw put rate of both layouts (${putCount.toLocaleString('en')} annotations)…`);
    // Alternated, best of two each: a run right after a database was deleted can be slower (LevelDB compacting),
    // and that must not count against one layout only.
    const rates = { 'per-annotation': [] as number[], 'per-page': [] as number[] };
    for (const layout of ['per-page', 'per-annotation', 'per-page', 'per-annotation'] as const) {
      rates[layout].push(
        await page.evaluate(([n, l]) => (window as unknown as BenchWindow).__glossBench.rawPutRate(n, l), [putCount, layout] as const),
      );
    }
    const putRate = { count: putCount, perAnnotation: Math.max(...rates['per-annotation']), perPage: Math.max(...rates['per-page']) };
    progress(`seeding ${annotations.toLocaleString('en')} annotations on ${pages.toLocaleString('en')} pages…`);
    const seedStart = Date.now();
    const seeded = await page.evaluate(([p, a]) => (window as unknown as BenchWindow).__glossBench.seed(p, a), [
      pages,
      annotations,
    ] as const);
    const seedMs = Date.now() - seedStart;
    if (seeded !== annotations) throw new Error(`seeding stored ${seeded} annotations, expected ${annotations}`);

    const firstRows: number[] = [];
    const scriptStarts: number[] = [];
    const dbOpens: number[] = [];
    const previewReads: number[] = [];
    const appStarts: number[] = [];
    const firstRowsDom: number[] = [];
    const ready: number[] = [];
    const keystrokes: number[] = [];
    const filters: number[] = [];
    const floors: Record<FloorPage, number[]> = { blank: [], database: [] };
    const floorOpens: number[] = [];
    const floorReads: number[] = [];
    let heapMb: number | null = null;
    let searchResults = 0;
    let filterResults = 0;
    // The floors first: every blank page, then every database page, then every library load. Chromium keeps a
    // database's files open for about 2 s after its last connection closes; opened later, they are read from
    // disk again (~130 ms more at this size). Each database page and library load here comes 1 s after the
    // previous one closed, as when the background has the database open (a reader opening the library from
    // the popup); one unmeasured database page warms it after the blank ones.
    const floorPasses = [
      { floor: 'blank', count: runs, measured: true },
      { floor: 'database', count: 1, measured: false },
      { floor: 'database', count: runs, measured: true },
    ] as const;
    for (const { floor, count, measured } of floorPasses) {
      for (let run = 1; run <= count; run++) {
        progress(`floor page (${floor}) ${run}/${count}…`);
        page = await newTab(page);
        const times = await floorPaint(page, browser.extensionId, floor);
        if (!measured) continue;
        floors[floor].push(times.painted);
        if (times.open !== null) floorOpens.push(times.open);
        if (times.read !== null) floorReads.push(times.read);
      }
    }
    for (let run = 1; run <= runs; run++) {
      progress(`library run ${run}/${runs}…`);
      page = await newTab(page);
      await openLibrary(page, browser.extensionId);
      const load = await page.evaluate(() => (window as unknown as BenchWindow).__glossBench.loadTimes());
      firstRows.push(load.firstRows);
      scriptStarts.push(load.scriptStart);
      dbOpens.push(load.dbOpen);
      previewReads.push(load.previewRead);
      appStarts.push(load.appStart);
      firstRowsDom.push(load.firstRowsDom);
      ready.push(load.ready);
      heapMb = load.heapMb;
      const typed = await page.evaluate((q) => (window as unknown as BenchWindow).__glossBench.typeSearch(q), query);
      keystrokes.push(...typed.times);
      searchResults = typed.shown;
      const kind = await page.evaluate(() => (window as unknown as BenchWindow).__glossBench.setKind('claim'));
      const back = await page.evaluate(() => (window as unknown as BenchWindow).__glossBench.setKind(''));
      filters.push(kind.ms, back.ms);
      filterResults = kind.shown;
    }

    // Cold: opened when nothing has had the database open for 3 s, so Chromium reads its files from disk again (a
    // reader opening the library from a bookmark while the background sleeps). Shown for information.
    const coldFirstRows: number[] = [];
    for (let run = 1; run <= Math.min(3, runs); run++) {
      progress(`library run, database closed, ${run}/${Math.min(3, runs)}…`);
      await page.close();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      page = await newTab(null);
      await openLibrary(page, browser.extensionId);
      coldFirstRows.push((await page.evaluate(() => (window as unknown as BenchWindow).__glossBench.loadTimes())).firstRows);
    }

    progress('page lookups…');
    const lookups = await page.evaluate(async () => {
      const api = (window as unknown as BenchWindow).__glossBench;
      return api.pageLookups(await api.pageUrls(200));
    });
    if (lookups.found === 0) throw new Error('page lookups found no annotations');

    const backups: number[] = [];
    const backupReads: number[] = [];
    const backupWrites: number[] = [];
    const restores: number[] = [];
    const parses: number[] = [];
    let backupMb = 0;
    let backupsFromMemory = 0;
    let restoredAnnotations = 0;
    for (let run = 1; run <= transferRuns; run++) {
      progress(`backup and restore ${run}/${transferRuns}…`);
      const backup = await page.evaluate(() => (window as unknown as BenchWindow).__glossBench.backup());
      backups.push(backup.ms);
      backupReads.push(backup.readMs);
      backupWrites.push(backup.serializeMs);
      backupMb = backup.bytes / 1024 / 1024;
      if (backup.fromMemory) backupsFromMemory++;
      const restore = await page.evaluate(() => (window as unknown as BenchWindow).__glossBench.restoreLastBackup('fresh'));
      if (restore.error) throw new Error(`restoring the backup failed: ${restore.error}`);
      restores.push(restore.ms);
      parses.push(restore.parseMs);
      restoredAnnotations = restore.added;
    }

    // Once more into Gloss's own database emptied just before: not the fresh profile the goal is about, but what
    // a reader who deletes everything and restores at once waits for (IndexedDB is still sweeping the deletes).
    progress('restore into the emptied database…');
    const intoCleared = await page.evaluate(() => (window as unknown as BenchWindow).__glossBench.restoreLastBackup('cleared'));
    if (intoCleared.error) throw new Error(`restoring the backup failed: ${intoCleared.error}`);

    return {
      pages,
      annotations,
      runs,
      transferRuns,
      query,
      metrics: [
        metric('first rows on screen (navigation → rows painted)', firstRows, 100),
        metric('  script running (navigation → library-start.js)', scriptStarts, null),
        metric('  database open (navigation → open)', dbOpens, null),
        metric('  newest rows read (navigation → read)', previewReads, null),
        metric('  app running (navigation → main.tsx)', appStarts, null),
        metric('  rows in the DOM (navigation → rendered)', firstRowsDom, null),
        metric('first rows, the database closed for 3 s before (cold)', coldFirstRows, null),
        metric('floor: a blank extension page (navigation → 16 lines painted)', floors.blank, null),
        metric('floor: the same after one read from the database', floors.database, null),
        metric('  database open (navigation → open)', floorOpens, null),
        metric('  one record read (navigation → read)', floorReads, null),
        metric('everything loaded and searchable', ready, null),
        metric('search as you type (key → results)', keystrokes, 100),
        metric('filter change (kind → results)', filters, 100),
        metric('page lookup (listAnnotationsByPage)', lookups.times, 5),
        metric('back up everything (JSON-LD)', backups, 3_000),
        metric('  of which checking / reading the stores', backupReads, null),
        metric('  of which writing the JSON (chunks + Blob)', backupWrites, null),
        metric('restore that backup into a fresh profile (parse + import)', restores, 10_000),
        metric('  of which reading the file (parseImport)', parses, null),
        metric('restore it into the emptied database instead', [intoCleared.ms], null),
      ],
      backupMb,
      backupsFromMemory,
      heapMb,
      searchResults,
      filterResults,
      restoredAnnotations,
      seedMs,
      putRate,
      floor: { blankMs: median(floors.blank), databaseMs: median(floors.database), firstRowsMs: median(firstRows) },
    };
  } finally {
    await browser.close();
  }
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);

const rate = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en')}/s`;

export function formatLibraryScale(report: LibraryScaleReport): string {
  const header = `Library at scale: ${report.annotations.toLocaleString('en')} annotations on ${report.pages.toLocaleString('en')} pages, Chromium headless (${report.runs} page loads, ${report.transferRuns} backup/restore runs)`;
  const rows = report.metrics.map((m) => {
    const verdict = m.goalMs === null ? '' : m.medianMs < m.goalMs ? 'ok' : 'MISSED';
    return [m.name, fmt(m.medianMs), fmt(m.p95Ms), String(m.samples), m.goalMs === null ? '—' : `< ${fmt(m.goalMs)}`, verdict];
  });
  const table = formatTable(['measure', 'median', 'p95', 'n', 'goal', ''], rows);
  const { blankMs, databaseMs, firstRowsMs } = report.floor;
  const notes = [
    `first rows ${fmt(firstRowsMs)}: a blank extension page paints at ${fmt(blankMs)} in this browser, one database read at ${fmt(databaseMs)}; the library's own share is ${fmt(firstRowsMs - databaseMs)}`,
    `search "${report.query}": ${report.searchResults.toLocaleString('en')} results; kind=claim: ${report.filterResults.toLocaleString('en')} results`,
    `backup file ${report.backupMb.toFixed(1)} MB (${report.backupsFromMemory}/${report.transferRuns} from the page's loaded copy, the rest read from the stores); restore added ${report.restoredAnnotations.toLocaleString('en')} annotations; page heap ${report.heapMb === null ? 'n/a' : `${report.heapMb.toFixed(0)} MB`}; seeding took ${fmt(report.seedMs)}`,
    `writing ${report.putRate.count.toLocaleString('en')} annotations in one transaction: ${rate(report.putRate.perAnnotation)} as one record each (the v2 layout), ${rate(report.putRate.perPage)} as one record per page (v4)`,
  ];
  return [header, '', table, '', ...notes].join('\n');
}
