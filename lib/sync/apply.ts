/**
 * Replica → Gloss: what replication brought into a replica becomes Gloss's annotations. Reads the replica's
 * changes since the last applied sequence (a `_local` checkpoint, which never replicates), applies each winning
 * revision, then moves the checkpoint: a crash in between applies the same changes again, which is harmless.
 */
import { applyRemoteChanges, type RemoteChanges } from '../db/sync-state';
import type { GlossDb, StoredAnnotation } from '../db/schema';
import { fail, ok, type Result } from '../result';
import { annotationFromDoc, annotationIdOf, isAnnotationDocId } from './docs';
import { readLocalDoc, writeLocalDoc } from './local-doc';
import type { ChangeRow, PouchDatabase, PouchDoc } from './pouch-types';

const CHECKPOINT_ID = '_local/gloss-applied';
/** Changes read per batch: bounds memory on a first sync of 100,000 annotations. */
const BATCH = 1000;

export interface ApplyReport {
  applied: number;
  keptLocal: string[];
  /** Documents the model refused (from someone else's server), with why. */
  refused: string[];
}

async function readCheckpoint(replica: PouchDatabase): Promise<{ seq: number | string; doc: PouchDoc | null }> {
  const doc = await readLocalDoc(replica, CHECKPOINT_ID);
  return { seq: (doc?.seq as number | string | undefined) ?? 0, doc };
}

/** The winning revision of one change as a stored annotation (or a delete, or a refusal). */
function readChange(row: ChangeRow, database: string): { put?: StoredAnnotation; remove?: string; refused?: string } {
  if (!isAnnotationDocId(row.id)) return {};
  const doc = row.doc as PouchDoc | undefined;
  if (row.deleted || !doc || doc._deleted) return { remove: annotationIdOf(row.id) };
  const read = annotationFromDoc(doc);
  if (!read.ok) return { refused: read.error };
  const { annotation, authorship } = read.value;
  const sync = { database, rev: doc._rev ?? '', updated: annotation.updated, ...authorship, conflicts: doc._conflicts ?? [] };
  return { put: { ...annotation, sync } };
}

export async function applyReplica(db: GlossDb, replica: PouchDatabase, database: string, now: string): Promise<Result<ApplyReport>> {
  const report: ApplyReport = { applied: 0, keptLocal: [], refused: [] };
  let checkpoint = await readCheckpoint(replica);
  for (;;) {
    const batch = await replica.changes({ since: checkpoint.seq, include_docs: true, conflicts: true, limit: BATCH });
    if (batch.results.length === 0) return ok(report);
    const changes: RemoteChanges = { database, put: [], remove: [] };
    for (const row of batch.results) {
      const read = readChange(row, database);
      if (read.put) changes.put.push(read.put);
      if (read.remove) changes.remove.push(read.remove);
      if (read.refused) report.refused.push(read.refused);
    }
    const applied = await applyRemoteChanges(db, changes, now);
    if (!applied.ok) return fail(applied.error);
    report.applied += applied.value.applied;
    report.keptLocal.push(...applied.value.keptLocal);
    const rev = await writeLocalDoc(replica, CHECKPOINT_ID, checkpoint.doc, { seq: batch.last_seq });
    checkpoint = { seq: batch.last_seq, doc: { _id: CHECKPOINT_ID, _rev: rev } };
  }
}
