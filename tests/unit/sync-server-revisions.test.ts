/**
 * Replication keeps every revision's history on a desk, whose validate_doc_update runs on each write: an edit
 * and a delete made on a device after its first sync reach the server and the other devices, and two devices'
 * concurrent edits stay as two versions. (pouchdb-validation used to swap a replicated revision's history for
 * the stored one, so the server answered "written" and kept the old version: cli/sync-server/validation-fix.ts.)
 */
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupDesk, startSyncServer, type Credentials, type SyncServer } from '../sync-server-harness';

interface Doc {
  _id: string;
  _rev?: string;
  _conflicts?: string[];
  [field: string]: unknown;
}
interface Pouch {
  put(doc: object): Promise<{ rev: string }>;
  get(id: string, options?: object): Promise<Doc>;
  remove(id: string, rev: string): Promise<unknown>;
  replicate: { to(target: Pouch): Promise<{ docs_written: number }>; from(source: Pouch): Promise<unknown> };
}
type PouchClass = { new (name: string, options?: object): Pouch; plugin(plugin: unknown): PouchClass };

const requireHere = createRequire(import.meta.url);
const PouchDB = (requireHere('pouchdb-core') as PouchClass)
  .plugin(requireHere('pouchdb-adapter-http'))
  .plugin(requireHere('pouchdb-adapter-memory'))
  .plugin(requireHere('pouchdb-replication'));

const DESK = `desk-revs-${Date.now().toString(36)}`;
const jane: Credentials = { name: 'jane-revs', password: 'jane secret' };
let server: SyncServer;

const device = (name: string) => new PouchDB(`${name}-${randomUUID()}`, { adapter: 'memory' });
const remote = () => new PouchDB(`${server.url}/${DESK}`, { skip_setup: true, auth: { username: jane.name, password: jane.password } });

function annotationDoc(comment: string, uuid = randomUUID()): Doc {
  return {
    _id: `annotation:${uuid}`,
    type: 'Annotation',
    id: `urn:uuid:${uuid}`,
    motivation: 'commenting',
    creator: { type: 'Person', name: 'Jane' },
    target: { source: 'https://news.example/story' },
    'gloss:kind': 'note',
    'gloss:editor': jane.name,
    comment,
  };
}

beforeAll(async () => {
  server = await startSyncServer();
  await setupDesk(server.url, server.admin, { desk: DESK, members: [jane.name], users: [jane] });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('replicated revisions on a desk with validate_doc_update', () => {
  it('an edit made after the first sync reaches the server and another device', async () => {
    const laptop = device('laptop');
    const doc = annotationDoc('first words');
    const { rev } = await laptop.put(doc);
    await laptop.replicate.to(remote());
    await laptop.put({ ...doc, _rev: rev, comment: 'second thoughts' });
    await laptop.replicate.to(remote());

    expect(await remote().get(doc._id)).toMatchObject({ comment: 'second thoughts', _rev: expect.stringMatching(/^2-/) });
    const phone = device('phone');
    await phone.replicate.from(remote());
    expect((await phone.get(doc._id)).comment).toBe('second thoughts');
  });

  it('a delete made after the first sync leaves a tombstone on the server', async () => {
    const laptop = device('laptop');
    const doc = annotationDoc('to be deleted');
    const { rev } = await laptop.put(doc);
    await laptop.replicate.to(remote());
    await laptop.remove(doc._id, rev);
    await laptop.replicate.to(remote());

    await expect(remote().get(doc._id)).rejects.toMatchObject({ status: 404 });
    const leaves = (await remote().get(doc._id, { open_revs: 'all' })) as unknown as { ok: Doc }[];
    expect(leaves.map((leaf) => leaf.ok)).toEqual([{ _id: doc._id, _rev: expect.stringMatching(/^2-/), _deleted: true }]);
  });

  it('two devices that edit one annotation apart leave two versions, one of them a conflict', async () => {
    const [laptop, phone] = [device('laptop'), device('phone')];
    const doc = annotationDoc('shared');
    await laptop.put(doc);
    await laptop.replicate.to(remote());
    await phone.replicate.from(remote());
    const base = (await phone.get(doc._id))._rev;
    await laptop.put({ ...doc, _rev: base, comment: 'laptop says' });
    await phone.put({ ...doc, _rev: base, comment: 'phone says' });
    await laptop.replicate.to(remote());
    await phone.replicate.to(remote());

    const onServer = await remote().get(doc._id, { conflicts: true });
    expect(onServer._conflicts).toHaveLength(1);
    const loser = await remote().get(doc._id, { rev: onServer._conflicts![0] });
    expect([onServer.comment, loser.comment].sort()).toEqual(['laptop says', 'phone says']);
  });
});
