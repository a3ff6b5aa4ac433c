/**
 * What every exporter takes and the importer returns: pages and their annotations. A whole library or a
 * selection (one page, a search result) has the same shape, so every exporter works on either.
 */
import type { Annotation, PageRecord } from '../model/annotation';

export interface Library {
  pages: PageRecord[];
  annotations: Annotation[];
}

/**
 * The page each annotation belongs to. An annotation whose page is missing from the selection still gets a
 * page (its URL as title), so exporters never drop it.
 */
export function pageOf(pages: Map<string, PageRecord>, annotation: Annotation): PageRecord {
  return pages.get(annotation.pageUrl) ?? fallbackPage(annotation.pageUrl, annotation.created, annotation.updated);
}

export function pagesByUrl(pages: readonly PageRecord[]): Map<string, PageRecord> {
  return new Map(pages.map((page) => [page.url, page]));
}

export function fallbackPage(url: string, firstSeen: string, lastSeen: string): PageRecord {
  return { url, title: url, siteName: null, published: null, firstSeen, lastSeen };
}

/**
 * Pages in the caller's order, each with its annotations in reading order (text position when known, then
 * creation time). Annotations on pages not in `pages` come last, grouped under a fallback page.
 */
export function groupByPage(lib: Library): { page: PageRecord; annotations: Annotation[] }[] {
  const byUrl = new Map<string, Annotation[]>();
  for (const annotation of lib.annotations) {
    const list = byUrl.get(annotation.pageUrl);
    if (list) list.push(annotation);
    else byUrl.set(annotation.pageUrl, [annotation]);
  }
  const known = pagesByUrl(lib.pages);
  const groups: { page: PageRecord; annotations: Annotation[] }[] = [];
  for (const page of lib.pages) {
    const annotations = byUrl.get(page.url);
    if (annotations) groups.push({ page, annotations: annotations.sort(readingOrder) });
  }
  for (const [url, annotations] of byUrl) {
    if (known.has(url)) continue;
    groups.push({ page: pageOf(known, annotations[0]!), annotations: annotations.sort(readingOrder) });
  }
  return groups;
}

function readingOrder(a: Annotation, b: Annotation): number {
  const pa = positionOf(a);
  const pb = positionOf(b);
  if (pa !== pb) return pa - pb;
  return a.created < b.created ? -1 : a.created > b.created ? 1 : 0;
}

function positionOf(annotation: Annotation): number {
  for (const selector of annotation.selectors) if (selector.type === 'TextPositionSelector') return selector.start;
  return Number.MAX_SAFE_INTEGER;
}
