/**
 * The sync service the background runs: settings, one pass at a time, a pass soon after each local write, and
 * the status the Sync panel and the popup show. Everything that touches the browser is passed in (PouchDB
 * databases, fetch, timers), so it runs in unit tests as it does in the extension.
 */
import { getStoredAnnotation } from '../db/annotations';
import type { GlossDb } from '../db/schema';
import { readStoredAnnotations } from '../db/sync-state';
import { fail, ok, type Result } from '../result';
import { applyReplica } from './apply';
import { keepVersion, listConflicts, type AnnotationConflict } from './conflicts';
import { checkServer } from './server-check';
import { syncPass, type TargetReport } from './pass';
import type { PouchDatabase } from './pouch-types';
import { databasesOf, parseSyncSettings, viewOf, type SyncSettings, type SyncSettingsView } from './settings';
import type { SyncStore } from './settings-store';
import { countPending } from './unsent';

export interface SyncServiceDeps {
  db: () => Promise<GlossDb>;
  store: SyncStore;
  replicaFor: (database: string) => PouchDatabase;
  remoteFor: (settings: SyncSettings, database: string) => PouchDatabase;
  fetch: typeof fetch;
  now?: () => string;
  /** How long after a local write the pass starts (writes in a burst share one pass). */
  debounceMs?: number;
}

/** A write a desk refused; the annotation went to the reader's own database instead. */
export interface Refusal {
  id: string;
  database: string;
  reason: string;
}

/** Refusals the status keeps saying until sync is set up again (the reader must learn of each). */
const MAX_REFUSALS = 50;

export interface SyncStatus {
  settings: SyncSettingsView | null;
  state: 'off' | 'syncing' | 'synced' | 'error';
  /** When the last pass ended without an error. */
  lastSync: string | null;
  /** Annotations changed here and not yet on the server. */
  pending: number;
  /** Annotations with more than one version, waiting for the reader to choose. */
  conflicted: number;
  databases: TargetReport[];
  refused: Refusal[];
  /** One line for the popup. */
  summary: string;
}

const waiting = (pending: number) => `${pending} change${pending === 1 ? '' : 's'} waiting to sync.`;

function summaryOf(
  state: SyncStatus['state'],
  reports: readonly TargetReport[],
  refused: readonly Refusal[],
  pending: number,
  lastSync: string | null,
): string {
  if (state === 'off') return 'Sync is off.';
  if (state === 'syncing') return 'Syncing…';
  const error = reports.find((r) => r.error)?.error;
  if (error) return pending > 0 ? `${error.message} ${waiting(pending)}` : error.message;
  const [first] = refused;
  if (first) {
    const count = refused.length === 1 ? '1 annotation was' : `${refused.length} annotations were`;
    return `${count} refused by desk ${first.database} (${first.reason}) and kept in your own database.`;
  }
  if (pending > 0) return waiting(pending);
  return lastSync ? `Synced at ${lastSync.slice(11, 16)} UTC.` : 'Not synced yet.';
}

export function createSyncService(deps: SyncServiceDeps) {
  const now = deps.now ?? (() => new Date().toISOString());
  let running: Promise<void> | null = null;
  let again = false;
  let reports: TargetReport[] = [];
  let refused: Refusal[] = [];
  let lastSync: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const replicaOf = (settings: SyncSettings, database: string) => deps.replicaFor(`${settings.account}@${settings.server}/${database}`);

  async function pass(settings: SyncSettings): Promise<void> {
    const targets = databasesOf(settings).map((database) => ({
      database,
      replica: replicaOf(settings, database),
      remote: deps.remoteFor(settings, database),
    }));
    const { account, personal, newIn, server } = settings;
    reports = await syncPass({ db: await deps.db(), account, personal, newIn, targets, server, now });
    const fresh = reports.flatMap((r) => r.denied.map((d) => ({ ...d, database: r.database })));
    refused = [...fresh, ...refused.filter((old) => !fresh.some((f) => f.id === old.id))].slice(0, MAX_REFUSALS);
    if (reports.every((r) => r.error === null)) lastSync = now();
  }

  /** Runs a pass now, or once more after the running one (a write during a pass is not left for the alarm). */
  async function syncNow(): Promise<SyncStatus> {
    if (running) {
      again = true;
      await running;
      return status();
    }
    running = (async () => {
      do {
        again = false;
        const settings = await deps.store.settings();
        if (settings) await pass(settings);
      } while (again);
    })().finally(() => (running = null));
    await running;
    return status();
  }

  async function status(): Promise<SyncStatus> {
    const settings = await deps.store.settings();
    const stored = settings ? await readStoredAnnotations(await deps.db()) : [];
    const replicas = settings ? databasesOf(settings).map((database) => replicaOf(settings, database)) : [];
    const pending = settings ? await countPending(stored, replicas) : 0;
    const conflicted = stored.filter((a) => (a.sync?.conflicts.length ?? 0) > 0).length;
    const state: SyncStatus['state'] = !settings ? 'off' : running ? 'syncing' : reports.some((r) => r.error) ? 'error' : 'synced';
    return {
      settings: settings && viewOf(settings),
      state,
      lastSync,
      pending,
      conflicted,
      databases: reports,
      refused,
      summary: summaryOf(state, reports, refused, pending, lastSync),
    };
  }

  return {
    syncNow,
    status,
    /** A pass shortly after a local write. */
    soon(): void {
      clearTimeout(timer);
      timer = setTimeout(() => void syncNow().catch(console.warn), deps.debounceMs ?? 1500);
    },
    /** Checks the server and the account, then saves the settings and syncs. Nothing is saved if the check fails. */
    async configure(input: unknown): Promise<Result<SyncStatus>> {
      const parsed = parseSyncSettings(input);
      if (!parsed.ok) return fail(parsed.error);
      const checked = await checkServer(deps.fetch, parsed.value);
      if (!checked.ok) return checked;
      await deps.store.saveSettings(parsed.value);
      reports = [];
      refused = [];
      lastSync = null;
      return ok(await syncNow());
    },
    /** Annotations with more than one version (two people changed them apart), every version with its editor. */
    async conflicts(): Promise<AnnotationConflict[]> {
      const settings = await deps.store.settings();
      if (!settings) return [];
      const databases = new Set(databasesOf(settings));
      return listConflicts(await deps.db(), (database) => (databases.has(database) ? replicaOf(settings, database) : null));
    },
    /** Keeps one version of a conflicted annotation; the choice reaches every device with the next passes. */
    async keep(id: string, rev: string): Promise<Result<SyncStatus>> {
      const settings = await deps.store.settings();
      if (!settings) return fail('Sync is off.');
      const db = await deps.db();
      const database = (await getStoredAnnotation(db, id))?.sync?.database;
      if (!database || !databasesOf(settings).includes(database)) return fail('This annotation has only one version now.');
      const replica = replicaOf(settings, database);
      const kept = await keepVersion(replica, id, rev, settings.account);
      if (!kept.ok) return kept;
      const applied = await applyReplica(db, replica, database, now());
      if (!applied.ok) return fail(applied.error);
      return ok(await syncNow());
    },
    /** Stops syncing; what was synced stays in the library. */
    async disconnect(): Promise<SyncStatus> {
      await deps.store.saveSettings(null);
      reports = [];
      return status();
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
