/**
 * What is in a replica but maybe not yet on the server. A pass first writes Gloss's changes into the replica
 * (and marks them synced there), then replicates the replica to the server; when the server goes away in
 * between, those changes are safe in the replica and go out with the next pass (PouchDB resumes from its
 * checkpoint), but they are not on the server yet, and the reader must be told so. The ids wait in a `_local`
 * document of the replica (never replicated) until a push to the server succeeds.
 */
import { isDirty } from '../db/sync-state';
import type { StoredAnnotation } from '../db/schema';
import { annotationIdOf, isAnnotationDocId } from './docs';
import { readLocalDoc, writeLocalDoc } from './local-doc';
import type { PouchDatabase, PouchDoc } from './pouch-types';

const UNSENT_ID = '_local/gloss-unsent';

const idsOf = (doc: PouchDoc | null): string[] =>
  Array.isArray(doc?.ids) ? doc.ids.filter((id): id is string => typeof id === 'string') : [];

/** The document ids written to the replica and not yet known to be on the server. */
export async function readUnsent(replica: PouchDatabase): Promise<string[]> {
  return idsOf(await readLocalDoc(replica, UNSENT_ID));
}

/** Records that these documents were written to the replica and wait for the push to the server. */
export async function addUnsent(replica: PouchDatabase, docIds: readonly string[]): Promise<void> {
  if (docIds.length === 0) return;
  const current = await readLocalDoc(replica, UNSENT_ID);
  await writeLocalDoc(replica, UNSENT_ID, current, { ids: [...new Set([...idsOf(current), ...docIds])] });
}

/** After a push to the server that went through: nothing in the replica waits any more. */
export async function clearUnsent(replica: PouchDatabase): Promise<void> {
  const current = await readLocalDoc(replica, UNSENT_ID);
  if (idsOf(current).length > 0) await writeLocalDoc(replica, UNSENT_ID, current, { ids: [] });
}

/** Annotations changed here and not yet on the server: changed since their last pass, or pushed only as far as a replica. */
export async function countPending(stored: readonly StoredAnnotation[], replicas: readonly PouchDatabase[]): Promise<number> {
  const pending = new Set(stored.filter(isDirty).map((a) => a.id));
  for (const replica of replicas)
    for (const docId of await readUnsent(replica)) if (isAnnotationDocId(docId)) pending.add(annotationIdOf(docId));
  return pending.size;
}
