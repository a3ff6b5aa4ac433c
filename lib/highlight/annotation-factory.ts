/**
 * Building a new Annotation from a span of a surface's text (the live page's body or the reader's article).
 * Selectors come from lib/anchoring's describeText over that same text, so anchorText finds the span again on
 * either surface.
 */
import { describeText } from '../anchoring';
import type { Annotation, AnnotationKind, Selector, Speaker } from '../model/annotation';

export interface NewAnnotationInput {
  id: string;
  kind: AnnotationKind;
  /** Normalized page URL (lib/db/url.ts). */
  pageUrl: string;
  /** ISO 8601 date-time for created/updated. */
  now: string;
  speaker?: Speaker | null;
}

/** An annotation over ready-made selectors; null when they hold no quote to show. */
export function annotationFromSelectors(input: NewAnnotationInput, selectors: Selector[]): Annotation | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || quote.exact.trim() === '') return null;
  return {
    id: input.id,
    kind: input.kind,
    pageUrl: input.pageUrl,
    exact: quote.exact,
    selectors,
    // Notes have no speaker; quotes and claims start without one unless a suggestion named it.
    speaker: input.kind === 'note' ? null : (input.speaker ?? null),
    verdict: input.kind === 'claim' ? 'unverified' : null,
    sources: [],
    comment: '',
    tags: [],
    created: input.now,
    updated: input.now,
  };
}

/** An annotation for text[start, end); null when the span is empty or only whitespace. */
export function annotationForSpan(input: NewAnnotationInput, text: string, start: number, end: number): Annotation | null {
  return annotationFromSelectors(input, describeText(text, start, end));
}
