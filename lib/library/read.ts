/**
 * The library's reads (split from store.ts so the page's first chunk holds them without the write paths and
 * the model's validation): the newest rows for the first paint, everything, and the count.
 */
import { unwrap } from 'idb';
import type { Annotation, PageRecord } from '../model/annotation';
import { annotationsOf, byUpdatedDesc } from '../db/page-parts';
import { fromStored, type GlossDb, type PageAnnotations, type StoredAnnotation } from '../db/schema';
import { itemsIn, requestResult } from '../db/shards';

interface NewestSoFar {
  parts: PageAnnotations[];
  found: StoredAnnotation[];
}

/**
 * Takes the next part (parts come newest first, by their newest annotation); false when it, and so every later
 * part, is older than the `count`th newest annotation found so far: it can't change the answer.
 */
function take(state: NewestSoFar, part: PageAnnotations, count: number): boolean {
  if (state.found.length >= count && part.updated < state.found[count - 1]!.updated) return false;
  state.parts.push(part);
  state.found = annotationsOf(state.parts).sort(byUpdatedDesc).slice(0, count);
  return true;
}

/** `IDBIndex.getAllRecords` (Chromium 141+; not yet in TypeScript's DOM types). */
type WithGetAllRecords = IDBIndex & {
  getAllRecords?: (options: { count?: number; direction?: IDBCursorDirection }) => IDBRequest<{ value: PageAnnotations }[]>;
};

/** Parts asked for in one request first: a typical library's newest rows sit in fewer (the benchmark's: 10). */
const FIRST_BATCH = 16;

/**
 * The `count` most recently updated annotations, and their pages, in one transaction: enough to paint the
 * list before the rest loads. Parts are read newest first until no unread part can hold anything newer than
 * the `count`th annotation found. One `getAllRecords` request for the first FIRST_BATCH parts where the browser
 * has it (a cursor costs a round trip per part, each waiting for a main thread busy starting the page); the
 * cursor walk otherwise, or when those parts didn't settle it.
 */
export async function readNewest(db: GlossDb, count: number): Promise<{ annotations: Annotation[]; pages: PageRecord[] }> {
  const tx = db.transaction(['annotationsByPage', 'pageShards']);
  const index = tx.objectStore('annotationsByPage').index('byUpdated');
  let state: NewestSoFar = { parts: [], found: [] };
  let settled = false;
  const raw = unwrap(index) as WithGetAllRecords;
  if (typeof raw.getAllRecords === 'function') {
    const records = await requestResult(raw.getAllRecords({ count: FIRST_BATCH, direction: 'prev' }));
    // Settled when a part could not change the answer, or when these were all the parts there are.
    const stopped = records.some((record) => !take(state, record.value, count));
    settled = stopped || records.length < FIRST_BATCH;
  }
  if (!settled) {
    state = { parts: [], found: [] };
    for (let cursor = await index.openCursor(null, 'prev'); cursor && take(state, cursor.value, count); cursor = await cursor.continue());
  }
  const pages = await itemsIn(
    unwrap(tx.objectStore('pageShards')),
    'pageShards',
    state.found.map((a) => a.pageUrl),
  );
  return { annotations: state.found.map(fromStored), pages: [...pages.values()] };
}

/** Every annotation and page, and the count of writes they reflect (see snapshot.ts). */
export async function readLibrary(db: GlossDb): Promise<{ annotations: Annotation[]; pages: PageRecord[]; changes: number }> {
  const { annotations, pages, changes } = await readStores(db);
  return { annotations: annotations.map(fromStored), pages, changes };
}

/** Everything, as stored, and the count of writes it reflects: one read transaction. */
export async function readStores(db: GlossDb): Promise<{ annotations: StoredAnnotation[]; pages: PageRecord[]; changes: number }> {
  const tx = db.transaction(['annotationsByPage', 'pageShards', 'meta']);
  const [parts, pageShards, changes] = await Promise.all([
    tx.objectStore('annotationsByPage').getAll(),
    tx.objectStore('pageShards').getAll(),
    tx.objectStore('meta').get('changes'),
  ]);
  return { annotations: annotationsOf(parts), pages: pageShards.flatMap((shard) => shard.items), changes: changes ?? 0 };
}

/** How many annotations there are: the id shards, read whole (a fraction of the annotations' bytes). */
export async function countAnnotations(db: GlossDb): Promise<number> {
  const shards = await db.getAll('idShards');
  return shards.reduce((sum, shard) => sum + shard.items.length, 0);
}
