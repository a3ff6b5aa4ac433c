/**
 * Replicated edits reach the sync server's disk: a member's second revision, and a conflicting branch, both
 * arrive through `_bulk_docs` with `new_edits: false` and a desk's validate_doc_update in force. Before the fix
 * in cli/sync-server/validation-fix.ts, express-pouchdb acknowledged them and kept only the first revision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryDatabase, Pouch } from '../helpers/sync-devices';
import { setupDesk, startSyncServer, type SyncServer } from '../sync-server-harness';

let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer();
  await setupDesk(server.url, server.admin, { desk: 'desk-edits', members: ['jane'], users: [{ name: 'jane', password: 'pw-edits-1' }] });
}, 90_000);
afterAll(() => server?.stop());

const remote = () => new Pouch(`${server.url}/desk-edits`, { skip_setup: true, auth: { username: 'jane', password: 'pw-edits-1' } });
const page = (n: number, rev?: string) => ({ _id: 'page:https://news.example/a', ...(rev ? { _rev: rev } : {}), type: 'gloss:Page', 'gloss:editor': 'jane', n });

describe('replicated edits on the sync server', () => {
  it('stores a second revision and keeps a conflicting branch beside it', async () => {
    const mine = memoryDatabase('edits-mine');
    const first = await mine.put(page(1));
    await mine.replicate.to(remote());
    const theirs = memoryDatabase('edits-theirs');
    await theirs.replicate.from(remote());

    await mine.put(page(2, first.rev));
    await theirs.put(page(3, first.rev));
    expect((await mine.replicate.to(remote())).docs_written).toBe(1);
    expect((await theirs.replicate.to(remote())).docs_written).toBe(1);

    const onServer = await remote().get('page:https://news.example/a', { conflicts: true });
    expect(onServer._rev?.startsWith('2-')).toBe(true);
    expect(onServer._conflicts).toHaveLength(1);
    expect([onServer.n, (await remote().get(onServer._id, { rev: onServer._conflicts![0] })).n].sort()).toEqual([2, 3]);
  });
});
