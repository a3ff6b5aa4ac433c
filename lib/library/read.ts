/**
 * The library's reads (split from store.ts so the page's first chunk holds them without the write paths and
 * the model's validation): the newest rows for the first paint, everything, and the count.
 */
import type { Annotation, PageRecord } from '../model/annotation';
import { annotationsOf, byUpdatedDesc } from '../db/page-parts';
import { fromStored, type GlossDb, type PageAnnotations, type StoredAnnotation } from '../db/schema';
import { shardOf } from '../db/shards';

/**
 * The `count` most recently updated annotations, and their pages, in one transaction: enough to paint the
 * list before the rest loads. Page records come newest first (by their newest annotation); they are read until
 * no unread part can hold anything newer than the `count`th annotation found so far.
 */
export async function readNewest(db: GlossDb, count: number): Promise<{ annotations: Annotation[]; pages: PageRecord[] }> {
  const tx = db.transaction(['annotationsByPage', 'pageShards']);
  const parts: PageAnnotations[] = [];
  let found: Annotation[] = [];
  for (let cursor = await tx.objectStore('annotationsByPage').index('byUpdated').openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
    // Sorted: a part whose newest is older than the count-th newest found can't change the answer.
    if (found.length >= count && cursor.value.updated < found[count - 1]!.updated) break;
    parts.push(cursor.value);
    found = annotationsOf(parts).sort(byUpdatedDesc).slice(0, count);
  }
  const urls = new Set(found.map((a) => a.pageUrl));
  const shardStore = tx.objectStore('pageShards');
  const shards = await Promise.all([...new Set([...urls].map(shardOf))].map((shard) => shardStore.get(shard)));
  const pages = shards.flatMap((shard) => shard?.items.filter((page) => urls.has(page.url)) ?? []);
  return { annotations: found.map(fromStored), pages };
}

/** Every annotation and page, and the count of writes they reflect (see snapshot.ts). */
export async function readLibrary(db: GlossDb): Promise<{ annotations: Annotation[]; pages: PageRecord[]; changes: number }> {
  const { annotations, pages, changes } = await readStores(db);
  return { annotations: annotations.map(fromStored), pages, changes };
}

/** Everything, as stored, and the count of writes it reflects: one read transaction. */
export async function readStores(db: GlossDb): Promise<{ annotations: StoredAnnotation[]; pages: PageRecord[]; changes: number }> {
  const tx = db.transaction(['annotationsByPage', 'pageShards', 'meta']);
  const [parts, pageShards, changes] = await Promise.all([tx.objectStore('annotationsByPage').getAll(), tx.objectStore('pageShards').getAll(), tx.objectStore('meta').get('changes')]);
  return { annotations: annotationsOf(parts), pages: pageShards.flatMap((shard) => shard.items), changes: changes ?? 0 };
}

/** How many annotations there are: the id shards, read whole (a fraction of the annotations' bytes). */
export async function countAnnotations(db: GlossDb): Promise<number> {
  const shards = await db.getAll('idShards');
  return shards.reduce((sum, shard) => sum + shard.items.length, 0);
}
