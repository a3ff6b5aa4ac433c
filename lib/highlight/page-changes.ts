/**
 * Stealth edits: an annotation found again on the page over words that differ from its stored `exact` is "changed
 * on the page". Given where annotations landed, this says which annotations need their `changed` record written or
 * cleared, so the store writes only when something changed.
 */
import { anchorText, describeText } from '../anchoring';
import type { Annotation } from '../model/annotation';
import type { Placement } from './placement';
import { wordingDiffers } from './word-diff';

/** The annotations whose `changed` record must be updated, as they should be stored. */
export function wordingUpdates(text: string, placements: readonly Placement[], now: string): Annotation[] {
  const updates: Annotation[] = [];
  for (const { annotation, range } of placements) {
    if (!range) continue; // an orphan says nothing about the wording
    const current = text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
    const differs = wordingDiffers(annotation.exact, current);
    const recorded = annotation.changed ?? null;
    if (differs && recorded?.text !== current) {
      updates.push({ ...annotation, changed: { text: current, seen: now, kept: false } });
    } else if (!differs && recorded) {
      // The page says again what was annotated: nothing is changed any more.
      updates.push({ ...annotation, changed: null });
    }
  }
  return updates;
}

/**
 * The reader takes the page's new wording: the annotation moves to what the page says now (fresh selectors over
 * `text`, where it anchors), and is no longer marked changed. Null when it is not found on the page.
 */
export function withPageWording(annotation: Annotation, text: string, now: string): Annotation | null {
  const range = anchorText(text, annotation.selectors);
  if (!range) return null;
  const selectors = describeText(text, range.start, range.end);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) return null;
  return { ...annotation, exact: quote.exact, selectors, changed: null, updated: now };
}
