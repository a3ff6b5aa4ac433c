/**
 * Extraction benchmark: every system on every page, same DOM implementation, fresh Document per call.
 * Only the extraction call is timed (gunzip and parsing happen before the clock starts).
 */
import type { BenchPage } from './dataset';
import { aggregate, bootstrapStd, type Aggregate, type AggregateStd, type PageScore, scorePage } from './metric';
import { median, summarizeTimes, type TimingSummary } from './stats';
import { errorMessage, type Extractor, parseDocument, type SystemKey } from './systems';

export interface PageResult {
  page: BenchPage;
  text: string;
  /** First line of what the extractor threw, if it did (its output then counts as empty). */
  error: string | null;
  /** Median over the measured runs. */
  ms: number;
  score: PageScore;
}

export interface SystemSummary {
  quality: Aggregate & AggregateStd & { pages: number; pagesWithOutput: number; errors: number };
  speed: TimingSummary;
}

export interface ExtractionResult {
  runs: number;
  systems: readonly Extractor[];
  results: Record<string, PageResult[]>;
  summary: Record<string, SystemSummary>;
}

export interface ExtractionOptions {
  /** Measured runs after the warm-up pass; each page's time is the median across them. 0 = a single unwarmed
   * pass whose times are reported as they are (quick quality checks). */
  runs: number;
  bootstrap?: number;
  onProgress?: (message: string) => void;
}

interface Attempt {
  text: string;
  error: string | null;
  ms: number;
}

function attempt(extractor: Extractor, page: BenchPage): Attempt {
  const doc = parseDocument(page.html);
  let text = '';
  let error: string | null = null;
  const start = performance.now();
  try {
    text = extractor.extract(doc, page.url);
  } catch (err) {
    error = errorMessage(err);
  }
  const ms = performance.now() - start;
  return { text, error, ms };
}

export function runExtraction(pages: readonly BenchPage[], systems: readonly Extractor[], options: ExtractionOptions): ExtractionResult {
  const runs = Math.max(0, options.runs);
  const first = new Map<SystemKey, Attempt[]>();
  const times = new Map<SystemKey, number[][]>();
  for (const system of systems) {
    first.set(system.key, []);
    times.set(
      system.key,
      pages.map(() => []),
    );
  }

  // Pass 0 warms the JIT and supplies the texts we score (outputs are deterministic); passes 1..runs are timed.
  for (let pass = 0; pass <= runs; pass++) {
    options.onProgress?.(pass === 0 ? 'extraction: first pass' : `extraction: timed run ${pass}/${runs}`);
    // Alternate which system goes first so neither always inherits the other's garbage to collect.
    const order = pass % 2 === 0 ? systems : [...systems].reverse();
    pages.forEach((page, i) => {
      for (const system of order) {
        const result = attempt(system, page);
        if (pass === 0) first.get(system.key)!.push(result);
        if (pass > 0 || runs === 0) times.get(system.key)![i]!.push(result.ms);
      }
    });
  }

  const results: Record<string, PageResult[]> = {};
  const summary: Record<string, SystemSummary> = {};
  for (const system of systems) {
    const attempts = first.get(system.key)!;
    const pageResults = pages.map((page, i): PageResult => {
      const { text, error } = attempts[i]!;
      return { page, text, error, ms: median(times.get(system.key)![i]!), score: scorePage(page.truth, text) };
    });
    const scores = pageResults.map((r) => r.score);
    results[system.key] = pageResults;
    summary[system.key] = {
      quality: {
        ...aggregate(scores),
        ...bootstrapStd(scores, options.bootstrap ?? 1000),
        pages: pageResults.length,
        pagesWithOutput: scores.filter((s) => s.hasOutput).length,
        errors: pageResults.filter((r) => r.error !== null).length,
      },
      speed: summarizeTimes(pageResults.map((r) => r.ms)),
    };
  }
  return { runs, systems, results, summary };
}
