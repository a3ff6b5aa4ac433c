/**
 * Is the library page's in-memory copy still what the database holds? The page loads every annotation and page
 * for search, so a backup can be written from that copy instead of reading 100k records again (the read was
 * most of the backup's time), but only when nothing else (another tab, the background) has written since.
 *
 * The check: the number of annotations (entries of the byId index) and of pages, and the newest `updated` (the
 * last key of the byUpdated index, which holds each page part's newest). Every annotation write Gloss makes
 * either changes a count or stamps `updated` with the current time,
 * so a write elsewhere changes one of the three. The copy's stamp is computed from the copy itself, so the
 * page's own writes (mirrored into its model) are accounted for without separate bookkeeping.
 */
import type { Annotation, PageRecord } from '../model/annotation';
import { annotationsOf } from '../db/page-parts';
import type { GlossDb, StoredAnnotation } from '../db/schema';

export interface LibraryStamp {
  annotations: number;
  pages: number;
  /** The greatest `updated` (ISO strings compare as IndexedDB compares the index keys); null when empty. */
  newest: string | null;
}

export interface LibraryCopy {
  annotations: Annotation[];
  pages: PageRecord[];
}

export function stampOf(copy: { annotations: readonly Annotation[]; pages: readonly PageRecord[] }): LibraryStamp {
  let newest: string | null = null;
  for (const a of copy.annotations) if (newest === null || a.updated > newest) newest = a.updated;
  return { annotations: copy.annotations.length, pages: copy.pages.length, newest };
}

/** The database's stamp: two counts and one key, in one read transaction (no record is read). */
export async function readStamp(db: GlossDb): Promise<LibraryStamp> {
  const tx = db.transaction(['annotationsByPage', 'pages']);
  const parts = tx.objectStore('annotationsByPage');
  const [count, pages, last] = await Promise.all([parts.index('byId').count(), tx.objectStore('pages').count(), parts.index('byUpdated').openKeyCursor(null, 'prev')]);
  return { annotations: count, pages, newest: last ? last.key : null };
}

export function sameStamp(a: LibraryStamp, b: LibraryStamp): boolean {
  return a.annotations === b.annotations && a.pages === b.pages && a.newest === b.newest;
}

/** Everything, as stored: one `getAll` per store in one read transaction. */
export async function readStores(db: GlossDb): Promise<{ annotations: StoredAnnotation[]; pages: PageRecord[] }> {
  const tx = db.transaction(['annotationsByPage', 'pages']);
  const [parts, pages] = await Promise.all([tx.objectStore('annotationsByPage').getAll(), tx.objectStore('pages').getAll()]);
  return { annotations: annotationsOf(parts), pages };
}

/**
 * The whole library for a backup: `memory` (new arrays, so sorting them leaves the caller's alone) when the
 * database's stamp matches it, otherwise a fresh read of the stores. `memory` null: always read.
 */
export async function currentLibrary(db: GlossDb, memory: LibraryCopy | null): Promise<LibraryCopy & { fromMemory: boolean }> {
  if (memory && sameStamp(await readStamp(db), stampOf(memory))) {
    return { annotations: [...memory.annotations], pages: [...memory.pages], fromMemory: true };
  }
  return { ...(await readStores(db)), fromMemory: false };
}
