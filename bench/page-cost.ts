/**
 * What Gloss costs a page it has nothing to do on (issue 13): real Chromium opens news sites' non-article pages
 * (tests/fixtures/non-articles-2, -3 and -4) with the product build of the extension and without any extension, in
 * the same run, and compares the page's main-thread time (DevTools `Performance.getMetrics` TaskDuration: every
 * task on the page's renderer thread, content scripts included) and its JS heap. With Gloss, a page is measured
 * once the always-on script has reported it (it has then detected, asked whether the page has annotations, and
 * decided); without, once it has loaded and gone idle. Goal: ≤ 2 ms added at the median.
 * `GLOSS_PAGECOST_BEFORE=<built extension dir>` measures another build beside (for before/after figures).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import {
  blockExternalRequests,
  CHROMIUM_PATH,
  HOST_RESOLVER_RULE,
  launchWithExtension,
  tabIdFor,
  waitForPageStatus,
} from '../scripts/chromium.mjs';
import { median } from './stats';
import { formatTable } from './table';

const FOLDERS = ['non-articles-2', 'non-articles-3', 'non-articles-4'];

export interface PageCostOptions {
  repoRoot: string;
  /** Pages measured (every n-th of the fixtures, default 36) and loads of each (default 3). */
  pages?: number;
  runs?: number;
  onProgress?: (message: string) => void;
}

interface Sample {
  taskMs: number;
  heapMb: number;
}

export interface PageCostRow {
  browser: string;
  pages: number;
  /** Medians over pages of each page's median. */
  taskMs: number;
  heapMb: number;
  /** Median over pages of (this − no extension). */
  addedTaskMs: number | null;
  addedHeapMb: number | null;
}

function servePages(repoRoot: string, limit: number): Promise<{ server: Server; urls: string[] }> {
  const all = FOLDERS.flatMap((folder) => {
    const dir = path.join(repoRoot, 'tests/fixtures', folder);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => path.join(dir, name));
  });
  const step = Math.max(1, Math.floor(all.length / limit));
  const chosen = all.filter((_, i) => i % step === 0).slice(0, limit);
  const server = createServer((req, res) => {
    const index = Number(new URL(req.url ?? '/', 'http://x').pathname.split('/')[2]);
    const file = chosen[index];
    res.writeHead(file ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(file ? readFileSync(file) : 'Not found');
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({ server, urls: chosen.map((_, i) => `http://news.example:${port}/page/${i}/`) });
    }),
  );
}

async function measure(context: BrowserContext, url: string, worker: Worker | null): Promise<Sample> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    if (worker) await waitForPageStatus(worker, await tabIdFor(worker, url));
    await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 1_000 })));
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { taskMs: metric('TaskDuration') * 1000, heapMb: metric('JSHeapUsedSize') / 1e6 };
  } finally {
    await page.close();
  }
}

async function measureAll(context: BrowserContext, urls: string[], runs: number, worker: Worker | null): Promise<Sample[]> {
  const perPage: Sample[] = [];
  for (const url of urls) {
    await measure(context, url, worker); // warm-up: the first load of a page pays for its own caches
    const samples: Sample[] = [];
    for (let run = 0; run < runs; run++) samples.push(await measure(context, url, worker));
    perPage.push({ taskMs: median(samples.map((s) => s.taskMs)), heapMb: median(samples.map((s) => s.heapMb)) });
  }
  return perPage;
}

async function launchBare(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', HOST_RESOLVER_RULE],
  });
  const context = await browser.newContext();
  return { context, close: () => browser.close() };
}

export async function runPageCostBench(options: PageCostOptions): Promise<PageCostRow[]> {
  const { repoRoot, pages = 36, runs = 3, onProgress = () => {} } = options;
  const outDir = '.output-pagecost';
  onProgress('page cost: building the product extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, GLOSS_OUT_DIR: outDir } });
  const builds: [string, string][] = [['Gloss', path.join(repoRoot, outDir, 'chrome-mv3')]];
  if (process.env.GLOSS_PAGECOST_BEFORE) builds.push(['Gloss (GLOSS_PAGECOST_BEFORE)', path.resolve(process.env.GLOSS_PAGECOST_BEFORE)]);
  const { server, urls } = await servePages(repoRoot, pages);
  try {
    onProgress('page cost: no extension…');
    const bare = await launchBare();
    await blockExternalRequests(bare.context);
    const without = await measureAll(bare.context, urls, runs, null).finally(() => bare.close());
    const rows: PageCostRow[] = [summarize('no extension', without, null)];
    for (const [label, dir] of builds) {
      onProgress(`page cost: ${label}…`);
      const gloss = await launchWithExtension(dir);
      await blockExternalRequests(gloss.context);
      const samples = await measureAll(gloss.context, urls, runs, gloss.serviceWorker).finally(() => gloss.close());
      rows.push(summarize(label, samples, without));
    }
    return rows;
  } finally {
    server.close();
  }
}

function summarize(label: string, samples: Sample[], without: Sample[] | null): PageCostRow {
  const added = (pick: (s: Sample) => number) => (without ? median(samples.map((s, i) => pick(s) - pick(without[i]!))) : null);
  return {
    browser: label,
    pages: samples.length,
    taskMs: median(samples.map((s) => s.taskMs)),
    heapMb: median(samples.map((s) => s.heapMb)),
    addedTaskMs: added((s) => s.taskMs),
    addedHeapMb: added((s) => s.heapMb),
  };
}

export function formatPageCost(rows: PageCostRow[]): string {
  const fixed = (x: number | null, digits: number) => (x === null ? '–' : x.toFixed(digits));
  return [
    'What Gloss adds to non-article pages (real Chromium; page main-thread TaskDuration and JS heap, medians; goal: ≤ 2 ms added)',
    '',
    formatTable(
      ['browser', 'pages', 'main thread ms', 'added ms', 'JS heap MB', 'added MB'],
      rows.map((r) => [
        r.browser,
        String(r.pages),
        fixed(r.taskMs, 1),
        fixed(r.addedTaskMs, 2),
        fixed(r.heapMb, 2),
        fixed(r.addedHeapMb, 2),
      ]),
    ),
  ].join('\n');
}
