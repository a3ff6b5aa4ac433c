/**
 * Server → replica → Gloss, overlapped. Replication brings the server's changes into the replica in batches;
 * each batch is applied to Gloss while the next is on its way, instead of all of them after the transfer. On a
 * first sync of 100,000 annotations that hides most of the writing behind the network. It is safe at any time:
 * `applyReplica` reads the replica's changes after its own checkpoint, so one more run at the end picks up
 * whatever the runs during the transfer did not see, and runs never overlap each other.
 */
import type { GlossDb } from '../db/schema';
import { applyReplica, type ApplyReport } from './apply';
import type { PouchDatabase, ReplicateOptions } from './pouch-types';

export interface PullTarget {
  database: string;
  replica: PouchDatabase;
  remote: PouchDatabase;
}

export interface PullReport extends ApplyReport {
  /** Documents replication wrote into the replica. */
  pulled: number;
}

/** Pulls and applies; throws what replication or applying threw (the pass turns it into a SyncError). */
export async function pullAndApply(db: GlossDb, target: PullTarget, options: ReplicateOptions, now: () => string): Promise<PullReport> {
  const report: PullReport = { pulled: 0, applied: 0, keptLocal: [], refused: [] };
  let failure: unknown = null;
  let queue: Promise<void> = Promise.resolve();
  let queued = false;
  const applyOnce = async (): Promise<void> => {
    queued = false;
    if (failure !== null) return;
    try {
      const applied = await applyReplica(db, target.replica, target.database, now());
      if (!applied.ok) throw new Error(applied.error);
      report.applied += applied.value.applied;
      report.keptLocal.push(...applied.value.keptLocal);
      report.refused.push(...applied.value.refused);
    } catch (error) {
      failure = error;
    }
  };
  // One run waiting behind the current one is enough: it reads every change that arrived meanwhile.
  const schedule = () => {
    if (queued) return;
    queued = true;
    queue = queue.then(applyOnce);
  };
  const replication = target.replica.replicate.from(target.remote, options);
  replication.on('change', schedule);
  try {
    report.pulled = (await replication).docs_written;
  } finally {
    // Nothing may still be writing to Gloss when the pass goes on (or ends with an error).
    await queue;
  }
  await applyOnce();
  if (failure !== null) throw failure;
  return report;
}
