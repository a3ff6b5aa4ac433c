/**
 * Turning lib/quotes attributions into the reader's suggestions: each gets a stable id, the selectors that find
 * it in the article text (so the reader and the live page can anchor it like an annotation), and its state from
 * what the reader decided before (dismissed ids, accepted = an annotation over the same text already exists).
 */
import { describeText } from '../anchoring';
import type { Suggestion } from '../messages';
import type { Selector, Speaker } from '../model/annotation';
import { SUGGESTION_THRESHOLD, type Attribution } from '../quotes';
import { isAnnotated } from './annotated';
import { suggestionId } from './suggestion-id';

export { annotatedTexts, isAnnotated } from './annotated';

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

/** A quote's end without the comma or colon the writer put before its closing mark: "…quickly," → "…quickly". */
function withoutTrailingComma<A extends Attribution>(paragraph: string, a: A): A {
  let end = a.end;
  while (end > a.start + 1 && /[\s,;:]/u.test(paragraph[end - 1]!)) end--;
  return end === a.end ? a : { ...a, end, text: paragraph.slice(a.start, end) };
}

// Between the two halves of an interrupted quote: a closing mark, a short cue phrase ("he said", "sagte sie",
// "a-t-il ajouté"), an opening mark. No sentence of its own.
const INCISE = /^[\s,.]*[”"’»«“„‘‹›]\s*,?\s*[^.!?“”"„«»]{1,60}?[,.:]\s*[“"‘„«»‹›]\s*$/u;

/** "“…,” he said, “…”": the two halves of one quote with the same speaker become one suggestion. */
function joinInterruptedQuotes<A extends Attribution>(paragraphs: readonly string[], attributions: readonly A[]): A[] {
  const out: A[] = [];
  for (const a of attributions) {
    const last = out.at(-1);
    const gap =
      last && last.kind === 'quote' && a.kind === 'quote' && last.paragraph === a.paragraph && a.start > last.end
        ? paragraphs[a.paragraph]!.slice(last.end, a.start)
        : null;
    if (last && gap !== null && INCISE.test(gap) && last.speaker?.name === a.speaker?.name) {
      out[out.length - 1] = {
        ...last,
        end: a.end,
        text: paragraphs[a.paragraph]!.slice(last.start, a.end),
        confidence: Math.min(last.confidence, a.confidence),
      };
    } else out.push(a);
  }
  return out;
}

/**
 * The reader's suggestions: attributions sure enough to show (SUGGESTION_THRESHOLD), an interrupted quote as one,
 * a quote without the comma before its closing mark.
 */
export function buildSuggestions(
  source: SuggestionSource,
  attributions: readonly Attribution[],
  decided: { dismissed: ReadonlySet<string>; annotated: readonly string[] },
): PlacedSuggestion[] {
  const offsets = paragraphOffsets(source.paragraphs);
  const out: PlacedSuggestion[] = [];
  // The id is the finder's own span (its first part's, for a joined quote), so a reader's earlier dismissals and
  // acceptances keep matching however the shown span is trimmed or joined.
  const shown = attributions
    .filter((a) => a.confidence >= SUGGESTION_THRESHOLD)
    .map((a) => ({ ...a, idEnd: a.end }))
    .map((a) =>
      a.kind === 'quote' && source.paragraphs[a.paragraph] !== undefined
        ? { ...withoutTrailingComma(source.paragraphs[a.paragraph]!, a), idEnd: a.idEnd }
        : a,
    );
  for (const a of joinInterruptedQuotes(source.paragraphs, shown)) {
    const paragraph = source.paragraphs[a.paragraph];
    const base = offsets[a.paragraph];
    if (paragraph === undefined || base === undefined) continue;
    const selectors = describeText(source.text, base + a.start, base + a.end);
    if (selectors.length === 0) continue;
    const id = suggestionId(paragraph, a.start, a.idEnd);
    const state = isAnnotated(a.text, decided.annotated) ? 'accepted' : decided.dismissed.has(id) ? 'dismissed' : 'open';
    out.push({
      id,
      kind: a.kind,
      text: a.text,
      speaker: speakerOf(a),
      ...(a.unnamed ? { unnamed: a.unnamed } : {}),
      cue: a.cue,
      confidence: a.confidence,
      state,
      selectors,
    });
  }
  return out;
}

/** Public shape for `page/suggestions` (selectors stay in the content script). */
export function toSuggestion({ selectors: _selectors, ...suggestion }: PlacedSuggestion): Suggestion {
  return suggestion;
}
