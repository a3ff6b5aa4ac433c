/**
 * anchorText: find a remembered passage again in (possibly edited) text. Selectors are tried from the most
 * exact to the least — the old position if the quote and its context are still there, then every exact
 * occurrence of the quote ranked by context and position, then approximate matches — and a candidate is only
 * accepted with enough evidence (rules.ts), so a passage that is gone becomes an orphan instead of a wrong
 * highlight. Pure and total: junk selectors give an orphan; text that is no string, or a bug, gives a failure
 * with its reason (anchorTextResult), never an exception.
 */
import type { Selector } from '../model/annotation';
import { exactCandidates, fuzzyCandidates, nearest } from './candidates';
import { normalizeCached, toRawRange } from './normalize';
import { type AnchorQuery, buildQuery } from './query';
import { CONTEXT_CHARS, MAX_SCORED_CANDIDATES } from './rules';
import { snapToContext } from './boundaries';
import { chooseAnchor, type ScoredCandidate, scoreCandidate } from './score';
import { commonPrefixLength, commonSuffixLength } from './similarity';
import { errorReason, fail, ok, type Result } from '../result';

export interface TextRange {
  start: number;
  end: number;
}

/** Context on both sides still agrees character for character (as far as it was remembered). */
function contextIntact(text: string, query: AnchorQuery, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - query.prefix.length), start);
  const after = text.slice(end, end + query.suffix.length);
  const needBefore = Math.min(query.prefix.length, CONTEXT_CHARS);
  const needAfter = Math.min(query.suffix.length, CONTEXT_CHARS);
  return (
    commonSuffixLength(before, query.prefix) >= needBefore &&
    commonPrefixLength(after, query.suffix) >= needAfter &&
    (query.prefix !== '' || start === 0) &&
    (query.suffix !== '' || end === text.length)
  );
}

/** Exact quote, exact context: nothing else could be better, so we skip the rest. */
function isCertain(text: string, query: AnchorQuery, c: { start: number; end: number }): boolean {
  return contextIntact(text, query, c.start, c.end);
}

function locate(text: string, query: AnchorQuery): TextRange | null {
  const { quote, position } = query;
  if (quote === '') {
    // Position alone cannot be verified; trust it only if it still fits the text.
    return position && position.end <= text.length ? position : null;
  }
  // 1. The old position, if the quote and its context are still there.
  if (position && text.slice(position.start, position.end) === quote && isCertain(text, query, position)) return position;

  // 2. Exact occurrences, ranked by context and nearness to the old position. One with all its context intact
  //    is the passage; several are indistinguishable, and the choice below will see them tie and orphan.
  const exact = nearest(exactCandidates(text, quote), query, MAX_SCORED_CANDIDATES);
  const certain = exact.filter((c) => isCertain(text, query, c));
  if (certain.length === 1) return certain[0]!;
  const scored: ScoredCandidate[] = exact.map((c) => scoreCandidate(text, query, c));

  // 3. Approximate matches, compared with the exact ones on the same evidence.
  if (certain.length === 0) {
    for (const c of fuzzyCandidates(text, query)) scored.push(scoreCandidate(text, query, snapToContext(text, query, c)));
  }
  return chooseAnchor(scored);
}

/** Where the passage is in `text` now, null for an orphan, or why anchoring failed. */
export function anchorTextResult(text: string, selectors: readonly Selector[]): Result<TextRange | null> {
  if (typeof text !== 'string') return fail(`anchoring needs the page's text, got ${typeof text}`);
  try {
    const norm = normalizeCached(text);
    const found = locate(norm.text, buildQuery(selectors));
    if (!found || found.end <= found.start || found.end > norm.text.length) return ok(null);
    return ok(toRawRange(norm, found.start, found.end));
  } catch (error) {
    // A bug or a hostile input must cost one highlight, not the page: an orphan, with the reason for the report.
    return fail(`anchoring failed: ${errorReason(error)}`);
  }
}

/** anchorTextResult for callers that only need a range or an orphan: a failure is an orphan. */
export function anchorText(text: string, selectors: readonly Selector[]): TextRange | null {
  const result = anchorTextResult(text, selectors);
  return result.ok ? result.value : null;
}
