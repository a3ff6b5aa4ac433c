/**
 * Detection benchmark: does detectArticle say "article" on the 181 benchmark pages (recall) and "not an article"
 * on our non-article fixtures (specificity)? It runs on every page the user visits, so it is timed too.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../lib/cleaner';
import type { DetectionPage } from './fixtures';
import { median, summarizeTimes, type TimingSummary } from './stats';
import { errorMessage, parseDocument } from './systems';

export interface DetectionOutcome {
  name: string;
  url: string;
  expectArticle: boolean;
  /** null when detectArticle threw: then it counts as wrong whichever answer was expected. */
  isArticle: boolean | null;
  score: number | null;
  reasons: string[];
  error: string | null;
  ms: number;
}

export interface DetectionSetSummary {
  pages: number;
  /** Pages where the answer matched the expectation. */
  correct: number;
  /** correct / pages: recall for article sets, specificity for the non-article set. */
  rate: number;
  errors: number;
  speed: TimingSummary;
  /** The pages it got wrong, for the report. */
  misses: DetectionOutcome[];
  /** The baseline on the same pages: Readability's isProbablyReaderable, right this many times. */
  readerableCorrect: number;
}

/** Readability.js's own pre-check, the baseline for detection; a throw counts as "not readerable". */
function readerable(html: string): boolean {
  try {
    return isProbablyReaderable(parseDocument(html) as unknown as Document);
  } catch {
    return false;
  }
}

export function runDetection(
  pages: readonly DetectionPage[],
  runs: number,
  onProgress?: (message: string) => void,
): { outcomes: DetectionOutcome[]; summary: DetectionSetSummary } {
  const measured = Math.max(0, runs);
  const times: number[][] = pages.map(() => []);
  const outcomes: DetectionOutcome[] = [];
  for (let pass = 0; pass <= measured; pass++) {
    onProgress?.(pass === 0 ? 'detection: first pass' : `detection: timed run ${pass}/${measured}`);
    pages.forEach((page, i) => {
      const doc = parseDocument(page.html);
      let outcome: Pick<DetectionOutcome, 'isArticle' | 'score' | 'reasons' | 'error'>;
      const start = performance.now();
      try {
        const d = detectArticle(doc, { url: page.url || undefined });
        outcome = { isArticle: d.isArticle, score: d.score, reasons: d.reasons, error: null };
      } catch (err) {
        outcome = { isArticle: null, score: null, reasons: [], error: errorMessage(err) };
      }
      const ms = performance.now() - start;
      if (pass === 0) {
        outcomes.push({ name: page.name, url: page.url, expectArticle: page.expectArticle, ...outcome, ms: 0 });
      }
      if (pass > 0 || measured === 0) times[i]!.push(ms);
    });
  }
  outcomes.forEach((o, i) => (o.ms = median(times[i]!)));
  const misses = outcomes.filter((o) => o.isArticle !== o.expectArticle);
  return {
    outcomes,
    summary: {
      pages: outcomes.length,
      correct: outcomes.length - misses.length,
      rate: outcomes.length ? (outcomes.length - misses.length) / outcomes.length : Number.NaN,
      errors: outcomes.filter((o) => o.error !== null).length,
      speed: summarizeTimes(outcomes.map((o) => o.ms)),
      misses,
      readerableCorrect: pages.filter((p) => readerable(p.html) === p.expectArticle).length,
    },
  };
}
