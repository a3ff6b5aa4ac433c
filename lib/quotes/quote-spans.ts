/**
 * Quoted stretches of an article: pairs of quote marks found by a linear scan per paragraph, with nesting
 * (inner marks are skipped inside an outer quote) and quotes that run over several paragraphs (the opening mark
 * repeats at each paragraph start, the closing mark only comes at the end).
 */
import type { LanguageTable } from './lang/types';

export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark; the content starts at open + 1. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when the quote runs on into the next paragraph. */
  close: number;
  /** Content offsets (whitespace-trimmed, marks excluded). */
  start: number;
  end: number;
  /** Spans of one multi-paragraph quote share a chain id; a one-paragraph quote has its own. */
  chain: number;
}

const SINGLE_MARKS = new Set(["'", '‘', '’', '‚', '›', '‹']);
const OPEN_LEFT = /[\s([{\u2014\u2013\-/:;,"“”„«»‘’'‚›‹]/u;
const CLOSE_RIGHT = /[\s)\]}.,;:!?\u2014\u2013\-"“”„«»‘’'‚›‹]/u;
const LETTER = /[\p{L}\p{N}]/u;

function canOpen(text: string, i: number, mark: string): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1];
  if (after === undefined || /\s/.test(after)) return false;
  if (!OPEN_LEFT.test(before)) return false;
  // An apostrophe-like mark opens only before a letter or digit ("'We", not "'90s" — close enough).
  return !SINGLE_MARKS.has(mark) || LETTER.test(after);
}

function canClose(text: string, i: number, mark: string): boolean {
  const before = text[i - 1];
  const after = i + 1 < text.length ? text[i + 1]! : ' ';
  if (before === undefined || /\s/.test(before)) return false;
  if (!CLOSE_RIGHT.test(after)) return false;
  if (!SINGLE_MARKS.has(mark)) return true;
  // "farmers' union": a plural possessive, not a closing quote, when a lower-case word follows.
  if (before === 's' && after === ' ' && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  return true;
}

/** Index of the mark closing an opener at `from`, honouring nesting for asymmetric pairs; -1 when none. */
function findClose(text: string, from: number, open: string, close: string): number {
  let depth = 0;
  let scanned = from;
  for (let j = text.indexOf(close, from + 1); j >= 0; j = text.indexOf(close, j + 1)) {
    if (open !== close) depth += countOpeners(text, scanned, j, open);
    scanned = j;
    if (canClose(text, j, close)) {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** Openers of the same kind between two closers deepen the nesting ("„a „b“ c“"). Counts in (from, to). */
function countOpeners(text: string, from: number, to: number, open: string): number {
  let n = 0;
  for (let k = text.indexOf(open, from + 1); k >= 0 && k < to; k = text.indexOf(open, k + 1)) if (canOpen(text, k, open)) n++;
  return n;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** All top-level quote spans of an article, paragraph by paragraph, in reading order. */
export function findQuoteSpans(paragraphs: readonly string[], table: LanguageTable): QuoteSpan[] {
  const openers = new Map<string, string[]>();
  for (const [open, close] of table.quotePairs) openers.set(open, [...(openers.get(open) ?? []), close]);
  const candidates = new RegExp(`[${[...openers.keys()].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'gu');
  const spans: QuoteSpan[] = [];
  let chains = 0;
  let runningOpen: string | null = null;
  paragraphs.forEach((text, paragraph) => {
    const lead = text.search(/\S/);
    const continues = runningOpen !== null && lead >= 0 && text[lead] === runningOpen;
    runningOpen = null;
    candidates.lastIndex = 0;
    for (let next = candidates.exec(text); next; next = candidates.exec(text)) {
      const i = next.index;
      const closers = openers.get(text[i]!);
      if (!closers || !canOpen(text, i, text[i]!)) continue;
      let closeAt = -1;
      for (const close of closers) {
        closeAt = findClose(text, i, text[i]!, close);
        if (closeAt >= 0) break;
      }
      const runsOn = closeAt < 0;
      // An unclosed mark is a quote only when it runs to the paragraph's end and the next paragraph reopens it.
      if (runsOn && !(paragraphs[paragraph + 1]?.trimStart().startsWith(text[i]!) ?? false)) continue;
      const close = runsOn ? text.length : closeAt;
      const [start, end] = trimmed(text, i + 1, close);
      if (end > start) {
        const chain = i === lead && continues ? (spans.at(-1)?.chain ?? ++chains) : ++chains;
        spans.push({ paragraph, open: i, close, start, end, chain });
      }
      if (runsOn) {
        runningOpen = text[i]!;
        break;
      }
      candidates.lastIndex = closeAt + 1;
    }
  });
  return spans;
}
