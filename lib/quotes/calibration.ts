/**
 * Calibrated confidence. The rules say how they found an attribution (its features); how often attributions found
 * that way were right on the tuning sets (calibration-table.ts, written by `npm run calibrate`) says how sure to be.
 *
 * Two estimates, each shrunk toward its coarser parent so a rare combination borrows from the common ones:
 * - the span: is this a quote or claim at all? by kind, then how it was found, then its length in words;
 * - the name: given a right span, is the named speaker right? by kind, then the name's shape, then the rule.
 * A name less likely than NAME_MIN to be right is not shown (a suggestion without a speaker beats a wrong one);
 * clause fragments and places found for someone else are never shown. confidence = P(span) × P(name, if shown).
 */
import { FRESH, TUNED } from './calibration-table';
import type { SpeakerShape } from './speaker-shape';
import type { Attribution } from './types';

export type FoundVia = 'cue' | 'inherited' | 'none' | 'nested' | 'interview' | 'claim' | 'source';

export interface AttributionFeatures {
  kind: Attribution['kind'];
  via: FoundVia;
  /** The finding rule's own score (it names the rule: 0.9 a full name at the cue, 0.75 a pronoun, …). */
  rule: number;
  shape: SpeakerShape;
  words: number;
  /** Other people mentioned from the paragraph before up to the attribution: 0, 1 or 2 (several). */
  rivals: number;
  /** The language table the rules read it with: each language's rules are as good as their tables. */
  lang: string;
}

/** The least calibrated chance a shown name has of being right. */
export const NAME_MIN = 0.82;
/** Weight of the parent estimate, in pseudo-observations. */
const SHRINK = 6;

/** Rules at or above this score read the name at the cue itself (a full name, or a known surname). */
const DIRECT_RULE = 0.85;

const wordBucket = (words: number): string => (words <= 2 ? '1-2' : words <= 5 ? '3-5' : words <= 12 ? '6-12' : '13+');

/** Keys from coarse to fine; the generator counts under each, the estimate walks them in order. */
export function spanKeys(f: AttributionFeatures): string[] {
  const k = `${f.lang}|${f.kind}`;
  return [f.kind, k, `${k}|${f.via}`, `${k}|${f.via}|${wordBucket(f.words)}`];
}

export function nameKeys(f: AttributionFeatures): string[] {
  const k = `${f.lang}|${f.kind}`;
  const keys = [f.kind, k, `${k}|${f.shape}`, `${k}|${f.shape}|${f.rule}`];
  // Other people nearby matter when the name was inferred (a pronoun, an earlier quote), not when it stands at the cue.
  return f.rule >= DIRECT_RULE ? keys : [...keys, `${k}|${f.shape}|${f.rule}|${f.rivals}`];
}

/**
 * The rules were tuned on most of the passages counted, so there they are right more often than on new prose: a
 * tuned observation counts this much of a fresh one (from passages nobody tuned on).
 */
const TUNED_WEIGHT = 0.2;

type Counts = Readonly<Record<string, readonly [number, number]>>;

function estimate(keys: readonly string[], tuned: Counts, fresh: Counts): number {
  let p = 0.5;
  for (const key of keys) {
    const [tr, tt] = tuned[key] ?? [0, 0];
    const [fr, ft] = fresh[key] ?? [0, 0];
    p = (TUNED_WEIGHT * tr + fr + SHRINK * p) / (TUNED_WEIGHT * tt + ft + SHRINK);
  }
  return p;
}

/** A place may speak only as the named subject of its own cue ("The US has denied"), not resolved from afar. */
const PLACE_AS_SUBJECT_RULE = 0.8;

/** Whether a named speaker is never shown, whatever the tables say. */
export function isUnfitSpeaker(f: AttributionFeatures): boolean {
  return f.shape === 'fragment' || (f.shape === 'place' && f.rule !== PLACE_AS_SUBJECT_RULE);
}

/** The chance the span is a quote or claim at all. */
export const spanChance = (f: AttributionFeatures): number => estimate(spanKeys(f), TUNED.span, FRESH.span);
/** The chance the named speaker is right, given a right span. */
export const nameChance = (f: AttributionFeatures): number => estimate(nameKeys(f), TUNED.name, FRESH.name);

export function calibrate(attribution: Attribution, f: AttributionFeatures, nameMin = NAME_MIN): Attribution {
  const span = spanChance(f);
  if (!attribution.speaker) return { ...attribution, confidence: round(span) };
  const name = nameChance(f);
  if (isUnfitSpeaker(f) || name < nameMin) {
    const { speaker: _dropped, ...rest } = attribution;
    return { ...rest, speaker: null, confidence: round(span) };
  }
  return { ...attribution, confidence: round(span * name) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
