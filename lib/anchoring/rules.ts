/**
 * The numbers that decide when a remembered passage is found again. They are counted in normalized characters
 * (no whitespace, see normalize.ts) so that a rule means the same thing for every quote length. "Evidence" is
 * roughly "characters that agree, minus a penalty per edit": random text of the same article earns a handful of
 * characters by chance, a surviving passage earns about its own length.
 */

/**
 * Context remembered on each side of a passage (normalized characters, about a dozen words). Measured on the
 * 181 benchmark articles: of 897 random passages that occur twice verbatim in their article, 112 share 32 or
 * more characters of context on both sides with the other copy (indistinguishable at 32), 80 at 64, 69 at 96,
 * 59 at 128. 64 resolves most of what more context can; beyond it each doubling resolves ~1% of duplicates for
 * three times the alignment work. Annotations stored with 32 characters still anchor (the rules below scale
 * with the context actually stored).
 */
export const CONTEXT_CHARS = 64;

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

/**
 * A side of the context "agrees" with this much evidence, or this share of what was stored when less was (a
 * passage near the start of the text). An edited (fuzzy) candidate needs both sides to agree: one side alone is
 * what a repeated lead-in ("A spokesperson for", a table row label) looks like.
 */
export const SIDE_AGREEMENT = 18;
export const SIDE_AGREEMENT_SHARE = 0.6;

/** A side stored shorter than this means the passage was this near the text's edge (give or take EDGE_SLACK). */
export const SHORT_CONTEXT = 16;
export const EDGE_SLACK = 8;

/**
 * With both sides agreeing at least this strongly (about five words each, still adjacent), a passage may have
 * had up to MAX_FRAMED_ERROR_RATE of it rewritten, or one word's worth (FRAMED_WORD_EDIT) in a short quote (a
 * word replaced or added in a three-word quote), and still be found.
 */
export const STRONG_SIDE = 28;
export const MAX_FRAMED_ERROR_RATE = 0.5;
export const FRAMED_WORD_EDIT = 12;

/** The best candidate must beat the best one elsewhere by this much evidence, or we report an orphan. */
export const AMBIGUITY_MARGIN = 12;

/**
 * Quotes longer than this (normalized characters) are searched approximately by their head and tail only, so
 * that a long selection on a huge or repetitive page stays linear in the page.
 */
export const FUZZY_QUOTE_CAP = 256;

/**
 * Approximate search looks at most this many normalized characters of the text, centred on the remembered
 * position (from the start without one). Articles are far shorter (the benchmark's longest is about 60,000); on
 * a multi-megabyte page an edited passage that also moved further than this becomes an orphan, and each search
 * stays a few milliseconds instead of growing with the page. Exact matches are still found anywhere.
 */
export const MAX_FUZZY_SEARCH = 250_000;

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

export function maxFramedErrors(quoteLength: number): number {
  return Math.max(FRAMED_WORD_EDIT, Math.floor(quoteLength * MAX_FRAMED_ERROR_RATE));
}
