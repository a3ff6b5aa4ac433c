/**
 * Where a remembered passage may be now. Exact occurrences first; then approximate ones, found three ways so
 * that an edited passage is still found when an unedited look-alike exists elsewhere: by the quote itself, by
 * its prefix or its suffix context followed (preceded) by an approximate quote, and — for short quotes, where
 * one replaced word is a large share of the text — as whatever lies between its prefix and its suffix.
 */
import search from 'approx-string-match';
import type { AnchorQuery } from './query';
import type { Candidate } from './score';
import {
  CONTEXT_DRIFT,
  FUZZY_QUOTE_CAP,
  MAX_CONTEXT_SEARCH_HITS,
  MAX_EXACT_CANDIDATES,
  MAX_SCORED_CANDIDATES,
  maxFramedErrors,
  maxQuoteErrors,
} from './rules';
import { editDistance } from './similarity';

/** Context shorter than this is too common to search for on its own. */
const MIN_SEARCHABLE_CONTEXT = 12;

/** Quotes up to this long are also looked for between their prefix and suffix (see framedCandidates). */
const MAX_FRAMED_QUOTE = 96;

export function exactCandidates(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1 && found.length < MAX_EXACT_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** The `limit` candidates nearest the remembered position (all of them, in order, when there is none). */
export function nearest(candidates: Candidate[], query: AnchorQuery, limit: number): Candidate[] {
  if (candidates.length <= limit) return candidates;
  const at = query.position?.start;
  if (at === undefined) return candidates.slice(0, limit);
  return [...candidates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at)).slice(0, limit);
}

/**
 * The `limit` least-edited hits, one per place: approximate search reports every end position within the error
 * budget, so one real occurrence shows up as a cluster, and on repetitive text the first few clusters in text
 * order may all be the wrong ones.
 */
function bestHits(hits: Candidate[], limit: number, spacing: number): Candidate[] {
  const kept: Candidate[] = [];
  for (const h of [...hits].sort((a, b) => a.errors - b.errors || a.end - b.end)) {
    if (kept.some((k) => Math.abs(k.end - h.end) < spacing)) continue;
    kept.push(h);
    if (kept.length === limit) break;
  }
  return kept;
}

function searchIn(text: string, pattern: string, from: number, to: number, maxErrors: number): Candidate[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo) return [];
  const region = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  return search(region, pattern, maxErrors).map((m) => ({ start: lo + m.start, end: lo + m.end, errors: m.errors }));
}

/**
 * Approximate occurrences of the quote in text[from, to). A quote longer than FUZZY_QUOTE_CAP is matched by its
 * head and tail (each half the cap), paired when they are about the quote's length apart; the edits counted are
 * theirs plus the length difference, a lower bound that the context check then has to confirm.
 */
function approxMatches(text: string, quote: string, from: number, to: number): Candidate[] {
  const maxErrors = maxQuoteErrors(quote.length);
  if (quote.length <= FUZZY_QUOTE_CAP) return searchIn(text, quote, from, to, maxErrors);
  const half = FUZZY_QUOTE_CAP / 2;
  const find = (part: string): Candidate[] => bestHits(searchIn(text, part, from, to, maxQuoteErrors(half)), MAX_CONTEXT_SEARCH_HITS, half);
  const heads = find(quote.slice(0, half));
  const tails = find(quote.slice(-half));
  const found: Candidate[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const drift = Math.abs(t.end - h.start - quote.length);
      const errors = h.errors + t.errors + drift;
      if (t.end > h.start && errors <= maxErrors) found.push({ start: h.start, end: t.end, errors });
    }
  }
  return found;
}

/** The least-edited occurrence of the quote in text[from, to), nearest to `near`. */
function quoteInWindow(text: string, quote: string, from: number, to: number, near: number): Candidate | null {
  let best: Candidate | null = null;
  for (const c of approxMatches(text, quote, from, to)) {
    if (!best || c.errors < best.errors || (c.errors === best.errors && Math.abs(c.start - near) < Math.abs(best.start - near))) best = c;
  }
  return best;
}

function contextHits(text: string, context: string): Candidate[] {
  if (context.length < MIN_SEARCHABLE_CONTEXT) return [];
  return bestHits(searchIn(text, context, 0, text.length, maxQuoteErrors(context.length)), MAX_CONTEXT_SEARCH_HITS, context.length / 2);
}

/**
 * Short quotes framed by their context: after each place the prefix is found, the nearest place the suffix
 * follows within about twice the quote's length; the text between is the candidate, however much it changed
 * (score.ts accepts heavy edits only when both sides agree strongly).
 */
function framedCandidates(text: string, query: AnchorQuery, prefixHits: Candidate[]): Candidate[] {
  const { quote, suffix } = query;
  if (quote.length > MAX_FRAMED_QUOTE || suffix.length < MIN_SEARCHABLE_CONTEXT) return [];
  const found: Candidate[] = [];
  for (const p of prefixHits) {
    const reach = p.end + 2 * quote.length + 16 + suffix.length;
    const after = bestHits(searchIn(text, suffix, p.end, reach, maxQuoteErrors(suffix.length)), 1, suffix.length);
    const s = after[0];
    if (!s || s.start <= p.end) continue;
    const errors = editDistance(quote, text.slice(p.end, s.start));
    if (errors <= maxFramedErrors(quote.length)) found.push({ start: p.end, end: s.start, errors });
  }
  return found;
}

export function fuzzyCandidates(text: string, query: AnchorQuery): Candidate[] {
  const { quote } = query;
  const reach = quote.length + maxQuoteErrors(quote.length) + CONTEXT_DRIFT;
  const found: Candidate[] = nearest(approxMatches(text, quote, 0, text.length), query, MAX_SCORED_CANDIDATES);
  const prefixHits = contextHits(text, query.prefix);
  for (const hit of prefixHits) {
    const c = quoteInWindow(text, quote, hit.end, hit.end + reach, hit.end);
    if (c) found.push(c);
  }
  for (const hit of contextHits(text, query.suffix)) {
    const c = quoteInWindow(text, quote, hit.start - reach, hit.start, hit.start - quote.length);
    if (c) found.push(c);
  }
  found.push(...framedCandidates(text, query, prefixHits));
  return dedupe(found);
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
