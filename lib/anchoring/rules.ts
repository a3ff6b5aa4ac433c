/**
 * The numbers that decide when a remembered passage is found again. They are counted in normalized characters
 * (no whitespace, see normalize.ts) so that a rule means the same thing for every quote length. "Evidence" is
 * roughly "characters that agree, minus a penalty per edit": random text of the same article earns a handful of
 * characters by chance, a surviving passage earns about its own length.
 */

/** Context remembered on each side of a passage (normalized characters, about six words). */
export const CONTEXT_CHARS = 32;

/** How far from the passage its context may have drifted (a caption, an ad line, a "Related:" link in between). */
export const CONTEXT_DRIFT = 64;

/** Evidence context loses per character it drifted: next to the passage counts more than a line away. */
export const DRIFT_COST = 1 / 8;

/** A passage edited more than this (share of its characters) counts as changed: better an orphan than a guess. */
export const MAX_QUOTE_ERROR_RATE = 0.25;

/**
 * Evidence a quote loses per edit: the edited character no longer agrees, and an edit is suspicious in itself
 * (a short quote "found" with two edits right where a deleted paragraph used to be is usually the next one).
 */
export const QUOTE_EDIT_PENALTY = 5;

/** Quote plus context must agree on at least this many characters before we highlight anything. */
export const MIN_TOTAL_EVIDENCE = 45;

/**
 * At least one side of the context must clearly survive (about three words; chance alignments score 4 to 8)
 * unless the quote vouches for itself. Context agreeing a little on both sides is what repeated structure
 * (tables, lists, embedded posts) looks like, not the same passage.
 */
export const MIN_SIDE_CONTEXT_EVIDENCE = 18;

/** A quote with this much evidence (length minus edit penalties) is specific enough on its own. */
export const SELF_EVIDENT_QUOTE = 50;

/** Evidence for a passage that started (or ended) the text and still does. */
export const TEXT_BOUNDARY_EVIDENCE = 8;

/** Tie-breaker between equally good candidates: at most this much evidence for being at the old position. */
export const POSITION_WEIGHT = 4;

/** Caps that keep pathological inputs (a one-letter quote, a text of repeats) fast. */
export const MAX_EXACT_CANDIDATES = 2000;
export const MAX_SCORED_CANDIDATES = 64;
export const MAX_CONTEXT_SEARCH_HITS = 16;

export function maxQuoteErrors(quoteLength: number): number {
  return Math.floor(quoteLength * MAX_QUOTE_ERROR_RATE);
}
