/**
 * One sync pass, the unit the background runs (on alarms, after a local write, and in a loop while the library
 * is open). Per database: pull the server's changes into the replica and apply them to Gloss (overlapped,
 * pull.ts), push Gloss's own changes into the replica, and push the replica to the server. PouchDB's replication
 * does the transfer and keeps its checkpoints on both sides, so a pass cut short (worker stopped, server killed)
 * resumes where it was.
 *
 * One truth: Gloss's database is what the reader sees and edits; a replica only carries revisions to and from
 * the server. After a pass, every readable winning document of a replica is in Gloss as it is there, and every
 * Gloss annotation of that database is the replica's winner, except for edits made during the pass (pushed next).
 */
import type { GlossDb, StoredAnnotation } from '../db/schema';
import { readStoredAnnotations, rehome } from '../db/sync-state';
import { applyReplica } from './apply';
import { annotationIdOf, isAnnotationDocId } from './docs';
import { describeSyncError, type SyncError } from './errors';
import type { PouchDatabase, ReplicationOutcome } from './pouch-types';
import { pullAndApply } from './pull';
import { pushToReplica } from './push';
import { addUnsent, clearUnsent } from './unsent';

export interface SyncTarget {
  /** The server's database name (the reader's own, or a desk). */
  database: string;
  replica: PouchDatabase;
  remote: PouchDatabase;
}

export interface SyncPassOptions {
  db: GlossDb;
  account: string;
  /** The reader's own database: where an annotation goes when a desk refuses it. */
  personal: string;
  /** Where annotations go that have no home yet (new ones): the reader's own database or a desk. */
  newIn?: string;
  targets: readonly SyncTarget[];
  /** For messages: the server as the reader typed it. */
  server: string;
  now?: () => string;
}

export interface TargetReport {
  database: string;
  pulled: number;
  pushed: number;
  applied: number;
  /** Annotations the server refused to store (e.g. a read-only desk member's), with its reason. */
  denied: { id: string; reason: string }[];
  /** Documents this version of Gloss could not read. */
  unreadable: string[];
  error: SyncError | null;
}

/**
 * Replication in batches of 1,000 documents (PouchDB's default is 100): every request to the server costs a
 * round trip and a check of the account's password, so on a first sync of 100,000 annotations fewer, larger
 * batches take about half the time. Five batches in flight bound the memory to a few megabytes.
 */
export const REPLICATION_OPTIONS = { batch_size: 1000, batches_limit: 5 } as const;

const homeOf = (fallback: string) => (annotation: StoredAnnotation) => annotation.sync?.database || fallback;

function deniedOf(outcome: ReplicationOutcome): { id: string; reason: string }[] {
  return outcome.errors.flatMap((error) => {
    const { id, reason, message } = (error ?? {}) as { id?: unknown; reason?: unknown; message?: unknown };
    if (typeof id !== 'string' || !isAnnotationDocId(id)) return [];
    return [{ id: annotationIdOf(id), reason: typeof reason === 'string' ? reason : String(message ?? 'refused') }];
  });
}

async function syncTarget(options: SyncPassOptions, target: SyncTarget): Promise<TargetReport> {
  const report: TargetReport = { database: target.database, pulled: 0, pushed: 0, applied: 0, denied: [], unreadable: [], error: null };
  const now = options.now ?? (() => new Date().toISOString());
  try {
    const pulled = await pullAndApply(options.db, target, REPLICATION_OPTIONS, now);
    report.pulled = pulled.pulled;
    report.applied = pulled.applied;
    report.unreadable = pulled.refused;
    const stored = await readStoredAnnotations(options.db);
    const pushed = await pushToReplica(
      { db: options.db, replica: target.replica, database: target.database, account: options.account },
      stored,
      homeOf(options.newIn ?? options.personal),
    );
    if (!pushed.ok) throw new Error(pushed.error);
    // Marked synced here, but not on the server until the push below goes through: counted as waiting till then.
    await addUnsent(target.replica, pushed.value.docIds);
    // An edit pushed as a branch beside someone else's may not be the winner: show what every device will show.
    const settled = await applyReplica(options.db, target.replica, target.database, now());
    if (!settled.ok) throw new Error(settled.error);
    report.applied += settled.value.applied;
    const outcome = await target.replica.replicate.to(target.remote, REPLICATION_OPTIONS);
    report.pushed = outcome.docs_written;
    await clearUnsent(target.replica);
    report.denied = deniedOf(outcome);
    // A refused write is never lost: the annotation stays here and goes to the reader's own database instead.
    if (target.database !== options.personal) for (const { id } of report.denied) await rehome(options.db, id, options.personal);
  } catch (error) {
    report.error = describeSyncError(error, options.server);
  }
  return report;
}

/** Syncs every database; one that fails (unreachable, refused) doesn't stop the others. */
export async function syncPass(options: SyncPassOptions): Promise<TargetReport[]> {
  const reports: TargetReport[] = [];
  for (const target of options.targets) reports.push(await syncTarget(options, target));
  return reports;
}
