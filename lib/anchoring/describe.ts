/**
 * describeText: the selectors Gloss stores for a selected span, so that anchorText can find it again later,
 * on an edited page or on another rendering of the same article (live page ↔ reader view).
 *
 * - TextQuoteSelector: the quote and about CONTEXT_CHARS normalized characters of context on each side, stored
 *   with whitespace collapsed (readable in exports; anchoring ignores whitespace anyway).
 * - TextPositionSelector: offsets into the *normalized* text (see normalize.ts), so whitespace or nbsp changes
 *   elsewhere do not move them. Positions only break ties; quote and context do the finding.
 */
import type { Selector } from '../model/annotation';
import { collapseWhitespace, normalizeCached, toNormalizedRange } from './normalize';
import { CONTEXT_CHARS } from './rules';

export function describeText(text: string, start: number, end: number): Selector[] {
  if (typeof text !== 'string' || !Number.isFinite(start) || !Number.isFinite(end)) return [];
  const lo = Math.max(0, Math.min(start, end, text.length));
  const hi = Math.min(text.length, Math.max(start, end, 0));
  const norm = normalizeCached(text);
  const span = toNormalizedRange(norm, lo, hi);
  // Nothing visible selected (whitespace, invisible characters): nothing to anchor.
  if (span.end <= span.start) return [];

  const quoteStart = norm.rawStart[span.start]!;
  const quoteEnd = norm.rawEnd[span.end - 1]!;
  const prefixFrom = norm.rawStart[Math.max(0, span.start - CONTEXT_CHARS)] ?? quoteStart;
  const suffixTo = norm.rawEnd[Math.min(norm.text.length, span.end + CONTEXT_CHARS) - 1] ?? quoteEnd;
  return [
    {
      type: 'TextQuoteSelector',
      exact: collapseWhitespace(text.slice(quoteStart, quoteEnd)),
      prefix: collapseWhitespace(text.slice(prefixFrom, quoteStart)),
      suffix: collapseWhitespace(text.slice(quoteEnd, suffixTo)),
    },
    { type: 'TextPositionSelector', start: span.start, end: span.end },
  ];
}
