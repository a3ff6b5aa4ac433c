/** Command-line flags of `npm run bench -- …`. */
import { parseArgs } from 'node:util';

export interface BenchArgs {
  dataset: string | null;
  runs: number;
  only: string | null;
  worst: number;
  dump: string | null;
  json: boolean;
  skipDetection: boolean;
  /** Which benchmarks run (default: all of them). */
  suites: Set<Suite>;
  /** Annotations on the server for the sync benchmark (default 100,000). */
  syncCount: number;
  help: boolean;
}

export const SUITES = ['extraction', 'detection', 'anchoring', 'quotes', 'scale', 'conformance', 'sync', 'pagecost'] as const;
export type Suite = (typeof SUITES)[number];

export const USAGE = `Usage: npm run bench -- [flags]

  --dataset <dir>   article-extraction-benchmark folder (default ../shared/datasets/article-extraction-benchmark)
  --runs <n>        timed runs per page after one warm-up pass; a page's time is their median (default 3);
                    0 = one unwarmed pass only (fast, for checking quality)
  --only <prefix>   only the benchmark pages whose id starts with <prefix>
  --worst <n>       list the n worst Gloss pages by F1, with what was missed and what was added
  --dump <id>       print Gloss's text and the ground truth of one page (id or unique prefix), block by block
  --no-detection    skip the detection benchmark
  --suites <list>   comma-separated benchmarks to run (default: all): ${SUITES.join(',')}
                    (scale = the library with 100,000 annotations in headless Chromium; takes minutes;
                    conformance = the W3C Web Annotation MUST assertions on a varied export;
                    sync = first sync of 100,000 annotations and a live change between two profiles, beside
                    PouchDB's bare replication, in headless Chromium; takes minutes;
                    pagecost = main-thread time and heap Gloss adds to non-article pages, beside no extension,
                    in headless Chromium)
  --sync-count <n>  annotations on the server for the sync benchmark (default 100000; e.g. 2000 for a quick run)
  --json            print a machine-readable summary instead of tables (run it as 'npm run -s bench -- --json'
                    so npm's banner stays out of stdout)
  --help            this text`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} wants a whole number, got "${value}"`);
  return n;
}

function atLeastOne(name: string, value: string | undefined, fallback: number): number {
  const n = positiveInt(name, value, fallback);
  if (n === 0) throw new Error(`--${name} wants at least 1`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      dataset: { type: 'string' },
      runs: { type: 'string' },
      only: { type: 'string' },
      worst: { type: 'string' },
      dump: { type: 'string' },
      json: { type: 'boolean', default: false },
      'no-detection': { type: 'boolean', default: false },
      suites: { type: 'string' },
      'sync-count': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    dataset: values.dataset ?? null,
    runs: positiveInt('runs', values.runs, 3),
    only: values.only ?? null,
    worst: positiveInt('worst', values.worst, 0),
    dump: values.dump ?? null,
    json: values.json ?? false,
    skipDetection: values['no-detection'] ?? false,
    suites: parseSuites(values.suites, values['no-detection'] ?? false),
    syncCount: atLeastOne('sync-count', values['sync-count'], 100_000),
    help: values.help ?? false,
  };
}

function parseSuites(list: string | undefined, skipDetection: boolean): Set<Suite> {
  const names =
    list === undefined
      ? [...SUITES]
      : list
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  for (const name of names) {
    if (!(SUITES as readonly string[]).includes(name))
      throw new Error(`--suites: unknown benchmark "${name}" (known: ${SUITES.join(', ')})`);
  }
  const suites = new Set(names as Suite[]);
  if (skipDetection) suites.delete('detection');
  return suites;
}
