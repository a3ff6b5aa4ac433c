/**
 * Sync's glue in the background: PouchDB over the browser's IndexedDB (the replicas) and fetch (the server),
 * the settings store, and when passes run: every few minutes on an alarm (MV3 workers stop, so no timer
 * survives), shortly after each write a message makes, and every few seconds while a library page holds the
 * live port open. The logic is lib/sync; nothing here runs at module load.
 */
import PouchDB from 'pouchdb-core';
import indexeddb from 'pouchdb-adapter-indexeddb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { browser } from 'wxt/browser';
import type { GlossDb } from '@/lib/db';
import type { PouchDatabase } from '@/lib/sync/pouch-types';
import { createSyncService, type SyncService } from '@/lib/sync/service';
import { createSyncStore } from '@/lib/sync/settings-store';

const ALARM = 'gloss-sync';
import { LIVE_PORT } from '@/lib/sync/live-port';
const LIVE_INTERVAL_MS = 2000;

type PouchConstructor = new (name: string, options: object) => PouchDatabase;
let plugged: PouchConstructor | null = null;

/** PouchDB with the IndexedDB and HTTP adapters and replication; plugged in once (a second time throws). */
export function glossPouch(): PouchConstructor {
  return (plugged ??= PouchDB.plugin(indexeddb).plugin(http).plugin(replication) as unknown as PouchConstructor);
}

export function startSync(db: () => Promise<GlossDb>, extensionBase: string): SyncService {
  const Pouch = glossPouch();
  const replicas = new Map<string, PouchDatabase>();
  const service = createSyncService({
    db,
    store: createSyncStore(indexedDB),
    replicaFor(name) {
      let replica = replicas.get(name);
      if (!replica) replicas.set(name, (replica = new Pouch(`gloss-replica ${name}`, { adapter: 'indexeddb' })));
      return replica;
    },
    remoteFor: (settings, database) =>
      new Pouch(`${settings.server}/${encodeURIComponent(database)}`, {
        skip_setup: true,
        auth: { username: settings.account, password: settings.password },
      }),
    fetch: (input, init) => fetch(input, init),
  });

  void browser.alarms.create(ALARM, { periodInMinutes: 5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void service.syncNow().catch(console.warn);
  });
  // Live while the library is open: a pass every few seconds until the page goes away (the port closes).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVE_PORT || !port.sender?.url?.startsWith(extensionBase)) return;
    const loop = setInterval(() => void service.syncNow().then((status) => port.postMessage(status), console.warn), LIVE_INTERVAL_MS);
    port.onDisconnect.addListener(() => clearInterval(loop));
  });
  return service;
}
