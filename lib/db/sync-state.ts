/**
 * The Gloss database's side of sync (lib/sync): which annotations changed here since they were last synced, and
 * applying what came from other devices. Both run inside one write transaction each, so a remote change can
 * never overwrite an edit the reader made a moment ago: that edit is "dirty" and wins here; sync then pushes it
 * as a revision of its own, and replication keeps both when they conflict.
 */
import { fail, ok, type Result } from '../result';
import { bareRecord, putPages } from './pages';
import { annotationsOf } from './page-parts';
import { PartsEditor } from './parts-editor';
import { fromStored, type GlossDb, type StoredAnnotation, type SyncMark } from './schema';
import { BULK_WRITE, inWriteTx } from './transaction';
import { normalizePageUrl } from './url';

/** Changed here since its last sync (or never synced). */
export const isDirty = (stored: StoredAnnotation): boolean => stored.sync === undefined || stored.sync.updated !== stored.updated;

/** Every stored annotation with its sync mark. */
export async function readStoredAnnotations(db: GlossDb): Promise<StoredAnnotation[]> {
  return annotationsOf(await db.getAll('annotationsByPage'));
}

export interface RemoteChanges {
  /** The server database these come from: only annotations that live there are changed. */
  database: string;
  /** Annotations as the winning revision has them, each with its mark. */
  put: StoredAnnotation[];
  /** Ids whose winning revision is a delete. */
  remove: string[];
}

export interface AppliedRemote {
  applied: number;
  /** Changed here meanwhile, so left as they are (sync pushes them next). */
  keptLocal: string[];
}

/** Applies other devices' changes in one transaction, except to annotations changed here since their last sync. */
export async function applyRemoteChanges(db: GlossDb, changes: RemoteChanges, now: string): Promise<Result<AppliedRemote>> {
  const ids = [...changes.put.map((a) => a.id), ...changes.remove];
  if (ids.length === 0) return ok({ applied: 0, keptLocal: [] });
  return inWriteTx(
    db,
    async (tx) => {
      const parts = new PartsEditor(tx);
      const pages = [...new Set(changes.put.map((a) => normalizePageUrl(a.pageUrl)))];
      await Promise.all([parts.loadIds(ids), parts.loadPages(pages)]);
      const keptLocal: string[] = [];
      let applied = 0;
      for (const incoming of changes.put) {
        const current = parts.get(incoming.id);
        // Each database speaks only for its own annotations (one refused by a desk now lives in the reader's own).
        if (current?.sync && current.sync.database !== incoming.sync?.database) keptLocal.push(incoming.id);
        else if (current && isDirty(current) && !sameContent(current, incoming)) keptLocal.push(incoming.id);
        else if (!current || current.sync?.rev !== incoming.sync?.rev || !sameConflicts(current.sync, incoming.sync)) {
          parts.put({ ...incoming, pageUrl: normalizePageUrl(incoming.pageUrl) });
          applied += 1;
        }
      }
      for (const id of changes.remove) {
        const current = parts.get(id);
        if (current && current.sync?.database !== changes.database) keptLocal.push(id);
        else if (current && isDirty(current)) keptLocal.push(id);
        else if (current) {
          parts.remove(id);
          applied += 1;
        }
      }
      parts.flush();
      await putPages(
        tx,
        pages.map((url) => bareRecord(url, now)),
      );
      return ok({ applied, keptLocal });
    },
    BULK_WRITE,
  );
}

/** The same annotation, field for field (two devices that imported one backup hold the same records). */
const sameContent = (a: StoredAnnotation, b: StoredAnnotation) => JSON.stringify(fromStored(a)) === JSON.stringify(fromStored(b));

const sameConflicts = (a: SyncMark | undefined, b: SyncMark | undefined) => (a?.conflicts ?? []).join() === (b?.conflicts ?? []).join();

export interface PushedMark {
  id: string;
  /** The `updated` that was pushed: the mark is set only if the record still has it. */
  updated: string;
  mark: SyncMark;
}

/** Records that these annotations are now synced; one edited again meanwhile stays dirty. */
export async function markSynced(db: GlossDb, marks: readonly PushedMark[]): Promise<Result<number>> {
  if (marks.length === 0) return ok(0);
  return inWriteTx(
    db,
    async (tx) => {
      const parts = new PartsEditor(tx);
      await parts.loadIds(marks.map((m) => m.id));
      let marked = 0;
      for (const { id, updated, mark } of marks) {
        const current = parts.get(id);
        if (!current || current.updated !== updated) continue;
        // The account that first sent it is its creator, here as on every other device.
        parts.put({ ...current, creator: current.creator ?? mark.creator, sync: mark });
        marked += 1;
      }
      parts.flush();
      return ok(marked);
    },
    BULK_WRITE,
  );
}

/** Forgets an annotation's sync mark so it is pushed again, to `database` (a refused desk write goes personal). */
export async function rehome(db: GlossDb, id: string, database: string): Promise<Result<boolean>> {
  return inWriteTx(db, async (tx) => {
    const parts = new PartsEditor(tx);
    await parts.loadIds([id]);
    const current = parts.get(id);
    if (!current) return fail(`no annotation ${id}`);
    const { sync, ...rest } = current;
    const creator = sync?.creator ?? '';
    parts.put({ ...rest, sync: { database, rev: '', updated: '', creator, editor: creator, conflicts: [] } });
    parts.flush();
    return ok(true);
  });
}
