/**
 * `npm run bench`: Gloss's cleaner against Readability.js on scrapinghub's article-extraction-benchmark, plus
 * article detection on the benchmark and on our fixtures. See `npm run bench -- --help` for the flags.
 *
 * Layout: each benchmark is a sibling module that returns plain data (extraction.ts, detection.ts); report.ts and
 * debug.ts turn data into text. A later benchmark (anchoring, quotes) adds its own module and one step in main().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, USAGE, type BenchArgs } from './args';
import { datasetExists, defaultDatasetDir, loadBenchPages, type BenchPage } from './dataset';
import { formatDump, formatWorst, worstPages } from './debug';
import { runDetection } from './detection';
import { runExtraction } from './extraction';
import { loadArticleFixturePages, loadDetectionFolder, loadNonArticlePages, type DetectionPage } from './fixtures';
import { type BenchReport, type DetectionReport, formatDetection, formatExtraction, toJson } from './report';
import { EXTRACTORS } from './systems';
import { loadBaselineFinder } from './baseline-quotes';
import { formatQuotes, runQuotesBench } from './quotes';
import { formatAnchoring, runAnchoringBench } from './anchoring';
import { formatLibraryScale, runLibraryScaleBench } from './library-scale';
import { existsSync } from 'node:fs';
import { formatConformanceBench, runConformanceBench } from './conformance';
import { formatSyncScale, runSyncScaleBench } from './sync-scale';
import { formatPageCost, runPageCostBench } from './page-cost';
import { ANCHORING_HOSTILE, CLEANER_HOSTILE, formatHostile, IMPORT_HOSTILE, timeHostile } from './hostile';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Progress goes to stderr and only to a terminal, so piped output and --json stay clean.
const progress = (message: string): void => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${message}`);
};
const progressDone = (): void => {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
};

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** The one page `--dump <id>` names: an exact id or a prefix matching a single id. */
function resolveDumpId(dir: string, wanted: string): BenchPage {
  const candidates = loadBenchPages(dir, wanted);
  const exact = candidates.find((p) => p.id === wanted);
  if (exact) return exact;
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) fail(`--dump: no benchmark page id starts with "${wanted}"`);
  return fail(`--dump: "${wanted}" matches ${candidates.length} pages: ${candidates.map((p) => p.id.slice(0, 12)).join(', ')}`);
}

function runDetectionSet(pages: DetectionPage[] | null, runs: number, label: string): DetectionReport['benchmark'] {
  if (!pages) return null;
  return runDetection(pages, runs, (m) => progress(`${label} ${m}`)).summary;
}

/** Extraction and detection on the benchmark pages: text sections and the JSON summary. */
function runExtractionSuites(args: BenchArgs, dataset: string): { text: string[]; json: object } | null {
  if (!datasetExists(dataset)) {
    return { text: [`benchmark dataset not found at ${dataset}; skipping extraction and detection`], json: { skipped: true } };
  }
  progress('loading pages…');
  const pages = loadBenchPages(dataset, args.only ?? undefined);
  if (pages.length === 0) fail(`--only: no benchmark page id starts with "${args.only}"`);

  const withExtraction = args.suites.has('extraction');
  const withDetection = args.suites.has('detection');
  const extraction = runExtraction(withExtraction ? pages : [], EXTRACTORS, { runs: args.runs, onProgress: progress });
  const detection: DetectionReport = { benchmark: null, nonArticles: null, articleFixtures: null };
  if (withDetection) {
    const benchAsDetection = pages.map((p): DetectionPage => ({ name: p.id, url: p.url, html: p.html, expectArticle: true }));
    detection.benchmark = runDetectionSet(benchAsDetection, args.runs, 'benchmark');
    detection.nonArticles = runDetectionSet(loadNonArticlePages(repoRoot), args.runs, 'non-articles');
    detection.articleFixtures = runDetectionSet(loadArticleFixturePages(repoRoot), args.runs, 'article fixtures');
    detection.nonArticles2 = runDetectionSet(loadDetectionFolder(repoRoot, 'non-articles-2', false), args.runs, 'non-articles 2');
    detection.articles2 = runDetectionSet(loadDetectionFolder(repoRoot, 'articles-2', true), args.runs, 'short and CJK articles');
    detection.nonArticles3 = runDetectionSet(loadDetectionFolder(repoRoot, 'non-articles-3', false), args.runs, 'non-articles 3');
    detection.articles3 = runDetectionSet(loadDetectionFolder(repoRoot, 'articles-3', true), args.runs, 'short and CJK articles 3');
    detection.nonArticles4 = runDetectionSet(loadDetectionFolder(repoRoot, 'non-articles-4', false), args.runs, 'non-articles 4');
    detection.articles4 = runDetectionSet(loadDetectionFolder(repoRoot, 'articles-4', true), args.runs, 'hard articles 4');
  }
  progressDone();

  const report: BenchReport = {
    dataset: path.relative(repoRoot, dataset) || dataset,
    pages: pages.length,
    extraction,
    detection,
    worst: args.worst > 0 ? worstPages(extraction, args.worst) : null,
  };
  const text: string[] = [];
  const json: Record<string, unknown> = {};
  if (withExtraction) {
    const hostile = timeHostile([...CLEANER_HOSTILE, ...IMPORT_HOSTILE]);
    text.push(
      formatExtraction(extraction, report.dataset),
      formatHostile('Hostile pages and import files (cleaner: detection and cleaning)', hostile),
    );
    Object.assign(json, { hostileCleaner: hostile });
  }
  const errors = (extraction.results.gloss ?? []).filter((r) => r.error);
  if (errors.length) {
    text.push(
      [
        `cleanArticle threw on ${errors.length} page(s) (scored as empty output):`,
        ...errors.slice(0, 10).map((r) => `  ${r.page.id.slice(0, 10)}  ${r.error}`),
        ...(errors.length > 10 ? [`  … and ${errors.length - 10} more (see --json)`] : []),
      ].join('\n'),
    );
  }
  if (withDetection) text.push(formatDetection(detection));
  if (report.worst) text.push(formatWorst(report.worst, pages.length));
  return { text, json: { ...toJson(report), ...json } };
}

