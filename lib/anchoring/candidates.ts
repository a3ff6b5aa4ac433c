/**
 * Where a remembered passage may be now. Exact occurrences first; then approximate ones, found three ways so
 * that an edited passage is still found when an unedited look-alike exists elsewhere: by the quote itself, and
 * by its prefix or its suffix context followed (preceded) by an approximate quote.
 */
import search from 'approx-string-match';
import type { AnchorQuery } from './query';
import type { Candidate } from './score';
import {
  CONTEXT_DRIFT, MAX_CONTEXT_SEARCH_HITS, MAX_EXACT_CANDIDATES, MAX_SCORED_CANDIDATES, maxQuoteErrors,
} from './rules';

/** Context shorter than this is too common to search for on its own. */
const MIN_SEARCHABLE_CONTEXT = 12;

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

/** The least-edited occurrence of the quote in text[from, to), nearest to `near`. */
function quoteInWindow(text: string, quote: string, from: number, to: number, near: number): Candidate | null {
  const lo = Math.max(0, from);
  const matches = search(text.slice(lo, Math.min(text.length, to)), quote, maxQuoteErrors(quote.length));
  let best: Candidate | null = null;
  for (const m of matches) {
    const c = { start: lo + m.start, end: lo + m.end, errors: m.errors };
    if (!best || c.errors < best.errors
      || (c.errors === best.errors && Math.abs(c.start - near) < Math.abs(best.start - near))) best = c;
  }
  return best;
}

export function fuzzyCandidates(text: string, query: AnchorQuery): Candidate[] {
  const { quote, prefix, suffix } = query;
  const maxErrors = maxQuoteErrors(quote.length);
  const reach = quote.length + maxErrors + CONTEXT_DRIFT;
  const quoteHits = search(text, quote, maxErrors).map((m) => ({ start: m.start, end: m.end, errors: m.errors }));
  const found: Candidate[] = nearest(quoteHits, query, MAX_SCORED_CANDIDATES);

  if (prefix.length >= MIN_SEARCHABLE_CONTEXT) {
    const hits = search(text, prefix, maxQuoteErrors(prefix.length)).slice(0, MAX_CONTEXT_SEARCH_HITS);
    for (const hit of hits) {
      const c = quoteInWindow(text, quote, hit.end, hit.end + reach, hit.end);
      if (c) found.push(c);
    }
  }
  if (suffix.length >= MIN_SEARCHABLE_CONTEXT) {
    const hits = search(text, suffix, maxQuoteErrors(suffix.length)).slice(0, MAX_CONTEXT_SEARCH_HITS);
    for (const hit of hits) {
      const c = quoteInWindow(text, quote, hit.start - reach, hit.start, hit.start - quote.length);
      if (c) found.push(c);
    }
  }
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
