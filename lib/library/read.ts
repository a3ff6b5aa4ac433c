/**
 * The library's reads (split from store.ts so the page's first chunk holds them without the write paths and
 * the model's validation): the newest rows for the first paint, everything, and the count.
 */
import { unwrap } from 'idb';
import type { Annotation, PageRecord } from '../model/annotation';
import { fromStored, type GlossDb, type StoredAnnotation } from '../db/schema';

/** IndexedDB 3's `getAllRecords` (Chromium 141+): newest-first batches in one request instead of a cursor. */
type RecordsIndex = IDBIndex & {
  getAllRecords?: (options: { direction: 'prev'; count: number }) => IDBRequest<{ value: StoredAnnotation }[]>;
};

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * The first `count` annotations, most recently updated first, and their pages, in one transaction: enough to
 * paint the list before the rest loads.
 */
export async function readNewest(db: GlossDb, count: number): Promise<{ annotations: Annotation[]; pages: PageRecord[] }> {
  const tx = db.transaction(['annotations', 'pages']);
  const index = tx.objectStore('annotations').index('byUpdated');
  const raw = unwrap(index) as RecordsIndex;
  const annotations: Annotation[] = [];
  if (typeof raw.getAllRecords === 'function') {
    for (const record of await settle(raw.getAllRecords({ direction: 'prev', count }))) annotations.push(fromStored(record.value));
  } else {
    for (let cursor = await index.openCursor(null, 'prev'); cursor && annotations.length < count; cursor = await cursor.continue()) {
      annotations.push(fromStored(cursor.value));
    }
  }
  const pageStore = tx.objectStore('pages');
  const pages = await Promise.all([...new Set(annotations.map((a) => a.pageUrl))].map((url) => pageStore.get(url)));
  return { annotations, pages: pages.filter((page): page is PageRecord => page !== undefined) };
}

/** Every annotation and page. */
export async function readLibrary(db: GlossDb): Promise<{ annotations: Annotation[]; pages: PageRecord[] }> {
  const tx = db.transaction(['annotations', 'pages']);
  const [stored, pages] = await Promise.all([tx.objectStore('annotations').getAll(), tx.objectStore('pages').getAll()]);
  return { annotations: stored.map(fromStored), pages };
}

export async function countAnnotations(db: GlossDb): Promise<number> {
  return db.count('annotations');
}
