/**
 * A replica's `_local` documents (bookkeeping that never replicates): the applied checkpoint (apply.ts) and the
 * ids not yet on the server (unsent.ts). Absent until first written.
 */
import type { PouchDatabase, PouchDoc } from './pouch-types';

/** The document, or null when it was never written. */
export async function readLocalDoc(replica: PouchDatabase, id: string): Promise<PouchDoc | null> {
  try {
    return await replica.get(id);
  } catch {
    return null;
  }
}

/** Writes `fields` as the new version of `current` (the document as last read, or null); answers its revision. */
export async function writeLocalDoc(
  replica: PouchDatabase,
  id: string,
  current: PouchDoc | null,
  fields: Record<string, unknown>,
): Promise<string> {
  return (await replica.put({ _id: id, ...(current?._rev ? { _rev: current._rev } : {}), ...fields })).rev;
}
