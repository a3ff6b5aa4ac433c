/**
 * Is the library page's in-memory copy still what the database holds? The page loads every annotation and page
 * for search, so a backup can be written from that copy instead of reading 100k records again (the read was
 * most of the backup's time), but only when nothing else (another tab, the background) has written since.
 *
 * The check is one number: the database counts its committed writes (lib/db/transaction.ts `countChange`). The
 * copy remembers the count it was read at, plus one for each of the page's own writes, which it mirrors into
 * itself. Any other write (an annotation, a page record, anything) makes the two differ, and the backup reads
 * the stores instead.
 */
import type { Annotation, PageRecord } from '../model/annotation';
import type { GlossDb } from '../db/schema';
import { readChanges } from '../db/transaction';
import { readStores } from './read';

export interface LibraryCopy {
  annotations: Annotation[];
  pages: PageRecord[];
  /** The database's count of writes this copy reflects. */
  changes: number;
}

/**
 * The whole library for a backup: `memory` (new arrays, so sorting them leaves the caller's alone) when the
 * database has committed no write since, otherwise a fresh read of the stores. `memory` null: always read.
 */
export async function currentLibrary(db: GlossDb, memory: LibraryCopy | null): Promise<LibraryCopy & { fromMemory: boolean }> {
  if (memory && (await readChanges(db)) === memory.changes) {
    return { annotations: [...memory.annotations], pages: [...memory.pages], changes: memory.changes, fromMemory: true };
  }
  return { ...(await readStores(db)), fromMemory: false };
}
