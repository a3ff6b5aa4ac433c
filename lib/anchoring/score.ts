/** Scores a candidate location of a remembered passage and decides whether it is good enough to highlight. */
import type { AnchorQuery } from './query';
import {
  AMBIGUITY_MARGIN,
  CONTEXT_DRIFT,
  DRIFT_COST,
  MIN_SIDE_CONTEXT_EVIDENCE,
  MIN_TOTAL_EVIDENCE,
  POSITION_WEIGHT,
  QUOTE_EDIT_PENALTY,
  SELF_EVIDENT_QUOTE,
  SHORT_CONTEXT,
  EDGE_SLACK,
  SIDE_AGREEMENT,
  SIDE_AGREEMENT_SHARE,
  STRONG_SIDE,
  TEXT_BOUNDARY_EVIDENCE,
  maxFramedErrors,
  maxQuoteErrors,
} from './rules';
import { anchoredAlignmentScore, localAlignmentScore, reverse } from './similarity';

/** A place in the normalized text where the quote (maybe edited) may now be. */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between the quote and text[start, end). */
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  quoteEvidence: number;
  contextEvidence: number;
  /** Context evidence of each side. */
  prefixEvidence: number;
  suffixEvidence: number;
  /** Evidence plus the position tie-breaker: higher is better. */
  rank: number;
  acceptable: boolean;
}

function prefixEvidence(text: string, query: AnchorQuery, start: number): number {
  if (query.prefix === '') return start === 0 ? TEXT_BOUNDARY_EVIDENCE : 0;
  const from = Math.max(0, start - query.prefix.length - CONTEXT_DRIFT);
  return localAlignmentScore(query.prefix, text.slice(from, start), DRIFT_COST);
}

function suffixEvidence(text: string, query: AnchorQuery, end: number): number {
  if (query.suffix === '') return end === text.length ? TEXT_BOUNDARY_EVIDENCE : 0;
  // Reversed, so that drift is measured from the passage's end.
  return localAlignmentScore(reverse(query.suffix), reverse(text.slice(end, end + query.suffix.length + CONTEXT_DRIFT)), DRIFT_COST);
}

/** 1 at the remembered position, falling to 0 a whole text length away. */
function positionCloseness(text: string, query: AnchorQuery, start: number): number {
  if (!query.position) return 0;
  const distance = Math.abs(start - query.position.start);
  return 1 - Math.min(1, distance / Math.max(1, text.length));
}

/** Agreement of the context right next to the candidate, from its edges outwards (see anchoredAlignmentScore). */
function adjacentAgreement(text: string, query: AnchorQuery, c: Candidate): { before: number; after: number } {
  const reach = (context: string): number => context.length + Math.ceil(context.length / 4);
  const before =
    query.prefix === ''
      ? c.start === 0
        ? TEXT_BOUNDARY_EVIDENCE
        : 0
      : anchoredAlignmentScore(reverse(query.prefix), reverse(text.slice(Math.max(0, c.start - reach(query.prefix)), c.start)));
  const after =
    query.suffix === ''
      ? c.end === text.length
        ? TEXT_BOUNDARY_EVIDENCE
        : 0
      : anchoredAlignmentScore(query.suffix, text.slice(c.end, c.end + reach(query.suffix)));
  return { before, after };
}

/**
 * This side of the context agrees: enough evidence for what was stored. A side stored short because the
 * passage was near the text's start (end) also agrees when the candidate is still that near it: a typo in a
 * five-letter prefix says nothing, being at the start of the text does.
 */
function sideAgrees(evidence: number, stored: number, distanceToEdge: number): boolean {
  if (stored < SHORT_CONTEXT && distanceToEdge <= stored + EDGE_SLACK) return true;
  if (stored === 0) return evidence > 0;
  return evidence >= Math.min(SIDE_AGREEMENT, Math.ceil(SIDE_AGREEMENT_SHARE * stored));
}

