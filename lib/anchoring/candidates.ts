/**
 * Where a remembered passage may be now. Exact occurrences first; then approximate ones, found three ways so
 * that an edited passage is still found when an unedited look-alike exists elsewhere: by the quote itself, by
 * its prefix or its suffix context followed (preceded) by an approximate quote, and — for short quotes, where
 * one replaced word is a large share of the text — as whatever lies between its prefix and its suffix.
 */
import type { AnchorQuery } from './query';
import type { Candidate } from './score';
import {
  CONTEXT_DRIFT,
  FUZZY_QUOTE_CAP,
  MAX_CONTEXT_SEARCH_HITS,
  MAX_EXACT_CANDIDATES,
  MAX_FUZZY_SEARCH,
  MAX_SCORED_CANDIDATES,
  maxFramedErrors,
  maxQuoteErrors,
} from './rules';
import { matchesNear, spacedMatches } from './approx';
import { editDistance } from './similarity';

/** Context shorter than this is too common to search for on its own. */
const MIN_SEARCHABLE_CONTEXT = 12;

/** Quotes up to this long are also looked for between their prefix and suffix (see framedCandidates). */
const MAX_FRAMED_QUOTE = 96;

/**
 * Every occurrence of the quote, overlapping ones too, up to MAX_EXACT_CANDIDATES (Knuth–Morris–Pratt). Not
 * String#indexOf: engines fall back to comparing most of the quote at each position when the page is
 * repetitive ('aaaa…' against a quote of a's with one other letter), which is minutes on a 2 MB page; this is
 * one pass over the text whatever it holds.
 */
export function exactCandidates(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  const m = quote.length;
  if (m === 0) return found;
  const fallback = prefixFunction(quote);
  let matched = 0;
  for (let i = 0; i < text.length && found.length < MAX_EXACT_CANDIDATES; i++) {
    const c = text.charCodeAt(i);
    while (matched > 0 && quote.charCodeAt(matched) !== c) matched = fallback[matched - 1]!;
    if (quote.charCodeAt(matched) === c) matched++;
    if (matched === m) {
      found.push({ start: i + 1 - m, end: i + 1, errors: 0 });
      matched = fallback[m - 1]!;
    }
  }
  return found;
}

/** fallback[i]: length of the longest proper prefix of pattern[0..i] that is also its suffix. */
function prefixFunction(pattern: string): Int32Array {
  const fallback = new Int32Array(pattern.length);
  for (let i = 1, k = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    while (k > 0 && pattern.charCodeAt(k) !== c) k = fallback[k - 1]!;
    if (pattern.charCodeAt(k) === c) k++;
    fallback[i] = k;
  }
  return fallback;
}

/** The `limit` candidates nearest the remembered position (all of them, in order, when there is none). */
export function nearest(candidates: Candidate[], query: AnchorQuery, limit: number): Candidate[] {
  if (candidates.length <= limit) return candidates;
  const at = query.position?.start;
  if (at === undefined) return candidates.slice(0, limit);
  return [...candidates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at)).slice(0, limit);
}

/**
 * The `limit` best hits of `pattern` in text[from, to), one per place: approximate search reports every end
 * position within the error budget, so one real occurrence shows up as a cluster of ends `spacing` or less apart.
 */
function bestHits(text: string, pattern: string, from: number, to: number, limit: number, spacing: number): Candidate[] {
  return spacedMatches(text, pattern, maxQuoteErrors(pattern.length), from, to, limit, spacing);
}

/**
 * Approximate occurrences of the quote in text[from, to): at most `limit`, nearest `near` when there are more.
 * A quote longer than FUZZY_QUOTE_CAP is matched by its head and tail (each half the cap, at most
 * MAX_CONTEXT_SEARCH_HITS places each), paired when they are about the quote's length apart; the edits counted
 * are theirs plus the length difference, a lower bound that the context check then has to confirm.
 */
function approxMatches(text: string, quote: string, from: number, to: number, near: number | undefined, limit: number): Candidate[] {
  const maxErrors = maxQuoteErrors(quote.length);
  if (quote.length <= FUZZY_QUOTE_CAP) return matchesNear(text, quote, maxErrors, from, to, near, limit);
  const half = FUZZY_QUOTE_CAP / 2;
  const find = (part: string): Candidate[] => bestHits(text, part, from, to, MAX_CONTEXT_SEARCH_HITS, half);
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
  for (const c of approxMatches(text, quote, from, to, near, 1)) {
    if (!best || c.errors < best.errors || (c.errors === best.errors && Math.abs(c.start - near) < Math.abs(best.start - near))) best = c;
  }
  return best;
}

function contextHits(text: string, context: string, region: Region): Candidate[] {
  if (context.length < MIN_SEARCHABLE_CONTEXT) return [];
  return bestHits(text, context, region.from, region.to, MAX_CONTEXT_SEARCH_HITS, context.length / 2);
}

interface Region {
  from: number;
  to: number;
}

/** The part of the text searched approximately: all of it, or MAX_FUZZY_SEARCH characters around the old position. */
function fuzzyRegion(text: string, query: AnchorQuery): Region {
  if (text.length <= MAX_FUZZY_SEARCH) return { from: 0, to: text.length };
  const centre = Math.min(text.length, query.position?.start ?? 0);
  const from = Math.max(0, Math.min(centre - MAX_FUZZY_SEARCH / 2, text.length - MAX_FUZZY_SEARCH));
  return { from, to: from + MAX_FUZZY_SEARCH };
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
    const after = bestHits(text, suffix, p.end, reach, 1, suffix.length);
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
  const region = fuzzyRegion(text, query);
  const found: Candidate[] = nearest(
    approxMatches(text, quote, region.from, region.to, query.position?.start, MAX_SCORED_CANDIDATES),
    query,
    MAX_SCORED_CANDIDATES,
  );
  const prefixHits = contextHits(text, query.prefix, region);
  for (const hit of prefixHits) {
    const c = quoteInWindow(text, quote, hit.end, hit.end + reach, hit.end);
    if (c) found.push(c);
  }
  for (const hit of contextHits(text, query.suffix, region)) {
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
