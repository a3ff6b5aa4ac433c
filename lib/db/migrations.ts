/**
 * The database's history, one step per version. Rules for adding a step:
 * - append, never edit a shipped step (users' databases were built by it);
 * - only add or reshape: never delete a store or a record, never clear;
 * - inside `up`, await only requests of the upgrade transaction `tx` (anything else lets it auto-commit);
 * - a step that throws or rejects aborts the whole upgrade: the database stays at its old version, untouched.
 * Every step has a test that builds the previous version with raw IndexedDB and upgrades it.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { toStored, type GlossDb, type GlossDBSchema } from './schema';

export type UpgradeTx = IDBPTransaction<GlossDBSchema, StoreNames<GlossDBSchema>[], 'versionchange'>;

export interface Migration {
  version: number;
  description: string;
  up(db: GlossDb, tx: UpgradeTx): void | Promise<void>;
}

const v1: Migration = {
  version: 1,
  description: 'annotations (byPage, byKind, byTag), pages, speakers, sources',
  up(db) {
    const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
    annotations.createIndex('byPage', 'pageUrl');
    annotations.createIndex('byKind', 'kind');
    annotations.createIndex('byTag', 'tags', { multiEntry: true });
    db.createObjectStore('pages', { keyPath: 'url' });
    db.createObjectStore('speakers', { keyPath: ['nameKey', 'roleKey'] });
    db.createObjectStore('sources', { keyPath: 'url' });
  },
};

const v2: Migration = {
  version: 2,
  description: 'annotations.byUpdated; denormalized speakerName (backfilled) with annotations.bySpeaker',
  async up(_db, tx) {
    const annotations = tx.objectStore('annotations');
    annotations.createIndex('byUpdated', 'updated');
    annotations.createIndex('bySpeaker', 'speakerName');
    for (let cursor = await annotations.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = cursor.value;
      const next = toStored(record);
      if (next.speakerName !== record.speakerName) await cursor.update(next);
    }
  },
};

export const MIGRATIONS: readonly Migration[] = [v1, v2];

/** The version a list of steps builds; throws on a list that skips or repeats versions (a programming error). */
export function targetVersion(migrations: readonly Migration[]): number {
  migrations.forEach((step, index) => {
    if (step.version !== index + 1) throw new Error(`migration #${index} has version ${step.version}, expected ${index + 1}`);
  });
  if (migrations.length === 0) throw new Error('no migrations');
  return migrations.length;
}

export const DB_VERSION = targetVersion(MIGRATIONS);

/** Runs the steps after `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export async function runMigrations(db: GlossDb, tx: UpgradeTx, oldVersion: number, newVersion: number, migrations: readonly Migration[]): Promise<void> {
  for (const step of migrations) {
    if (step.version <= oldVersion || step.version > newVersion) continue;
    const pending = step.up(db, tx);
    // Awaiting only when a step is async keeps synchronous steps inside the event dispatch.
    if (pending) await pending;
  }
}
