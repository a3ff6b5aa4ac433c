/**
 * Two versions of one annotation: when two people changed it apart, replication keeps both revisions and picks
 * the same winner everywhere; the loser stays as a conflict. Here the reader sees every version with who wrote
 * it, and keeps one: that version becomes the new revision, the others are deleted, and sync spreads both.
 */
import type { GlossDb } from '../db/schema';
import { readStoredAnnotations } from '../db/sync-state';
import type { Annotation } from '../model/annotation';
import { fail, ok, type Result } from '../result';
import { annotationDoc, annotationDocId, annotationFromDoc } from './docs';
import type { PouchDatabase, PouchDoc } from './pouch-types';

export interface AnnotationVersion {
  rev: string;
  /** The account that wrote this version. */
  editor: string;
  annotation: Annotation;
  /** The version every device shows until someone chooses. */
  winning: boolean;
}

export interface AnnotationConflict {
  id: string;
  database: string;
  versions: AnnotationVersion[];
}

async function versionsOf(replica: PouchDatabase, id: string): Promise<{ winner: PouchDoc; versions: AnnotationVersion[] }> {
  const winner = await replica.get(annotationDocId(id), { conflicts: true });
  const others = await Promise.all((winner._conflicts ?? []).map((rev) => replica.get(annotationDocId(id), { rev })));
  const versions = [winner, ...others].flatMap((doc): AnnotationVersion[] => {
    const read = annotationFromDoc(doc);
    if (!read.ok) return [];
    return [{ rev: doc._rev ?? '', editor: read.value.authorship.editor, annotation: read.value.annotation, winning: doc === winner }];
  });
  return { winner, versions };
}

/** Every annotation with more than one version, each version read from its replica. */
export async function listConflicts(db: GlossDb, replicaFor: (database: string) => PouchDatabase | null): Promise<AnnotationConflict[]> {
  const conflicted = (await readStoredAnnotations(db)).filter((a) => (a.sync?.conflicts.length ?? 0) > 0);
  const found: AnnotationConflict[] = [];
  for (const stored of conflicted) {
    const replica = replicaFor(stored.sync!.database);
    if (!replica) continue;
    const { versions } = await versionsOf(replica, stored.id);
    if (versions.length > 1) found.push({ id: stored.id, database: stored.sync!.database, versions });
  }
  return found;
}

/**
 * Keeps version `rev` of annotation `id`: written as a new revision on top of the winner (by `account`), and
 * every other branch ends in a delete. The caller applies the replica to Gloss and syncs.
 */
export async function keepVersion(replica: PouchDatabase, id: string, rev: string, account: string): Promise<Result<Annotation>> {
  const { winner, versions } = await versionsOf(replica, id);
  if (versions.length < 2) return fail('This annotation has only one version now.');
  const chosen = versions.find((v) => v.rev === rev);
  if (!chosen) return fail('That version is no longer there: someone may have chosen already. Sync and look again.');
  const creator = chosen.annotation.creator ?? chosen.editor;
  const next = { ...annotationDoc(chosen.annotation, { creator, editor: account }), _rev: winner._rev };
  const losers = versions.filter((v) => !v.winning).map((v) => ({ _id: annotationDocId(id), _rev: v.rev, _deleted: true }));
  const answers = await replica.bulkDocs([next, ...losers]);
  const refused = answers.find((a) => a.error);
  if (refused) return fail(`Could not keep that version: ${refused.reason ?? refused.message ?? String(refused.error)}`);
  return ok(chosen.annotation);
}
