/** Scores a candidate location of a remembered passage and decides whether it is good enough to highlight. */
import type { AnchorQuery } from './query';
import {
  CONTEXT_DRIFT, DRIFT_COST, MIN_SIDE_CONTEXT_EVIDENCE, MIN_TOTAL_EVIDENCE, POSITION_WEIGHT, QUOTE_EDIT_PENALTY, SELF_EVIDENT_QUOTE,
  TEXT_BOUNDARY_EVIDENCE, maxQuoteErrors,
} from './rules';
import { localAlignmentScore, reverse } from './similarity';

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

export function scoreCandidate(text: string, query: AnchorQuery, candidate: Candidate): ScoredCandidate {
  const quoteLength = query.quote.length;
  const quoteEvidence = quoteLength - QUOTE_EDIT_PENALTY * candidate.errors;
  const before = prefixEvidence(text, query, candidate.start);
  const after = suffixEvidence(text, query, candidate.end);
  const contextEvidence = before + after;
  const total = quoteEvidence + contextEvidence;
  const acceptable = candidate.errors <= maxQuoteErrors(quoteLength)
    && total >= MIN_TOTAL_EVIDENCE
    && (Math.max(before, after) >= MIN_SIDE_CONTEXT_EVIDENCE || quoteEvidence >= SELF_EVIDENT_QUOTE);
  const rank = total + POSITION_WEIGHT * positionCloseness(text, query, candidate.start);
  return { ...candidate, quoteEvidence, contextEvidence, prefixEvidence: before, suffixEvidence: after, rank, acceptable };
}

/** The best acceptable candidate, or null (an orphan). Ties keep the earlier candidate, so results are stable. */
export function bestAcceptable(scored: readonly ScoredCandidate[]): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const s of scored) {
    if (s.acceptable && (!best || s.rank > best.rank)) best = s;
  }
  return best;
}
