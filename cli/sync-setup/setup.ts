/**
 * What `npm run sync-setup` does to a server, step by step; every step can run again (it updates, never
 * duplicates), so re-running with new lists is how members are added or removed.
 */
import { buildDeskDesignDoc, buildSecurity, checkDeskAccess, DESIGN_DOC_ID, type DeskAccess } from '../../lib/sync/validate-doc';
import { CouchError, expectStatus, type CouchClient, type Credentials } from './couch';

export interface DeskSetup extends DeskAccess {
  /** Accounts to create in `_users`, or whose password to reset. */
  users: readonly Credentials[];
}

const dbPath = (name: string) => '/' + encodeURIComponent(name);
const userDocPath = (name: string) => `/_users/${encodeURIComponent('org.couchdb.user:' + name)}`;

/** The server answers like a CouchDB and the credentials are a server admin's. */
export async function checkServerAdmin(client: CouchClient, adminName: string): Promise<void> {
  const welcome = await client.request('GET', '/');
  if (welcome.status === 401) throw new CouchError(`${client.url} refused the admin name or password`, 401);
  if (welcome.body.couchdb !== 'Welcome' && welcome.body['express-pouchdb'] !== 'Welcome!') {
    throw new CouchError(`${client.url} does not answer like a CouchDB (no "couchdb": "Welcome" at /)`);
  }
  const session = await client.request('GET', '/_session');
  if (session.status === 401) throw new CouchError(`${client.url} refused the admin name or password`, 401);
  const userCtx = session.body.userCtx as { roles?: unknown } | undefined;
  const roles = Array.isArray(userCtx?.roles) ? userCtx.roles : [];
  if (!roles.includes('_admin')) throw new CouchError(`${adminName} is not a server admin of ${client.url}: setup needs one`);
}

/** A fresh single-node CouchDB 3 has no `_users` database until someone makes it. */
async function ensureUsersDatabase(client: CouchClient, print: (line: string) => void): Promise<void> {
  const reply = await expectStatus(client, 'Checking the _users database', 'GET', '/_users', [200, 404]);
  if (reply.status === 200) return;
  await expectStatus(client, 'Creating the _users database', 'PUT', '/_users', [201, 202, 412]);
  print('created the _users database');
}

async function upsertAccount(client: CouchClient, user: Credentials, print: (line: string) => void): Promise<void> {
  if (user.name.startsWith('_')) throw new CouchError(`account name ${user.name} can't start with _ (CouchDB reserves those)`);
  const existing = await expectStatus(client, `Reading account ${user.name}`, 'GET', userDocPath(user.name), [200, 404]);
  const doc =
    existing.status === 200
      ? { ...existing.body, password: user.password }
      : { _id: 'org.couchdb.user:' + user.name, name: user.name, type: 'user', roles: [], password: user.password };
  await expectStatus(client, `Saving account ${user.name}`, 'PUT', userDocPath(user.name), [201, 202], doc);
  print(existing.status === 200 ? `updated the password of account ${user.name}` : `created account ${user.name}`);
}

async function ensureDatabase(client: CouchClient, desk: string, print: (line: string) => void): Promise<void> {
  const reply = await expectStatus(client, `Creating database ${desk}`, 'PUT', dbPath(desk), [201, 202, 412]);
  print(reply.status === 412 ? `database ${desk} already exists` : `created database ${desk}`);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function writeSecurity(client: CouchClient, access: DeskAccess, print: (line: string) => void): Promise<void> {
  const security = buildSecurity(access);
  const current = await expectStatus(client, `Reading ${access.desk}/_security`, 'GET', `${dbPath(access.desk)}/_security`, [200]);
  const members = security.members.names.length > 0 ? security.members.names.join(', ') : 'nobody (admins only)';
  if (sameJson({ admins: current.body.admins, members: current.body.members }, security)) {
    print(`members of ${access.desk} unchanged: ${members}`);
    return;
  }
  await expectStatus(client, `Setting ${access.desk}/_security`, 'PUT', `${dbPath(access.desk)}/_security`, [200, 201], security);
  print(`members of ${access.desk} (may read): ${members}`);
}

async function writeDesignDoc(client: CouchClient, access: DeskAccess, print: (line: string) => void): Promise<void> {
  const path = `${dbPath(access.desk)}/${DESIGN_DOC_ID}`;
  const design = buildDeskDesignDoc(access);
  const current = await expectStatus(client, `Reading ${access.desk}/${DESIGN_DOC_ID}`, 'GET', path, [200, 404]);
  const { writers, readers } = design['gloss:desk'];
  const lists = `writers: ${writers.join(', ') || 'none'}; readers: ${readers.join(', ') || 'none'}`;
  if (
    current.status === 200 &&
    current.body.validate_doc_update === design.validate_doc_update &&
    sameJson(current.body['gloss:desk'], design['gloss:desk'])
  ) {
    print(`validation rules of ${access.desk} unchanged (${lists})`);
    return;
  }
  const rev = current.status === 200 && typeof current.body._rev === 'string' ? { _rev: current.body._rev } : {};
  await expectStatus(client, `Saving ${access.desk}/${DESIGN_DOC_ID}`, 'PUT', path, [201, 202], { ...design, ...rev });
  print(`${current.status === 200 ? 'updated' : 'wrote'} the validation rules of ${access.desk} (${lists})`);
}

async function warnAboutMissingAccounts(client: CouchClient, access: DeskAccess, print: (line: string) => void): Promise<void> {
  for (const name of [...access.members, ...access.readers]) {
    const reply = await client.request('GET', userDocPath(name));
    if (reply.status === 404) print(`warning: there is no account ${name} yet (add --user ${name}:PASSWORD, or create it on the server)`);
  }
}

/** Runs every step against `client` (a server admin's), printing one line per thing done or found as it was. */
export async function runDeskSetup(
  client: CouchClient,
  admin: Credentials,
  setup: DeskSetup,
  print: (line: string) => void,
): Promise<void> {
  const access: DeskAccess = { desk: setup.desk, members: setup.members, readers: setup.readers };
  checkDeskAccess(access);
  await checkServerAdmin(client, admin.name);
  await ensureUsersDatabase(client, print);
  for (const user of setup.users) await upsertAccount(client, user, print);
  await ensureDatabase(client, setup.desk, print);
  await writeSecurity(client, access, print);
  await writeDesignDoc(client, access, print);
  await warnAboutMissingAccounts(client, access, print);
}
