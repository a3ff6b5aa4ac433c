/** Starts and stops the sync server: the data directory, the admin account, the HTTP listener on 127.0.0.1. */
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { answerCors } from './cors';
import { describeAdmin, prepareConfig } from './admin';
import { closeDatabases, createDataPouch, createPouchApp, type CouchRequest, type PouchApp } from './pouch-app';

export const HOST = '127.0.0.1';

export interface SyncServerOptions {
  port: number;
  dataDir: string;
  /** `user:password`, as in GLOSS_SYNC_ADMIN. */
  adminSpec: string | undefined;
  print: (line: string) => void;
}

export interface RunningSyncServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function expressPouchVersion(): string {
  const requireFromServer = createRequire(createRequire(import.meta.url).resolve('pouchdb-server/package.json'));
  return (requireFromServer('express-pouchdb/package.json') as { version: string }).version;
}

/**
 * CouchDB's welcome (`"couchdb": "Welcome"`, which clients use to tell a CouchDB from another server) next to
 * express-pouchdb's own, so the same check works against this server and a real CouchDB.
 */
function sendWelcome(res: ServerResponse, version: string): void {
  res.setHeader('Content-Type', 'application/json');
  res.end(
    JSON.stringify({
      couchdb: 'Welcome',
      'express-pouchdb': 'Welcome!',
      version,
      vendor: { name: 'Gloss sync server (PouchDB Server)', version },
    }) + '\n',
  );
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function handleWith(app: PouchApp, welcomeVersion: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (answerCors(req, res)) return;
    if ((req.method === 'GET' || req.method === 'HEAD') && (req.url === '/' || req.url === '')) {
      return sendWelcome(res, welcomeVersion);
    }
    // express-pouchdb's express app adds `path` and the session to the request itself.
    app(req as CouchRequest, res, () => {
      res.statusCode = 404;
      res.end();
    });
  };
}

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const configPath = path.join(dataDir, 'config.json');
  // Before the app reads the file: until an admin exists, express-pouchdb lets anyone act as admin.
  const admin = await prepareConfig(configPath, options.adminSpec);
  const pouch = createDataPouch(dataDir);
  const app = createPouchApp(pouch, dataDir);
  options.print(describeAdmin(admin, configPath));

  const server = createServer(handleWith(app, expressPouchVersion()));
  const port = await listen(server, options.port);
  const url = `http://${HOST}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Live _changes feeds and keep-alive sockets would hold close() open for minutes.
      server.closeAllConnections();
    }).then(() => closeDatabases(pouch));
    return closing;
  };
  return { url, port, close };
}
