/**
 * The article-body metric of scrapinghub/article-extraction-benchmark (`evaluate.py`), ported faithfully so our
 * numbers can be read against the published table:
 *
 * - tokens are Python `re.findall(r'\w+', text, re.UNICODE)`; Python's `\w` is exactly "letter, number or `_`"
 *   (str.isalnum() or underscore). It does NOT include combining marks, so "हिन्दी" splits into three tokens,
 *   and tokens are compared case-sensitively (IGNORECASE only affects matching, not the tokens returned);
 * - shingles are runs of 4 consecutive tokens, counted as a multiset (`Counter`); a text of 1–3 tokens gives one
 *   shingle of what it has, an empty text gives none;
 * - per page tp/fp/fn come from the multiset intersection/differences, normalised by their sum so every page
 *   weighs the same;
 * - precision is averaged over pages with output (tp + fp > 0), recall over pages with a non-empty truth
 *   (tp + fn > 0, i.e. all of them: an empty output scores recall 0), F1 is the harmonic mean of the averages;
 * - accuracy is the share of pages whose token list equals the truth's exactly;
 * - "± std" is the standard deviation of each metric over bootstrap resamples of the pages.
 */

/** Python `\w+` under re.UNICODE (see above; `\p{M}` deliberately excluded). */
import { seededRandom } from '../lib/seeded-random';

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;
/** Tokens never contain a space, so a space-joined key is as unambiguous as Python's tuple. */
const SEP = ' ';

export function tokenize(text: string | null | undefined): string[] {
  return text ? (text.match(TOKEN_RE) ?? []) : [];
}

/** Multiset of shingles of `tokens` (evaluate.py `_all_shingles`). */
export function shingleCounts(tokens: readonly string[], n = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join(SEP);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised so tp + fp + fn = 1, unless all are 0 (both texts empty). */
export interface Match {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(truth: string, pred: string, n = SHINGLE_SIZE): Match {
  const t = shingleCounts(tokenize(truth), n);
  const p = shingleCounts(tokenize(pred), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precisionScore({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** F1 of one pair of numbers; 0 when both are 0 (evaluate.py would divide by zero). */
export function harmonic(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Exact-match "accuracy" of evaluate.py: same token list. */
export function exactMatch(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((tok, i) => tok === b[i]);
}

export interface PageScore {
  match: Match;
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
  /** The system produced some text (tp + fp > 0). */
  hasOutput: boolean;
}

export function scorePage(truth: string, pred: string): PageScore {
  const match = shingleMatch(truth, pred);
  const precision = precisionScore(match);
  const recall = recallScore(match);
  return {
    match,
    precision,
    recall,
    f1: harmonic(precision, recall),
    exact: exactMatch(truth, pred),
    hasOutput: match.tp + match.fp > 0,
  };
}

export interface Aggregate {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** evaluate.py `metrics_from_tp_fp_fns` plus accuracy. */
export function aggregate(pages: readonly PageScore[]): Aggregate {
  const precision = mean(pages.filter((p) => p.match.tp + p.match.fp > 0).map((p) => p.precision));
  const recall = mean(pages.filter((p) => p.match.tp + p.match.fn > 0).map((p) => p.recall));
  return {
    f1: harmonic(precision, recall),
    precision,
    recall,
    accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))),
  };
}

export type AggregateStd = { [K in keyof Aggregate as `${K}Std`]: number };

function sampleStdev(xs: number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

/** Standard deviation of each metric over `n` bootstrap resamples of the pages (evaluate.py default n = 1000). */
export function bootstrapStd(pages: readonly PageScore[], n = 1000, seed = 1): AggregateStd {
  const random = seededRandom(seed); // seeded so two runs print the same "±"
  const samples: Record<keyof Aggregate, number[]> = { f1: [], precision: [], recall: [], accuracy: [] };
  if (pages.length === 0) return { f1Std: 0, precisionStd: 0, recallStd: 0, accuracyStd: 0 };
  for (let b = 0; b < n; b++) {
    const resample = Array.from({ length: pages.length }, () => pages[Math.floor(random() * pages.length)]!);
    const agg = aggregate(resample);
    for (const key of Object.keys(samples) as (keyof Aggregate)[]) samples[key].push(agg[key]);
  }
  return {
    f1Std: sampleStdev(samples.f1),
    precisionStd: sampleStdev(samples.precision),
    recallStd: sampleStdev(samples.recall),
    accuracyStd: sampleStdev(samples.accuracy),
  };
}
