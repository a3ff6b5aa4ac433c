/**
 * A desk refuses a reader-only member's annotation: it stays in the library and goes to the member's own
 * database, and later passes never delete it (each database speaks only for its own annotations). Real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAnnotation, openGlossDb, saveAnnotation } from '@/lib/db';
import { syncPass } from '@/lib/sync/pass';
import { makeAnnotation } from '../fixtures/db/annotations';
import { memoryDatabase, Pouch } from '../helpers/sync-devices';
import { setupDesk, startSyncServer, type SyncServer } from '../sync-server-harness';

let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer();
  const users = [{ name: 'rita', password: 'wire-room-3' }];
  await setupDesk(server.url, server.admin, { desk: 'desk-wire', members: ['jane'], readers: ['rita'], users });
  await setupDesk(server.url, server.admin, { desk: 'gloss-rita', members: ['rita'] });
}, 90_000);
afterAll(() => server?.stop());

const remote = (database: string, as = { username: 'rita', password: 'wire-room-3' }) =>
  new Pouch(`${server.url}/${database}`, { skip_setup: true, auth: as });
const asAdmin = (database: string) => remote(database, { username: server.admin.name, password: server.admin.password });

describe('a desk that refuses a write', () => {
  it("keeps the annotation, in the reader's own database, through later passes", async () => {
    const db = await openGlossDb(new IDBFactory());
    const targets = ['gloss-rita', 'desk-wire'].map((database) => ({
      database,
      replica: memoryDatabase(database),
      remote: remote(database),
    }));
    const pass = () => syncPass({ db, account: 'rita', personal: 'gloss-rita', newIn: 'desk-wire', targets, server: server.url });
    const quote = makeAnnotation();
    await saveAnnotation(db, quote);

    const first = await pass();
    expect(first[1]!.denied).toEqual([{ id: quote.id, reason: 'rita may only read desk desk-wire' }]);
    for (let i = 0; i < 3; i += 1) await pass();

    expect((await getAnnotation(db, quote.id))?.exact).toBe(quote.exact);
    expect((await asAdmin('gloss-rita').get(`annotation:${quote.id}`)).creator).toEqual({ type: 'Person', name: 'rita' });
    await expect(asAdmin('desk-wire').get(`annotation:${quote.id}`)).rejects.toMatchObject({ status: 404 });
  });
});
