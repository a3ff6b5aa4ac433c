/**
 * The library's reads (split from store.ts so the page's first chunk holds them without the write paths and
 * the model's validation): the newest rows for the first paint, everything, and the count.
 */
import type { Annotation, PageRecord } from '../model/annotation';
import { annotationsOf, byUpdatedDesc } from '../db/page-parts';
import { fromStored, type GlossDb, type PageAnnotations } from '../db/schema';

/**
 * The `count` most recently updated annotations, and their pages, in one transaction: enough to paint the
 * list before the rest loads. Page records come newest first (by their newest annotation); they are read until
 * no unread part can hold anything newer than the `count`th annotation found so far.
 */
export async function readNewest(db: GlossDb, count: number): Promise<{ annotations: Annotation[]; pages: PageRecord[] }> {
  const tx = db.transaction(['annotationsByPage', 'pages']);
  const parts: PageAnnotations[] = [];
  let found: Annotation[] = [];
  for (let cursor = await tx.objectStore('annotationsByPage').index('byUpdated').openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
    // Sorted: a part whose newest is older than the count-th newest found can't change the answer.
    if (found.length >= count && cursor.value.updated < found[count - 1]!.updated) break;
    parts.push(cursor.value);
    found = annotationsOf(parts).sort(byUpdatedDesc).slice(0, count);
  }
  const pageStore = tx.objectStore('pages');
  const pages = await Promise.all([...new Set(found.map((a) => a.pageUrl))].map((url) => pageStore.get(url)));
  return { annotations: found.map(fromStored), pages: pages.filter((page): page is PageRecord => page !== undefined) };
}

/** Every annotation and page, and the count of writes they reflect (see snapshot.ts). */
export async function readLibrary(db: GlossDb): Promise<{ annotations: Annotation[]; pages: PageRecord[]; changes: number }> {
  const tx = db.transaction(['annotationsByPage', 'pages', 'meta']);
  const [parts, pages, changes] = await Promise.all([tx.objectStore('annotationsByPage').getAll(), tx.objectStore('pages').getAll(), tx.objectStore('meta').get('changes')]);
  return { annotations: annotationsOf(parts).map(fromStored), pages, changes: changes ?? 0 };
}

/** One index entry per annotation id: the count without reading a record. */
export async function countAnnotations(db: GlossDb): Promise<number> {
  return db.countFromIndex('annotationsByPage', 'byId');
}
