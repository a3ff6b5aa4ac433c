/**
 * The sync server and desk setup, against a real `npm run sync-server` (or the CouchDB in GLOSS_COUCHDB_URL):
 * who may read and write what, what survives a restart, and that setup can run twice.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupDesk, startSyncServer, type Credentials, type SyncServer } from '../sync-server-harness';

const external = Boolean(process.env.GLOSS_COUCHDB_URL);
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const DESK_A = `desk-a-${run}`;
const DESK_B = `desk-b-${run}`;
const ann: Credentials = { name: `ann-${run}`, password: 'ann secret' };
const bob: Credentials = { name: `bob-${run}`, password: 'bob secret' };
const rita: Credentials = { name: `rita-${run}`, password: 'rita secret' };

let server: SyncServer;

interface Reply {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

async function request(
  method: string,
  urlPath: string,
  options: { as?: Credentials; body?: unknown; cookie?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (options.as) headers.Authorization = 'Basic ' + Buffer.from(`${options.as.name}:${options.as.password}`).toString('base64');
  if (options.cookie) headers.Cookie = options.cookie;
  const response = await fetch(server.url + urlPath, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers };
}

function annotationDoc(editor: string, overrides: Record<string, unknown> = {}): Record<string, unknown> & { _id: string } {
  const uuid = randomUUID();
  return {
    _id: `annotation:${uuid}`,
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: `urn:uuid:${uuid}`,
    motivation: 'assessing',
    creator: { type: 'Person', name: 'Ann Example' },
    target: { source: 'https://news.example/story', selector: { type: 'TextQuoteSelector', exact: 'the claim' } },
    'gloss:kind': 'claim',
    'gloss:editor': editor,
    ...overrides,
  };
}

const put = (desk: string, doc: { _id: string }, as?: Credentials) =>
  request('PUT', `/${desk}/${encodeURIComponent(doc._id)}`, { as, body: doc });

beforeAll(async () => {
  server = await startSyncServer();
  const users = [ann, bob, rita];
  await setupDesk(server.url, server.admin, { desk: DESK_A, members: [ann.name], readers: [rita.name], users });
  await setupDesk(server.url, server.admin, { desk: DESK_B, members: [bob.name] });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('anonymous clients', () => {
  it('can read the welcome but not a desk, its documents or the list of databases', async () => {
    // A real CouchDB with require_valid_user (as the README advises) refuses even the welcome.
    if (!external) expect((await request('GET', '/')).body.couchdb).toBe('Welcome');
    const written = await put(DESK_A, annotationDoc(ann.name), ann);
    expect(written.status).toBe(201);
    expect((await request('GET', `/${DESK_A}`)).status).toBe(401);
    expect((await request('GET', `/${DESK_A}/_all_docs?include_docs=true`)).status).toBe(401);
    expect((await request('GET', `/${DESK_A}/${encodeURIComponent(String(written.body.id))}`)).status).toBe(401);
    expect((await request('GET', `/${DESK_A}/_changes`)).status).toBe(401);
    expect((await request('GET', '/_all_dbs')).status).toBe(401);
  });

  it('can not write a document, create a database or sign up an account', async () => {
    const doc = annotationDoc('nobody');
    expect([401, 403]).toContain((await put(DESK_A, doc)).status);
    expect([401, 403]).toContain((await request('POST', `/${DESK_A}/_bulk_docs`, { body: { docs: [doc] } })).status);
    expect([401, 403]).toContain((await request('PUT', `/anonymous-${run}`)).status);
    const signup = { _id: `org.couchdb.user:mallory-${run}`, name: `mallory-${run}`, type: 'user', roles: [], password: 'x' };
    expect([401, 403]).toContain((await request('PUT', `/_users/${encodeURIComponent(signup._id)}`, { body: signup })).status);
    expect((await request('GET', `/${DESK_A}/${encodeURIComponent(doc._id)}`, { as: server.admin })).status).toBe(404);
  });
});

describe('logging in', () => {
  it('accepts a cookie session from POST /_session and refuses a wrong password with a reason', async () => {
    const login = await request('POST', '/_session', { body: { name: ann.name, password: ann.password } });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^AuthSession=./);
    const session = await request('GET', '/_session', { cookie });
    expect((session.body.userCtx as { name: string }).name).toBe(ann.name);
    const viaCookie = annotationDoc(ann.name);
    expect((await request('PUT', `/${DESK_A}/${encodeURIComponent(viaCookie._id)}`, { cookie, body: viaCookie })).status).toBe(201);

    const wrong = await request('POST', '/_session', { body: { name: ann.name, password: 'not it' } });
    expect(wrong.status).toBe(401);
    expect(String(wrong.body.reason)).toMatch(/name or password is incorrect/i);
    expect((await request('GET', `/${DESK_A}`, { as: { ...ann, password: 'not it' } })).status).toBe(401);
  });
});

describe('desk members and readers', () => {
  it('lets a member write a valid annotation, and read it back', async () => {
    const doc = annotationDoc(ann.name);
    const written = await put(DESK_A, doc, ann);
    expect(written.status).toBe(201);
    const read = await request('GET', `/${DESK_A}/${encodeURIComponent(doc._id)}`, { as: ann });
    expect(read.body).toMatchObject({ _id: doc._id, 'gloss:kind': 'claim', creator: { name: 'Ann Example' } });
  });

  it('lets a reader read but refuses their write with "<name> may only read desk <desk>"', async () => {
    expect((await request('GET', `/${DESK_A}/_all_docs`, { as: rita })).status).toBe(200);
    const refused = await put(DESK_A, annotationDoc(rita.name), rita);
    expect(refused.status).toBe(403);
    expect(refused.body.reason).toBe(`${rita.name} may only read desk ${DESK_A}`);
  });

  it('refuses documents of a bad shape with a reason', async () => {
    const cases: Array<[Record<string, unknown> & { _id: string }, RegExp]> = [
      [{ ...annotationDoc(ann.name), _id: 'note-1' }, /is not annotation:<uuid>/],
      [annotationDoc(ann.name, { type: 'gloss:Page' }), /must have type Annotation/],
      [annotationDoc(ann.name, { creator: { type: 'Person', name: '' } }), /creator/],
      [annotationDoc(ann.name, { id: `urn:uuid:${randomUUID()}` }), /match its document id/],
      [annotationDoc(ann.name, { target: { selector: {} } }), /target with a source/],
      [annotationDoc(ann.name, { 'gloss:kind': 'verdict' }), /quote, claim or note/],
      [{ _id: 'page:https://news.example/story', type: 'gloss:Page' }, /gloss:editor must be/],
    ];
    for (const [doc, reason] of cases) {
      const refused = await put(DESK_A, doc, ann);
      expect(refused.status, JSON.stringify(doc)).toBe(403);
      expect(String(refused.body.reason)).toMatch(reason);
    }
  });

  it('refuses a document whose gloss:editor is someone else', async () => {
    const refused = await put(DESK_A, annotationDoc(bob.name), ann);
    expect(refused.status).toBe(403);
    expect(String(refused.body.reason)).toContain(`gloss:editor must be the account that writes this version (${ann.name})`);
  });

  it('accepts pages, speakers and sources signed by their writer', async () => {
    for (const [id, type] of [
      ['page:https://news.example/story', 'gloss:Page'],
      ['speaker:jane doe', 'gloss:Speaker'],
      ['source:https://stats.example/t1', 'gloss:Source'],
    ]) {
      expect((await put(DESK_A, { _id: `${id}#${run}`, type, 'gloss:editor': ann.name } as { _id: string }, ann)).status).toBe(201);
    }
  });

  it('lets a member delete, leaving a tombstone', async () => {
    const doc = annotationDoc(ann.name);
    const written = await put(DESK_A, doc, ann);
    const deleted = await request('DELETE', `/${DESK_A}/${encodeURIComponent(doc._id)}?rev=${String(written.body.rev)}`, { as: ann });
    expect(deleted.status).toBe(200);
    const gone = await request('GET', `/${DESK_A}/${encodeURIComponent(doc._id)}`, { as: ann });
    expect(gone.status).toBe(404);
    const tombstone = await request('GET', `/${DESK_A}/${encodeURIComponent(doc._id)}?rev=${String(deleted.body.rev)}`, { as: ann });
    expect(tombstone.body).toMatchObject({ _id: doc._id, _deleted: true });
  });

  it("keeps a member of one desk out of another desk's documents", async () => {
    expect([401, 403]).toContain((await request('GET', `/${DESK_B}/_all_docs?include_docs=true`, { as: ann })).status);
    expect([401, 403]).toContain((await request('GET', `/${DESK_B}/_changes?include_docs=true`, { as: ann })).status);
    expect([401, 403]).toContain((await put(DESK_B, annotationDoc(ann.name), ann)).status);
    expect((await put(DESK_B, annotationDoc(bob.name), bob)).status).toBe(201);
  });

  it('keeps a database nobody set up for admins only, as CouchDB 3 does', async () => {
    const plain = `plain-${run}`;
    expect((await request('PUT', `/${plain}`, { as: server.admin })).status).toBe(201);
    expect([401, 403]).toContain((await request('GET', `/${plain}/_all_docs`, { as: ann })).status);
    expect([401, 403]).toContain((await request('PUT', `/${plain}/x`, { as: ann, body: {} })).status);
    expect((await request('GET', `/${plain}/_all_docs`, { as: server.admin })).status).toBe(200);
  });

  it('lets only admins change the rules', async () => {
    expect([401, 403]).toContain((await request('PUT', `/${DESK_A}/_security`, { as: ann, body: { members: { names: [] } } })).status);
    expect([401, 403]).toContain((await put(DESK_A, { _id: '_design/gloss' }, ann)).status);
  });
});

describe('PouchDB replication (what the extension uses)', () => {
  interface ReplicationResult {
    docs_written: number;
    doc_write_failures: number;
    errors: Array<{ message?: string }>;
  }
  interface Pouch {
    put(doc: object): Promise<unknown>;
    allDocs(): Promise<{ rows: Array<{ id: string }> }>;
    replicate: { to(target: Pouch): Promise<ReplicationResult>; from(source: Pouch): Promise<ReplicationResult> };
  }
  type PouchClass = { new (name: string, options?: object): Pouch; plugin(plugin: unknown): PouchClass };
  const requireHere = createRequire(import.meta.url);
  const PouchDB = (requireHere('pouchdb-core') as PouchClass)
    .plugin(requireHere('pouchdb-adapter-http'))
    .plugin(requireHere('pouchdb-adapter-memory'))
    .plugin(requireHere('pouchdb-replication'));
  const local = (name: string) => new PouchDB(`${name}-${randomUUID()}`, { adapter: 'memory' });
  const remote = (desk: string, as: Credentials) =>
    new PouchDB(`${server.url}/${desk}`, { auth: { username: as.name, password: as.password } });

  it("pushes a member's valid documents, reports a refused one, and a reader pulls them but pushes nothing", async () => {
    const annLocal = local('ann');
    const valid = annotationDoc(ann.name);
    await annLocal.put(valid);
    await annLocal.put({ ...annotationDoc(ann.name), 'gloss:kind': 'rumour' });
    const pushed = await annLocal.replicate.to(remote(DESK_A, ann));
    expect(pushed.docs_written).toBe(1);
    expect(pushed.doc_write_failures).toBe(1);
    expect(pushed.errors[0]?.message).toMatch(/quote, claim or note/);

    const ritaLocal = local('rita');
    await ritaLocal.replicate.from(remote(DESK_A, rita));
    expect((await ritaLocal.allDocs()).rows.map((row) => row.id)).toContain(valid._id);
    await ritaLocal.put(annotationDoc(rita.name));
    const refused = await ritaLocal.replicate.to(remote(DESK_A, rita));
    expect(refused.docs_written).toBe(0);
    expect(refused.errors[0]?.message).toBe(`${rita.name} may only read desk ${DESK_A}`);
  });
});

describe('sync-setup', () => {
  const execFileAsync = promisify(execFile);
  const setupCli = (args: string[]) =>
    execFileAsync(process.execPath, ['--import', 'tsx', path.join('cli', 'sync-setup.ts'), ...args], {
      env: { ...process.env, GLOSS_SYNC_ADMIN: `${server.admin.name}:${server.admin.password}` },
    });

  it('can run twice: the second run changes nothing, and a changed list takes access away', async () => {
    const desk = `desk-c-${run}`;
    const args = ['--url', server.url, '--desk', desk, '--member', ann.name, '--member', bob.name];
    const first = await setupCli(args);
    expect(first.stdout).toContain(`created database ${desk}`);
    const designBefore = await request('GET', `/${desk}/_design/gloss`, { as: server.admin });
    const second = await setupCli(args);
    expect(second.stdout).toContain(`database ${desk} already exists`);
    expect(second.stdout).toContain(`validation rules of ${desk} unchanged`);
    expect((await request('GET', `/${desk}/_design/gloss`, { as: server.admin })).body._rev).toBe(designBefore.body._rev);
    expect((await put(desk, annotationDoc(bob.name), bob)).status).toBe(201);

    const third = await setupDesk(server.url, server.admin, { desk, members: [ann.name], readers: [bob.name] });
    expect(third.join('\n')).toContain(`updated the validation rules of ${desk}`);
    expect((await put(desk, annotationDoc(bob.name), bob)).body.reason).toBe(`${bob.name} may only read desk ${desk}`);
  }, 60_000);

  it('refuses a desk name CouchDB would refuse, saying why, and creates nothing', async () => {
    const failed = await setupCli(['--url', server.url, '--desk', 'Desk A']).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/desk name "Desk A" must start with a lowercase letter/);
  }, 30_000);
});

describe.skipIf(external)('restarts', () => {
  it('keeps the generated admin (printed once) and the data across a restart and a crash', async () => {
    expect(server.output()).toContain(`name=${server.admin.name} password=${server.admin.password}`);
    const doc = annotationDoc(ann.name);
    expect((await put(DESK_A, doc, ann)).status).toBe(201);
    const login = await request('POST', '/_session', { body: { name: ann.name, password: ann.password } });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    await server.restart();
    const afterRestart = await request('GET', '/_session', { cookie });
    expect((afterRestart.body.userCtx as { name: string }).name).toBe(ann.name);
    expect(server.output().match(/Generated admin account/g)).toHaveLength(1);
    expect(server.output()).toContain('kept from an earlier start');
    const session = await request('GET', '/_session', { as: server.admin });
    expect((session.body.userCtx as { roles: string[] }).roles).toContain('_admin');
    expect((await request('GET', `/${DESK_A}/${encodeURIComponent(doc._id)}`, { as: ann })).status).toBe(200);

    server.kill();
    await server.restart();
    // The first request to a database the restarted server opens must be checked like any other.
    expect([401, 403]).toContain((await request('GET', `/${DESK_A}/_all_docs?include_docs=true`, { as: bob })).status);
    expect((await request('GET', `/${DESK_A}/${encodeURIComponent(doc._id)}`, { as: ann })).status).toBe(200);
    expect((await put(DESK_A, annotationDoc(rita.name), rita)).status).toBe(403);
  }, 60_000);

  it('keeps an admin given in GLOSS_SYNC_ADMIN across restarts, and prints no password', async () => {
    const chosen: Credentials = { name: 'chief', password: 'chosen: with a colon' };
    const own = await startSyncServer({ admin: chosen });
    try {
      await own.shutDown();
      await expect(fetch(`${own.url}/`)).rejects.toThrow();
      await own.restart();
      expect(own.output()).not.toContain(chosen.password);
      expect(own.output()).not.toContain('Generated admin account');
      const session = await fetch(`${own.url}/_session`, {
        headers: { Authorization: 'Basic ' + Buffer.from(`${chosen.name}:${chosen.password}`).toString('base64') },
      }).then((response) => response.json() as Promise<{ userCtx: { name: string; roles: string[] } }>);
      expect(session.userCtx).toEqual({ name: 'chief', roles: ['_admin'] });
    } finally {
      await own.stop();
    }
  }, 60_000);
});
