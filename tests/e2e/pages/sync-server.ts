/** A CouchDB-protocol server for e2e tests: pouchdb-server from npm, on a free port and a temporary folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { until } from './harness';

export interface SyncServer {
  url: string;
  /** Creates an account that may read and write these databases (created if needed). */
  addAccount(name: string, password: string, databases: string[]): Promise<void>;
  stop(): Promise<void>;
}

const ADMIN = { name: 'admin', password: 'admin-test-secret' };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  return typeof address === 'object' && address ? address.port : 0;
}

export async function startSyncServer(): Promise<SyncServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gloss-sync-server-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(path.resolve('node_modules/.bin/pouchdb-server'), ['--port', String(port), '--dir', dir, '--config', path.join(dir, 'config.json'), '--no-stdout-logs'], { stdio: 'ignore', cwd: dir });
  await until('the sync server to answer', () => fetch(`${url}/`).then((r) => r.ok, () => false), (up) => up, 30_000);
  const admin: Record<string, string> = { Authorization: `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`, 'Content-Type': 'application/json' };
  await fetch(`${url}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  // The extension's background talks to the server cross-origin: CORS with credentials, as CouchDB is set up.
  const cors = { 'httpd/enable_cors': 'true', 'cors/origins': '*', 'cors/credentials': 'true', 'cors/headers': 'accept, authorization, content-type, origin, referer', 'cors/methods': 'GET, PUT, POST, HEAD, DELETE' };
  for (const [key, value] of Object.entries(cors)) await fetch(`${url}/_config/${key}`, { method: 'PUT', headers: admin, body: JSON.stringify(value) });
  return {
    url,
    async addAccount(name, password, databases) {
      await fetch(`${url}/_users/org.couchdb.user:${name}`, { method: 'PUT', headers: admin, body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' }) });
      for (const db of databases) {
        await fetch(`${url}/${db}`, { method: 'PUT', headers: admin });
        await fetch(`${url}/${db}/_security`, { method: 'PUT', headers: admin, body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [name], roles: [] } }) });
      }
    },
    async stop() {
      child.kill('SIGTERM');
      await until('the sync server to stop', async () => child.exitCode !== null || child.signalCode !== null, (gone) => gone, 10_000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
