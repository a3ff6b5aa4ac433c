/**
 * The sync service the background runs: settings, one pass at a time, a pass soon after each local write, and
 * the status the Sync panel and the popup show. Everything that touches the browser is passed in (PouchDB
 * databases, fetch, timers), so it runs in unit tests as it does in the extension.
 */
import type { GlossDb } from '../db/schema';
import { fail, ok, type Result } from '../result';
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

export interface SyncStatus {
  settings: SyncSettingsView | null;
  state: 'off' | 'syncing' | 'synced' | 'error';
  /** When the last pass ended without an error. */
  lastSync: string | null;
  /** Annotations changed here and not yet on the server. */
  pending: number;
  databases: TargetReport[];
  /** One line for the popup. */
  summary: string;
}

const waiting = (pending: number) => `${pending} change${pending === 1 ? '' : 's'} waiting to sync.`;

function summaryOf(state: SyncStatus['state'], reports: readonly TargetReport[], pending: number, lastSync: string | null): string {
  if (state === 'off') return 'Sync is off.';
  if (state === 'syncing') return 'Syncing…';
  const error = reports.find((r) => r.error)?.error;
  if (error) return pending > 0 ? `${error.message} ${waiting(pending)}` : error.message;
  const denied = reports.reduce((n, r) => n + r.denied.length, 0);
  if (denied > 0) return `${denied} annotation${denied === 1 ? ' was' : 's were'} refused by a desk and kept in your own database.`;
  if (pending > 0) return waiting(pending);
  return lastSync ? `Synced at ${lastSync.slice(11, 16)} UTC.` : 'Not synced yet.';
}

export function createSyncService(deps: SyncServiceDeps) {
  const now = deps.now ?? (() => new Date().toISOString());
  let running: Promise<void> | null = null;
  let again = false;
  let reports: TargetReport[] = [];
  let lastSync: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const replicaOf = (settings: SyncSettings, database: string) => deps.replicaFor(`${settings.account}@${settings.server}/${database}`);

  async function pass(settings: SyncSettings): Promise<void> {
    const targets = databasesOf(settings).map((database) => ({
      database,
      replica: replicaOf(settings, database),
      remote: deps.remoteFor(settings, database),
    }));
    reports = await syncPass({ db: await deps.db(), account: settings.account, personal: settings.personal, targets, server: settings.server, now });
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
    const replicas = settings ? databasesOf(settings).map((database) => replicaOf(settings, database)) : [];
    const pending = settings ? await countPending(await deps.db(), replicas) : 0;
    const state: SyncStatus['state'] = !settings ? 'off' : running ? 'syncing' : reports.some((r) => r.error) ? 'error' : 'synced';
    return { settings: settings && viewOf(settings), state, lastSync, pending, databases: reports, summary: summaryOf(state, reports, pending, lastSync) };
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
      lastSync = null;
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
