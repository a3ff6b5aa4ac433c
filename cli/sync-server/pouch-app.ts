/**
 * The CouchDB-compatible HTTP app of `npm run sync-server`: express-pouchdb (PouchDB Server's engine) over
 * LevelDB files in the data directory, with two access rules CouchDB 3 has and express-pouchdb lacks:
 *
 * - `require_valid_user`: every request but the welcome (`GET /`) and the login (`/_session`) needs an account;
 *   so nothing is read or written anonymously, whatever a database's `_security` says;
 * - `default_security = admin_only`: a database nobody gave a `_security` is for server admins only
 *   (express-pouchdb, like CouchDB 2, would open it to every account).
 *
 * The modules are loaded from pouchdb-server's own dependency tree, so the PouchDB 7 plugins it was released with
 * are used together, not mixed with the PouchDB 9 the extension bundles.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { keepReplicatedRevisions } from './keep-revisions';

const requireHere = createRequire(import.meta.url);
const requireFromServer = createRequire(requireHere.resolve('pouchdb-server/package.json'));

type Next = (error?: unknown) => void;
type Handler = (req: CouchRequest, res: ServerResponse, next: Next) => void;

interface UserCtx {
  name: string | null;
  roles: string[];
}

export interface CouchRequest extends IncomingMessage {
  path: string;
  couchSession?: { userCtx: UserCtx };
}

interface SecurityObject {
  admins?: { names?: string[]; roles?: string[] };
  members?: { names?: string[]; roles?: string[] };
}

interface ExpressLayer {
  name: string;
}

interface CouchConfig {
  registerDefault(section: string, key: string, value: unknown): void;
}

interface PouchDatabase {
  close(): Promise<void>;
}

export interface PouchApp extends Handler {
  couchConfig: CouchConfig;
  use(handler: Handler): void;
  _router: { stack: ExpressLayer[] };
  dbWrapper: { _wrappers: unknown };
}

export interface DataPouch {
  __dbCacheMap?: { forEach(visit: (db: PouchDatabase) => void): void };
}

/** Requests an anonymous client may make: the welcome, and logging in or out. */
function isOpenToAnonymous(req: CouchRequest): boolean {
  if (req.path === '/') return req.method === 'GET' || req.method === 'HEAD';
  return req.path === '/_session';
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body) + '\n');
}

/** CouchDB's `require_valid_user` and `admin_only_all_dbs`, decided on the session express-pouchdb built. */
const requireValidUser: Handler = (req, res, next) => {
  const userCtx = req.couchSession?.userCtx;
  // Fail closed: no session means the gate sits in the wrong place, and nothing should pass it.
  if (!userCtx) return sendJson(res, 500, { error: 'internal', reason: 'The access check ran before authentication.' });
  const isAdmin = userCtx.roles.includes('_admin');
  if (isAdmin || isOpenToAnonymous(req)) return next();
  if (!userCtx.name) return sendJson(res, 401, { error: 'unauthorized', reason: 'Authentication required.' });
  if (req.path === '/_all_dbs') return sendJson(res, 401, { error: 'unauthorized', reason: 'You are not a server admin.' });
  next();
};

/**
 * Puts `handler` right after express-pouchdb's authentication middleware (which follows its cookie parser), the
 * only place that knows the account and still comes before every route. express-pouchdb has no hook there.
 */
function insertAfterAuthentication(app: PouchApp, handler: Handler): void {
  app.use(handler);
  const stack = app._router.stack;
  const gate = stack.pop();
  const cookieParserAt = stack.findIndex((layer) => layer.name === 'cookieParser');
  if (!gate || cookieParserAt < 0) throw new Error('express-pouchdb changed: no cookie parser to put the access check after');
  stack.splice(cookieParserAt + 2, 0, gate);
}

const SECURITY_DOC_ID = '_local/_security';
const ADMIN_ONLY: SecurityObject = { admins: { names: [], roles: ['_admin'] }, members: { names: [], roles: ['_admin'] } };

interface WrappedDatabase {
  get(id: string): Promise<unknown>;
  put(doc: object): Promise<unknown>;
}

/**
 * Gives every database that has no `_security` yet CouchDB 3's admin-only one when the server first opens it
 * (before any request reaches it). A `_security` an admin wrote, even an empty "public" one, is left alone.
 * Written to the database (where pouchdb-security keeps it) rather than faked on read: several express-pouchdb
 * routes check access before its security middleware runs and read the stored document directly.
 */
function installAdminOnlyDefault(app: PouchApp): void {
  const wrappers = app.dbWrapper._wrappers;
  if (!Array.isArray(wrappers)) throw new Error('express-pouchdb changed: no database wrapper list to add the default security to');
  // First in the list, not appended: express-pouchdb's validation wrapper doesn't wait for the wrappers after it,
  // so a request could reach the database before an appended wrapper finished writing.
  wrappers.unshift(async (_name: string, db: object, next: () => unknown) => {
    const database = db as WrappedDatabase;
    try {
      await database.get(SECURITY_DOC_ID);
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      await database.put({ _id: SECURITY_DOC_ID, security: ADMIN_ONLY });
    }
    return next();
  });
}

/** The PouchDB class the server stores with: LevelDB directories under `dataDir`. */
export function createDataPouch(dataDir: string): DataPouch {
  type Plugin = unknown;
  interface PouchStatic {
    plugin(plugin: Plugin): PouchStatic;
    defaults(options: object): DataPouch;
  }
  const PouchDB = (requireFromServer('pouchdb-core') as PouchStatic)
    .plugin(requireFromServer('pouchdb-adapter-http'))
    .plugin(requireFromServer('pouchdb-replication'))
    .plugin(requireFromServer('pouchdb-mapreduce'))
    .plugin(requireFromServer('pouchdb-adapter-leveldb'));
  return PouchDB.defaults({ prefix: path.resolve(dataDir) + path.sep });
}

/** The express-pouchdb app with its config file and log in `dataDir` and Gloss's access rules in place. */
export function createPouchApp(pouch: DataPouch, dataDir: string): PouchApp {
  const expressPouchdb = requireFromServer('express-pouchdb') as (pouch: DataPouch, options: object) => PouchApp;
  const app = expressPouchdb(pouch, {
    configPath: path.join(dataDir, 'config.json'),
    logPath: path.join(dataDir, 'log.txt'),
    // No Fauxton web UI (it could not load without an account anyway) and no server-side replication, which
    // would let any account make the server fetch other addresses.
    overrideMode: { exclude: ['routes/fauxton', 'routes/replicate', 'replicator'] },
  });
  // Per-request lines go to log.txt at level info; keep the file to warnings and errors by default.
  app.couchConfig.registerDefault('log', 'level', 'warning');
  insertAfterAuthentication(app, requireValidUser);
  installAdminOnlyDefault(app);
  keepReplicatedRevisions(app, requireFromServer('pouchdb-wrappers') as Parameters<typeof keepReplicatedRevisions>[1]);
  return app;
}

/** Closes every database the server opened, so LevelDB flushes and releases its lock. */
export async function closeDatabases(pouch: DataPouch): Promise<void> {
  const open: PouchDatabase[] = [];
  pouch.__dbCacheMap?.forEach((db) => open.push(db));
  await Promise.allSettled(open.map((db) => db.close()));
}
