/**
 * Where a page's annotations land in one surface's text, and the `page/anchors` report built from that:
 * anchored annotations first in reading order, then orphans (oldest first, as storage lists them).
 */
import { anchorText, type TextRange } from '../anchoring';
import type { AnchorReport } from '../messages';
import type { Annotation } from '../model/annotation';

export interface Placement {
  annotation: Annotation;
  /** Offsets into the surface's text; null for an orphan. */
  range: TextRange | null;
}

export function placeAnnotations(text: string, annotations: readonly Annotation[]): Placement[] {
  return annotations.map((annotation) => ({ annotation, range: anchorText(text, annotation.selectors) }));
}

export function anchorReport(url: string, placements: readonly Placement[]): AnchorReport {
  const anchored = placements
    .filter((p) => p.range !== null)
    .sort((a, b) => a.range!.start - b.range!.start || a.range!.end - b.range!.end);
  const orphans = placements.filter((p) => p.range === null);
  return {
    url,
    entries: [
      ...anchored.map((p) => ({ id: p.annotation.id, state: 'anchored' as const, position: p.range!.start })),
      ...orphans.map((p) => ({ id: p.annotation.id, state: 'orphan' as const, position: null })),
    ],
  };
}