async function main(args: BenchArgs): Promise<void> {
  const dataset = args.dataset ? path.resolve(args.dataset) : defaultDatasetDir(repoRoot);
  if (args.dump) {
    if (!datasetExists(dataset)) fail(`benchmark dataset not found at ${dataset}`);
    const page = resolveDumpId(dataset, args.dump);
    const extraction = runExtraction([page], EXTRACTORS, { runs: 0, bootstrap: 0 });
    console.log(formatDump(extraction, page.id));
    return;
  }

  // Each benchmark is its own module returning plain data; this only sequences them and prints.
  const sections: string[] = [];
  const json: Record<string, unknown> = {};
  if (args.suites.has('extraction') || args.suites.has('detection')) {
    const result = runExtractionSuites(args, dataset);
    if (result) {
      sections.push(...result.text);
      Object.assign(json, result.json);
    }
  }
  if (args.suites.has('anchoring')) {
    if (datasetExists(dataset)) {
      progress('anchoring…');
      const anchoring = runAnchoringBench({ datasetDir: dataset });
      const hostile = timeHostile(ANCHORING_HOSTILE);
      progressDone();
      sections.push(formatAnchoring(anchoring), formatHostile('Hostile pages (anchoring, one call each)', hostile));
      json.anchoring = { ...anchoring, hostile };
    } else {
      sections.push(`benchmark dataset not found at ${dataset}; skipping anchoring`);
    }
  }
  if (args.suites.has('quotes')) {
    progress('quotes and claims…');
    const baseline = await loadBaselineFinder(repoRoot);
    const quotes = runQuotesBench({
      baseline: 'find' in baseline ? baseline.find : null,
      fixturesDir: path.join(repoRoot, 'tests/fixtures/attributions'),
      seedPath: path.resolve(repoRoot, '../shared/fixtures/sputnik-2014-us-iran/expected.json'),
    });
    progressDone();
    sections.push(formatQuotes(quotes), ...('error' in baseline ? [baseline.error] : []));
    json.quotes = quotes;
  }

  // The suites that drive real Chromium, in the same shape: each adds its section and its JSON.
  const browserSuite = async <T>(name: string, key: string, run: () => Promise<T>, format: (report: T) => string) => {
    if (!existsSync('/usr/bin/chromium')) {
      sections.push(`${name}: /usr/bin/chromium not found (apt-get install -y chromium); skipping`);
      return;
    }
    // A browser that fails to start must not throw away the tables measured before it.
    try {
      const report = await run();
      sections.push(format(report));
      json[key] = report;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      sections.push(`${name} benchmark failed: ${reason}`);
      json[key] = { failed: reason };
    }
    progressDone();
  };
  if (args.suites.has('scale'))
    await browserSuite(
      'library scale',
      'scale',
      () => runLibraryScaleBench({ outDir: '.output-bench', onProgress: progress }),
      formatLibraryScale,
    );
  if (args.suites.has('sync'))
    await browserSuite(
      'sync scale',
      'sync',
      () => runSyncScaleBench({ count: args.syncCount, outDir: '.output-bench', onProgress: progress }),
      formatSyncScale,
    );
  if (args.suites.has('pagecost'))
    await browserSuite('page cost', 'pageCost', () => runPageCostBench({ repoRoot, onProgress: progress }), formatPageCost);

  if (args.suites.has('conformance')) {
    const conformance = runConformanceBench();
    sections.push(formatConformanceBench(conformance));
    json.conformance = { held: conformance.checked - conformance.failed.length, checked: conformance.checked, failed: conformance.failed };
  }

  if (args.json) console.log(JSON.stringify(json, null, 2));
  else console.log(sections.join('\n\n'));
}

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (err) {
  fail(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`, 2);
}
if (args.help) console.log(USAGE);
else {
  main(args).catch((error: unknown) => fail(`bench failed: ${error instanceof Error ? error.message : String(error)}`));
}
