/** What the popup lists for a page: its annotations in reading order, orphans apart, and who is quoted. Pure. */
import type { AnchorReport } from '@/lib/messages';
import type { Annotation } from '@/lib/model/annotation';

export interface PageListing {
  /** Found on the page, in reading order; then any the content script did not report, in stored order. */
  listed: Annotation[];
  /** Stored for this page but not found in its text (the article changed): shown apart, never dropped. */
  orphans: Annotation[];
  /** False when the content script did not answer: `listed` is then the stored order (oldest first). */
  inReadingOrder: boolean;
}

export function listForPage(annotations: readonly Annotation[], report: AnchorReport | null): PageListing {
  if (!report) return { listed: [...annotations], orphans: [], inReadingOrder: false };
  const entries = new Map(report.entries.map((entry) => [entry.id, entry]));
  const anchored: { annotation: Annotation; position: number }[] = [];
  const orphans: Annotation[] = [];
  const unreported: Annotation[] = [];
  for (const annotation of annotations) {
    const entry = entries.get(annotation.id);
    if (!entry) unreported.push(annotation);
    else if (entry.state === 'orphan') orphans.push(annotation);
    else anchored.push({ annotation, position: entry.position ?? Number.MAX_SAFE_INTEGER });
  }
  // Array.prototype.sort is stable: equal positions keep the stored (creation) order.
  anchored.sort((a, b) => a.position - b.position);
  return { listed: [...anchored.map((a) => a.annotation), ...unreported], orphans, inReadingOrder: true };
}

/** One line of display text: whitespace collapsed, cut at a word boundary near `max` characters. */
export function truncate(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
