/**
 * The Sync panel's status when the server goes away in the middle of a pass: changes already in the replica
 * (marked synced in Gloss) but not on the server still count as waiting, the summary says so in words, and
 * once the server is back the next pass sends them and nothing waits any more.
 */
import { describe, expect, it } from 'vitest';
import { openGlossDb, saveAnnotation } from '@/lib/db';
import type { PouchDatabase } from '@/lib/sync/pouch-types';
import { createSyncService } from '@/lib/sync/service';
import type { SyncSettings } from '@/lib/sync/settings';
import { makeAnnotation } from '../fixtures/db/annotations';
import { memoryDatabase, Pouch } from '../helpers/sync-devices';

const SETTINGS: SyncSettings = { server: 'http://127.0.0.1:5984', account: 'jane', password: 'secret', personal: 'gloss-jane', desks: [] };

/** A server database that can go away between PouchDB's reading of changes and its writing of them. */
function serverThatDropsWrites(): { remote: PouchDatabase; setDown(down: boolean): void } {
  const remote = memoryDatabase('server');
  let down = false;
  const unreachable = () => Promise.reject(Object.assign(new TypeError('Failed to fetch'), { status: undefined }));
  // PouchDB asks the target which revisions it lacks before sending them: the first request of a push.
  const target = remote as unknown as { revsDiff: (...args: unknown[]) => Promise<unknown> };
  const revsDiff = target.revsDiff.bind(remote);
  target.revsDiff = (...args) => (down ? unreachable() : revsDiff(...args));
  return { remote, setDown: (value) => void (down = value) };
}

async function makeService(remote: PouchDatabase) {
  const db = await openGlossDb(new IDBFactory());
  const replica = memoryDatabase('replica');
  const service = createSyncService({
    db: async () => db,
    store: { settings: async () => SETTINGS, saveSettings: async () => {} },
    replicaFor: () => replica,
    remoteFor: () => remote,
    fetch: () => Promise.reject(new Error('no fetch in this test')),
  });
  return { db, service };
}

describe('sync status when the server goes away mid-pass', () => {
  it('counts changes that reached the replica but not the server as waiting, until a pass sends them', async () => {
    const server = serverThatDropsWrites();
    const { db, service } = await makeService(server.remote);
    for (let n = 0; n < 3; n += 1) expect((await saveAnnotation(db, makeAnnotation({ comment: `note ${n}` }))).ok).toBe(true);

    server.setDown(true);
    const cut = await service.syncNow();
    expect(cut.state).toBe('error');
    expect(cut.pending).toBe(3);
    expect(cut.summary).toBe(
      "Can't reach http://127.0.0.1:5984. Your changes are kept here and sync when it is back. 3 changes waiting to sync.",
    );
    expect((await server.remote.allDocs()).rows.filter((row) => row.id.startsWith('annotation:'))).toHaveLength(0);

    server.setDown(false);
    const resumed = await service.syncNow();
    expect(resumed.state).toBe('synced');
    expect(resumed.pending).toBe(0);
    expect(resumed.summary).toMatch(/^Synced at \d\d:\d\d UTC\.$/);
    expect((await server.remote.allDocs()).rows.filter((row) => row.id.startsWith('annotation:'))).toHaveLength(3);
  });

  it('says how many changes wait while the server can not be reached at all', async () => {
    const nobody = new Pouch('http://127.0.0.1:9/gloss-jane', { skip_setup: true }) as unknown as PouchDatabase;
    const { db, service } = await makeService(nobody);
    await saveAnnotation(db, makeAnnotation({ comment: 'written offline' }));

    const status = await service.syncNow();
    expect(status.pending).toBe(1);
    expect(status.summary).toBe(
      "Can't reach http://127.0.0.1:5984. Your changes are kept here and sync when it is back. 1 change waiting to sync.",
    );
  });
});
