/**
 * Devices for sync tests, in Node: each has its own Gloss database (a fresh fake-indexeddb factory) and its own
 * replica (PouchDB's memory adapter); the "server" is a PouchDB database too, in memory, or a real server over
 * HTTP. Replication between them is PouchDB's own, the same code the extension runs.
 */
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { openGlossDb, type GlossDb } from '@/lib/db';
import { syncPass, type SyncTarget, type TargetReport } from '@/lib/sync/pass';
import type { PouchDatabase } from '@/lib/sync/pouch-types';

export const Pouch = PouchDB.plugin(memory).plugin(http).plugin(replication);

let serial = 0;
export const memoryDatabase = (label: string): PouchDatabase => new Pouch(`${label}-${(serial += 1)}`, { adapter: 'memory' });

export interface Device {
  account: string;
  db: GlossDb;
  replica: PouchDatabase;
  sync(remote: PouchDatabase, database?: string): Promise<TargetReport>;
}

export async function makeDevice(account: string): Promise<Device> {
  const db = await openGlossDb(new IDBFactory());
  const replica = memoryDatabase(`replica-${account}`);
  return {
    account,
    db,
    replica,
    async sync(remote, database = 'personal') {
      const target: SyncTarget = { database, replica, remote };
      const [report] = await syncPass({ db, account, personal: database, targets: [target], server: 'the test server' });
      return report!;
    },
  };
}
