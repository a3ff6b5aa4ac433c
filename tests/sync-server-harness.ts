/**
 * Starts `npm run sync-server` for a test (its own free port and temporary data directory), or hands back the
 * real CouchDB named in GLOSS_COUCHDB_URL (http://admin:password@host:port) when that is set.
 *
 *   const server = await startSyncServer();
 *   await setupDesk(server.url, server.admin, { desk: 'desk-a', members: ['ann'], users: [{ name: 'ann', password: 'pw' }] });
 *   ...
 *   await server.stop();
 *
 * The server runs in a child process (`node --import tsx`, no wrapper process), so `kill()` is a real crash:
 * SIGKILL, no chance to flush or close.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Credentials } from '../cli/sync-setup/couch';
import { createCouchClient } from '../cli/sync-setup/couch';
import { splitServerUrl } from '../cli/sync-setup/options';
import { runDeskSetup } from '../cli/sync-setup/setup';

export type { Credentials };

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_CLI = path.join(REPO_ROOT, 'cli', 'sync-server.ts');
const READY = /Gloss sync server listening on (http:\/\/127\.0\.0\.1:(\d+))/;
const GENERATED_ADMIN = /Generated admin account .*: name=(\S+) password=(\S+)/;
/** Only a guard against a hung start; the harness waits for the ready line, not for time. */
const START_GUARD_MS = 60_000;

export interface SyncServer {
  url: string;
  admin: Credentials;
  /** The data directory (null for a real CouchDB). */
  dataDir: string | null;
  /** True when this is the CouchDB of GLOSS_COUCHDB_URL: it can't be stopped, killed or restarted here. */
  external: boolean;
  /** Everything the server printed, stdout and stderr, across restarts. */
  output(): string;
  /** SIGTERM, wait for a clean exit, and remove the data directory if the harness made it. */
  stop(): Promise<void>;
  /** SIGKILL, for crash tests; `restart()` brings it back on the same port and data. */
  kill(): void;
  /** SIGTERM and wait, keeping port and data, for "the server is down" tests; `restart()` brings it back. */
  shutDown(): Promise<void>;
  /** Stops (cleanly, unless already killed) and starts again on the same port and data directory. */
  restart(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  port?: number;
  /** The admin to configure (GLOSS_SYNC_ADMIN); without it the server generates one, which the harness reads. */
  admin?: Credentials;
}

interface Started {
  child: ChildProcess;
  url: string;
  port: number;
  generated: Credentials | null;
}

function waitForReady(child: ChildProcess, log: (text: string) => void): Promise<Omit<Started, 'child'>> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const guard = setTimeout(
      () => reject(new Error(`sync server not ready after ${START_GUARD_MS} ms:\n${stdout}${stderr}`)),
      START_GUARD_MS,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      log(chunk.toString());
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      log(chunk.toString());
      const ready = READY.exec(stdout);
      if (!ready) return;
      clearTimeout(guard);
      const generated = GENERATED_ADMIN.exec(stdout);
      resolve({ url: ready[1]!, port: Number(ready[2]), generated: generated ? { name: generated[1]!, password: generated[2]! } : null });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(guard);
      reject(new Error(`sync server exited (${signal ?? code}) before it was ready:\n${stdout}${stderr}`));
    });
  });
}

function spawnServer(port: number, dataDir: string, admin: Credentials | undefined, log: (text: string) => void): Promise<Started> {
  const env = { ...process.env };
  delete env.GLOSS_SYNC_ADMIN;
  if (admin) env.GLOSS_SYNC_ADMIN = `${admin.name}:${admin.password}`;
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_CLI, '--port', String(port), '--data', dataDir], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A test runner that dies must not leave servers behind.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  return waitForReady(child, log).then((ready) => ({ child, ...ready }));
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function externalCouch(rawUrl: string): SyncServer {
  const { url, admin } = splitServerUrl(rawUrl, process.env.GLOSS_SYNC_ADMIN);
  const unsupported = (what: string) => () => {
    throw new Error(`${what} is not supported against a real CouchDB (GLOSS_COUCHDB_URL is set)`);
  };
  return {
    url,
    admin,
    dataDir: null,
    external: true,
    output: () => '',
    stop: async () => {},
    kill: unsupported('kill()'),
    shutDown: unsupported('shutDown()'),
    restart: unsupported('restart()'),
  };
}

export async function startSyncServer(options: StartOptions = {}): Promise<SyncServer> {
  const realCouch = process.env.GLOSS_COUCHDB_URL;
  if (realCouch) return externalCouch(realCouch);
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'gloss-sync-'));
  let printed = '';
  const log = (text: string) => {
    printed += text;
  };
  let current = await spawnServer(options.port ?? 0, dataDir, options.admin, log);
  const admin = options.admin ?? current.generated;
  if (!admin) {
    current.child.kill('SIGKILL');
    throw new Error(`the data directory ${dataDir} already has an admin: pass startSyncServer({ admin })`);
  }
  const terminate = async () => {
    current.child.kill('SIGTERM');
    await exited(current.child);
  };
  return {
    url: current.url,
    admin,
    dataDir,
    external: false,
    output: () => printed,
    async stop() {
      await terminate();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    kill() {
      current.child.kill('SIGKILL');
    },
    shutDown: terminate,
    async restart() {
      await terminate();
      current = await spawnServer(current.port, dataDir, options.admin, log);
    },
  };
}

export interface DeskOptions {
  desk: string;
  members?: string[];
  readers?: string[];
  users?: Credentials[];
}

/** Runs sync-setup's steps in this process (same code as the CLI); returns the lines it would print. */
export async function setupDesk(url: string, admin: Credentials, desk: DeskOptions): Promise<string[]> {
  const lines: string[] = [];
  await runDeskSetup(
    createCouchClient(url, admin),
    admin,
    { desk: desk.desk, members: desk.members ?? [], readers: desk.readers ?? [], users: desk.users ?? [] },
    (line) => lines.push(line),
  );
  return lines;
}
