/**
 * Gloss → replica: every annotation changed here since its last sync is written to the replica of the database
 * it lives in, as a child of the revision it was based on. When that revision is no longer the replica's
 * latest (someone else changed it meanwhile), the edit becomes a sibling branch, so replication keeps both and
 * the reader chooses (conflicts.ts). Annotations deleted here become tombstones.
 */
import { isDirty, markSynced, type PushedMark } from '../db/sync-state';
import { fromStored, type GlossDb, type StoredAnnotation } from '../db/schema';
import { randomUuid } from '../random-id';
import { fail, ok, type Result } from '../result';
import { annotationDoc, annotationDocId, annotationFromDoc, isAnnotationDocId } from './docs';
import type { PouchDatabase, PouchDoc } from './pouch-types';

export interface PushContext {
  db: GlossDb;
  replica: PouchDatabase;
  database: string;
  /** The signed-in account: the editor of what is written now, and the creator of what it made. */
  account: string;
}

export interface PushReport {
  written: number;
  deleted: number;
  /** The replica documents written or deleted: they wait for the push to the server (unsent.ts). */
  docIds: string[];
}

/** The replica's latest revision of each live document. */
async function liveRevisions(replica: PouchDatabase): Promise<Map<string, string>> {
  const { rows } = await replica.allDocs();
  const revisions = new Map<string, string>();
  for (const row of rows) if (isAnnotationDocId(row.id) && !row.value.deleted) revisions.set(row.id, row.value.rev);
  return revisions;
}

/** A revision branching from `base` (which is not the latest): replication keeps it beside the other. */
async function branchFrom(replica: PouchDatabase, doc: PouchDoc, base: string): Promise<string> {
  const history = (await replica.get(doc._id, { rev: base, revs: true }))._revisions ?? { start: 0, ids: [] };
  // CouchDB revision ids are 32 hex digits; a random one cannot collide with the other branch's.
  const hash = randomUuid().replace(/-/g, '');
  const rev = `${history.start + 1}-${hash}`;
  await replica.bulkDocs([{ ...doc, _rev: rev, _revisions: { start: history.start + 1, ids: [hash, ...history.ids] } }], {
    new_edits: false,
  });
  return rev;
}

async function writeOne(replica: PouchDatabase, doc: PouchDoc, base: string | undefined, latest: string | undefined): Promise<string> {
  if (latest === undefined || base === undefined || base === '' || base === latest) {
    return (await replica.put(latest === undefined ? doc : { ...doc, _rev: latest })).rev;
  }
  return branchFrom(replica, doc, base);
}

/**
 * Only a document Gloss could read can have been deleted here: one it refused (a newer format, someone else's
 * server) never reached the library, so its absence says nothing, and it must stay for the others.
 */
async function wasReadable(replica: PouchDatabase, docId: string): Promise<boolean> {
  return annotationFromDoc(await replica.get(docId)).ok;
}

export async function pushToReplica(
  ctx: PushContext,
  stored: readonly StoredAnnotation[],
  homeOf: (a: StoredAnnotation) => string,
): Promise<Result<PushReport>> {
  const latest = await liveRevisions(ctx.replica);
  const marks: PushedMark[] = [];
  const here = new Set<string>();
  for (const annotation of stored) {
    if (homeOf(annotation) !== ctx.database) continue;
    const docId = annotationDocId(annotation.id);
    here.add(docId);
    if (!isDirty(annotation) && annotation.sync?.database === ctx.database && latest.has(docId)) continue;
    const base = annotation.sync?.database === ctx.database ? annotation.sync.rev : undefined;
    // Who made it: as recorded (someone else's annotation on a desk), else the account that first sends it.
    const creator = annotation.creator || annotation.sync?.creator || ctx.account;
    const doc = annotationDoc(fromStored(annotation), { creator, editor: ctx.account });
    const rev = await writeOne(ctx.replica, doc, base, latest.get(docId));
    const mark = {
      database: ctx.database,
      rev,
      updated: annotation.updated,
      creator,
      editor: ctx.account,
      conflicts: annotation.sync?.conflicts ?? [],
    };
    marks.push({ id: annotation.id, updated: annotation.updated, mark });
  }
  const deletedIds: string[] = [];
  for (const [docId, rev] of latest) {
    if (here.has(docId) || !(await wasReadable(ctx.replica, docId))) continue;
    await ctx.replica.remove(docId, rev);
    deletedIds.push(docId);
  }
  const marked = await markSynced(ctx.db, marks);
  if (!marked.ok) return fail(marked.error);
  const docIds = [...marks.map((m) => annotationDocId(m.id)), ...deletedIds];
  return ok({ written: marks.length, deleted: deletedIds.length, docIds });
}
