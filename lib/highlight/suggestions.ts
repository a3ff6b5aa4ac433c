/**
 * Turning lib/quotes attributions into the reader's suggestions: each gets a stable id, the selectors that find
 * it in the article text (so the reader and the live page can anchor it like an annotation), and its state from
 * what the reader decided before (dismissed ids, accepted = an annotation over the same text already exists).
 */
import { describeText, normalizeString } from '../anchoring';
import type { Suggestion } from '../messages';
import type { Annotation, Selector, Speaker } from '../model/annotation';
import type { Attribution } from '../quotes';
import { suggestionId } from './suggestion-id';

/** The slice of the cleaner's Article that suggestions need: `text` is `paragraphs` joined by blank lines. */
export interface SuggestionSource {
  paragraphs: string[];
  text: string;
}

export interface PlacedSuggestion extends Suggestion {
  /** Selectors over the article text; anchor them on the surface's text to find the span. */
  selectors: Selector[];
}

/** Offset of paragraph `index` inside `paragraphs.join('\n\n')`. */
export function paragraphOffsets(paragraphs: readonly string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    offsets.push(at);
    at += p.length + 2;
  }
  return offsets;
}

export function speakerOf(attribution: Attribution): Speaker | null {
  return attribution.speaker ? { name: attribution.speaker.name, role: attribution.speaker.role ?? null } : null;
}

/** Anchoring's comparison form without the punctuation a selection may or may not take along ("said," vs "said"). */
const comparable = (text: string): string => normalizeString(text).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

/** Texts already annotated on the page, in comparable form. */
export function annotatedTexts(annotations: readonly Annotation[]): string[] {
  return annotations.map((a) => comparable(a.exact)).filter((text) => text !== '');
}

/** Whether an annotation already covers the suggestion: the same text, give or take a few characters. */
export function isAnnotated(text: string, annotated: readonly string[]): boolean {
  const wanted = comparable(text);
  if (wanted === '') return false;
  return annotated.some((done) => {
    const [short, long] = done.length <= wanted.length ? [done, wanted] : [wanted, done];
    return long.includes(short) && short.length >= 0.8 * long.length;
  });
}

export function buildSuggestions(
  source: SuggestionSource,
  attributions: readonly Attribution[],
  decided: { dismissed: ReadonlySet<string>; annotated: readonly string[] },
): PlacedSuggestion[] {
  const offsets = paragraphOffsets(source.paragraphs);
  const out: PlacedSuggestion[] = [];
  for (const a of attributions) {
    const paragraph = source.paragraphs[a.paragraph];
    const base = offsets[a.paragraph];
    if (paragraph === undefined || base === undefined) continue;
    const selectors = describeText(source.text, base + a.start, base + a.end);
    if (selectors.length === 0) continue;
    const id = suggestionId(paragraph, a.start, a.end);
    const state = isAnnotated(a.text, decided.annotated) ? 'accepted' : decided.dismissed.has(id) ? 'dismissed' : 'open';
    out.push({ id, kind: a.kind, text: a.text, speaker: speakerOf(a), cue: a.cue, confidence: a.confidence, state, selectors });
  }
  return out;
}

/** Public shape for `page/suggestions` (selectors stay in the content script). */
export function toSuggestion({ selectors: _selectors, ...suggestion }: PlacedSuggestion): Suggestion {
  return suggestion;
}

export interface PersonCount {
  name: string;
  count: number;
}

/** "People quoted": each named speaker with how many quotes and claims the article attributes to them. */
export function peopleQuoted(suggestions: readonly Pick<Suggestion, 'speaker' | 'state'>[]): PersonCount[] {
  const counts = new Map<string, number>();
  for (const s of suggestions) {
    // "the authority", "officials": sources, not people (names in caseless scripts still count).
    if (!s.speaker || s.state === 'dismissed' || /^\p{Ll}/u.test(s.speaker.name)) continue;
    counts.set(s.speaker.name, (counts.get(s.speaker.name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
