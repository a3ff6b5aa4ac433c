/** Turns stored selectors (possibly malformed: they come from storage and imports) into what the matcher needs. */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model/annotation';
import { normalizeString } from './normalize';
import { CONTEXT_CHARS } from './rules';

/** Context kept for matching: what describeText stores (longer imported context is trimmed to it). */
const MAX_CONTEXT = CONTEXT_CHARS;

export interface AnchorQuery {
  /** Normalized quote; '' when there is no usable quote selector. */
  quote: string;
  /** Normalized context, nearest characters last (prefix) or first (suffix). */
  prefix: string;
  suffix: string;
  /** Normalized offsets remembered by the position selector, if any. */
  position: { start: number; end: number } | null;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function findQuote(selectors: readonly unknown[]): TextQuoteSelector | null {
  for (const s of selectors) {
    const c = s as Partial<TextQuoteSelector> | null;
    if (c && c.type === 'TextQuoteSelector' && isString(c.exact)) {
      return { type: c.type, exact: c.exact, prefix: isString(c.prefix) ? c.prefix : '', suffix: isString(c.suffix) ? c.suffix : '' };
    }
  }
  return null;
}

function findPosition(selectors: readonly unknown[]): TextPositionSelector | null {
  for (const s of selectors) {
    const c = s as Partial<TextPositionSelector> | null;
    if (c && c.type === 'TextPositionSelector' && isOffset(c.start) && isOffset(c.end) && c.end > c.start) {
      return { type: c.type, start: c.start, end: c.end };
    }
  }
  return null;
}

export function buildQuery(selectors: readonly Selector[] | unknown): AnchorQuery {
  const list = Array.isArray(selectors) ? (selectors as unknown[]) : [];
  const quote = findQuote(list);
  const position = findPosition(list);
  return {
    quote: quote ? normalizeString(quote.exact) : '',
    prefix: quote ? normalizeString(quote.prefix).slice(-MAX_CONTEXT) : '',
    suffix: quote ? normalizeString(quote.suffix).slice(0, MAX_CONTEXT) : '',
    position: position ? { start: position.start, end: position.end } : null,
  };
}
