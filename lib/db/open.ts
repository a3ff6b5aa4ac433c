/**
 * Opening the database: idb's `openDB`, but over a factory passed in (the background passes nothing and gets
 * the global `indexedDB`; tests pass a fresh fake-indexeddb factory). idb's `openDB` only knows the global,
 * so this does what it does with idb's `wrap`.
 */
import { wrap } from 'idb';
import { MIGRATIONS, runMigrations, targetVersion, type Migration, type UpgradeTx } from './migrations';
import { DB_NAME, type GlossDb } from './schema';
import { errorText } from './error-text';

export interface OpenOptions {
  name?: string;
  /** Test seam: the upgrade steps (default: the real ones). */
  migrations?: readonly Migration[];
  /** The connection went away (another connection wants to upgrade, or the browser closed it): open again. */
  onClose?: () => void;
  /**
   * How long to wait when an older connection (a tab of an earlier Gloss) does not let an upgrade through, before
   * failing with a clear message instead of hanging (default 10 s).
   */
  blockedTimeoutMs?: number;
}

/** The reader's words for a blocked upgrade: what holds it and what to do. */
export const BLOCKED_MESSAGE =
  "Gloss's database is held open by another tab or window running an older Gloss: " +
  'close or reload the other Gloss pages (library, options) and try again. Nothing was changed.';

/**
 * Opens (creating or upgrading) Gloss's database. Rejects with a clear error when an upgrade step fails; the
 * upgrade transaction is then aborted and the database is left at its old version with all its data.
 */
export async function openGlossDb(factory?: IDBFactory, options: OpenOptions = {}): Promise<GlossDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = targetVersion(migrations);
  const request = (factory ?? globalThis.indexedDB).open(options.name ?? DB_NAME, version);
  let upgradeFailure: { from: number; error: unknown } | null = null;

  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as GlossDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    // idb makes a `done` promise for every wrapped transaction; the open request reports an abort, not this.
    tx.done.catch(() => undefined);
    runMigrations(db, tx, event.oldVersion, event.newVersion ?? version, migrations).catch((error: unknown) => {
      upgradeFailure = { from: event.oldVersion, error };
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request itself.
      }
    });
  });

  let db: GlossDb;
  try {
    db = (await untilOpenOrBlocked(request, options.blockedTimeoutMs ?? 10_000)) as unknown as GlossDb;
  } catch (error) {
    const failure = upgradeFailure as { from: number; error: unknown } | null;
    if (!failure) throw error;
    throw new Error(`Gloss database upgrade from v${failure.from} to v${version} failed and was undone: ${errorText(failure.error)}`);
  }
  db.addEventListener('versionchange', () => {
    db.close();
    options.onClose?.();
  });
  db.addEventListener('close', () => options.onClose?.());
  return db;
}

/**
 * The open request's result, or a clear error when it stays blocked for `timeoutMs`. A request that succeeds after
 * that (the other tab closed at last) has its connection closed, so nothing is left open behind the error.
 */
function untilOpenOrBlocked(request: IDBOpenDBRequest, timeoutMs: number): Promise<unknown> {
  let timedOut = false;
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    request.addEventListener('blocked', () => {
      timer ??= setTimeout(() => {
        timedOut = true;
        reject(new Error(BLOCKED_MESSAGE));
      }, timeoutMs);
    });
    wrap(request).then(
      (db) => {
        clearTimeout(timer);
        if (timedOut) (db as { close(): void } | undefined)?.close();
        else resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!timedOut) reject(error);
      },
    );
  });
}
