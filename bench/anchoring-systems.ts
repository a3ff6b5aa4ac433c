/**
 * The anchoring systems compared: Gloss (lib/anchoring), an exact-match-with-context baseline, and a
 * Hypothesis-style matcher (exact, else the best approximate match scored on quote, context and position,
 * with no threshold) written here from its published description, as the reference for the orphan problem.
 */
import search from 'approx-string-match';
import { anchorText, describeText } from '../lib/anchoring';
import type { Selector, TextQuoteSelector } from '../lib/model/annotation';

export type AnchorSystemKey = 'gloss' | 'exact' | 'hypothesisStyle';

export interface AnchorSystem {
  key: AnchorSystemKey;
  label: string;
  describe(text: string, start: number, end: number): Selector[];
  anchor(text: string, selectors: Selector[]): { start: number; end: number } | null;
}

const CONTEXT = 32;

/** Raw quote, 32 raw characters each side, raw position: what a plain implementation stores. */
function describeRaw(text: string, start: number, end: number): Selector[] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

const quoteOf = (selectors: Selector[]): TextQuoteSelector | undefined =>
  selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
const positionOf = (selectors: Selector[]): number => selectors.find((s) => s.type === 'TextPositionSelector')?.start ?? 0;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Every exact occurrence of the quote; the one whose neighbours agree longest with prefix and suffix wins. */
function anchorExact(text: string, selectors: Selector[]): { start: number; end: number } | null {
  const q = quoteOf(selectors);
  if (!q || !q.exact) return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (let at = text.indexOf(q.exact); at !== -1; at = text.indexOf(q.exact, at + 1)) {
    const end = at + q.exact.length;
    const score =
      commonSuffix(text.slice(Math.max(0, at - q.prefix.length), at), q.prefix) +
      commonPrefix(text.slice(end, end + q.suffix.length), q.suffix);
    if (!best || score > best.score) best = { start: at, end, score };
  }
  return best && { start: best.start, end: best.end };
}

/** Hypothesis-style: approximate matches with up to half the quote in errors, weighted score, no threshold. */
function anchorHypothesisStyle(text: string, selectors: Selector[]): { start: number; end: number } | null {
  const q = quoteOf(selectors);
  if (!q || !q.exact) return null;
  const hint = positionOf(selectors);
  const exactAt = text.indexOf(q.exact, 0);
  const matches =
    exactAt !== -1 && text.indexOf(q.exact, exactAt + 1) === -1
      ? [{ start: exactAt, end: exactAt + q.exact.length, errors: 0 }]
      : search(text, q.exact, Math.min(256, Math.floor(q.exact.length / 2)));
  const similarity = (pattern: string, window: string): number => {
    if (!pattern || !window) return 0;
    const found = search(window, pattern, pattern.length);
    return found.length ? 1 - found[0]!.errors / pattern.length : 0;
  };
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / q.exact.length;
    const prefixScore = similarity(q.prefix, text.slice(Math.max(0, m.start - q.prefix.length), m.start));
    const suffixScore = similarity(q.suffix, text.slice(m.end, m.end + q.suffix.length));
    const posScore = 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && { start: best.start, end: best.end };
}

export const ANCHOR_SYSTEMS: readonly AnchorSystem[] = [
  { key: 'gloss', label: 'Gloss', describe: describeText, anchor: anchorText },
  { key: 'exact', label: 'exact+context', describe: describeRaw, anchor: anchorExact },
  { key: 'hypothesisStyle', label: 'Hypothesis-style', describe: describeRaw, anchor: anchorHypothesisStyle },
];