function sidesAgree(text: string, query: AnchorQuery, c: Candidate, evidence: { before: number; after: number }): boolean {
  return sideAgrees(evidence.before, query.prefix.length, c.start) && sideAgrees(evidence.after, query.suffix.length, text.length - c.end);
}

/** Both sides frame the candidate strongly: at least STRONG_SIDE each (or all that was stored). */
function stronglyFramed(query: AnchorQuery, before: number, after: number): boolean {
  const strong = (evidence: number, stored: number): boolean => stored > 0 && evidence >= Math.min(STRONG_SIDE, stored);
  return strong(before, query.prefix.length) && strong(after, query.suffix.length);
}

/**
 * Whether a candidate has enough evidence to highlight. An exact quote may lean on one side of its context (the
 * paragraph on the other side may have been deleted or moved behind an ad line) if that side is right next to
 * it: context found a sentence away, with nothing agreeing on the other side, is what the next paragraph looks
 * like when the passage's own paragraph was deleted. An edited quote must be framed
 * by both sides, measured right next to it; it may be edited more heavily (a word replaced in a three-word
 * quote) only when both frame it strongly.
 */
function isAcceptable(
  text: string,
  query: AnchorQuery,
  c: Candidate,
  quoteEvidence: number,
  drifted: { before: number; after: number },
): boolean {
  const quoteLength = query.quote.length;
  if (quoteEvidence + drifted.before + drifted.after < MIN_TOTAL_EVIDENCE) return false;
  if (c.errors === 0) {
    if (quoteEvidence >= SELF_EVIDENT_QUOTE) return true;
    if (sidesAgree(text, query, c, drifted)) return true;
    const adjacent = adjacentAgreement(text, query, c);
    return Math.max(adjacent.before, adjacent.after) >= MIN_SIDE_CONTEXT_EVIDENCE;
  }
  const { before, after } = adjacentAgreement(text, query, c);
  if (!sidesAgree(text, query, c, { before, after })) return false;
  if (c.errors <= maxQuoteErrors(quoteLength)) return true;
  return c.errors <= maxFramedErrors(quoteLength) && stronglyFramed(query, before, after);
}

export function scoreCandidate(text: string, query: AnchorQuery, candidate: Candidate): ScoredCandidate {
  const quoteEvidence = query.quote.length - QUOTE_EDIT_PENALTY * candidate.errors;
  const before = prefixEvidence(text, query, candidate.start);
  const after = suffixEvidence(text, query, candidate.end);
  const contextEvidence = before + after;
  const acceptable = isAcceptable(text, query, candidate, quoteEvidence, { before, after });
  const rank = quoteEvidence + contextEvidence + POSITION_WEIGHT * positionCloseness(text, query, candidate.start);
  return { ...candidate, quoteEvidence, contextEvidence, prefixEvidence: before, suffixEvidence: after, rank, acceptable };
}

/**
 * Two candidates are the same place if they overlap by most of their length and start within their edits of
 * each other (an approximate match and its variants one character longer or shorter). Overlapping occurrences
 * of a quote in repetitive text start further apart than that, and are different places.
 */
function samePlace(a: Candidate, b: Candidate): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap >= shorter / 2 && Math.abs(a.start - b.start) <= a.errors + b.errors + 2;
}

/**
 * The best acceptable candidate, or null (an orphan) when there is none or when a candidate at another place
 * comes within AMBIGUITY_MARGIN of it: then the evidence cannot tell the two apart, and a guess would highlight
 * the wrong text about as often as the right one. Ties keep the earlier candidate.
 */
export function chooseAnchor(scored: readonly ScoredCandidate[]): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const s of scored) {
    if (s.acceptable && (!best || s.rank > best.rank)) best = s;
  }
  if (!best) return null;
  for (const s of scored) {
    if (s !== best && s.rank > best.rank - AMBIGUITY_MARGIN && !samePlace(s, best)) return null;
  }
  return best;
}
