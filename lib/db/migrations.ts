/**
 * The database's history, one step per version. Rules for adding a step:
 * - append, never edit a shipped step (users' databases were built by it);
 * - only add or reshape: never lose a record, never clear; a store may be deleted only by the step that has
 *   moved every record of it into its successor, in the same upgrade transaction (so it happens entirely or not);
 * - inside `up`, await only requests of the upgrade transaction `tx` (anything else lets it auto-commit);
 * - a step that throws or rejects aborts the whole upgrade: the database stays at its old version, untouched.
 * Every step has a test that builds the previous version with raw IndexedDB and upgrades it.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Annotation } from '../model/annotation';
import { splitIntoParts } from './page-parts';
import { foldKey, type GlossDb, type GlossDBSchema } from './schema';

export type UpgradeTx = IDBPTransaction<GlossDBSchema, StoreNames<GlossDBSchema>[], 'versionchange'>;

/** The annotations store of v1 and v2 (one record per annotation), as the steps that built it and v3 see it. */
type V2Annotation = Annotation & { speakerName?: string };
interface V2Schema extends DBSchema {
  annotations: { key: string; value: V2Annotation; indexes: { byPage: string; byKind: string; byTag: string; bySpeaker: string; byUpdated: string } };
  pages: GlossDBSchema['pages'];
  speakers: GlossDBSchema['speakers'];
  sources: GlossDBSchema['sources'];
}
const v2View = (db: GlossDb, tx: UpgradeTx) => ({
  db: db as unknown as IDBPDatabase<V2Schema>,
  tx: tx as unknown as IDBPTransaction<V2Schema, ['annotations'], 'versionchange'>,
});

export interface Migration {
  version: number;
  description: string;
  up(db: GlossDb, tx: UpgradeTx): void | Promise<void>;
}

const v1: Migration = {
  version: 1,
  description: 'annotations (byPage, byKind, byTag), pages, speakers, sources',
  up(glossDb, tx) {
    const { db } = v2View(glossDb, tx);
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
  async up(glossDb, glossTx) {
    const annotations = v2View(glossDb, glossTx).tx.objectStore('annotations');
    annotations.createIndex('byUpdated', 'updated');
    annotations.createIndex('bySpeaker', 'speakerName');
    for (let cursor = await annotations.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = cursor.value;
      const name = record.speaker ? foldKey(record.speaker.name) : '';
      const next: V2Annotation = { ...record };
      if (name !== '') next.speakerName = name;
      else delete next.speakerName;
      if (next.speakerName !== record.speakerName) await cursor.update(next);
    }
  },
};

const v3: Migration = {
  version: 3,
  description: 'annotations move into annotationsByPage: one record per page (parts of 100), indexes byId, byKind, bySpeaker, byTag, byUpdated; meta (a count of writes)',
  async up(db, tx) {
    db.createObjectStore('meta');
    const pages = db.createObjectStore('annotationsByPage', { keyPath: ['url', 'part'] });
    // Unique: an annotation id is in one part only; a write that would duplicate one fails (and aborts) instead.
    pages.createIndex('byId', 'ids', { unique: true, multiEntry: true });
    pages.createIndex('byKind', 'kinds', { multiEntry: true });
    pages.createIndex('bySpeaker', 'speakers', { multiEntry: true });
    pages.createIndex('byTag', 'tags', { multiEntry: true });
    pages.createIndex('byUpdated', 'updated');
    const old = v2View(db, tx).tx.objectStore('annotations');
    const byPage = new Map<string, Annotation[]>();
    for (const record of await old.getAll()) {
      // speakerName was an index key only; everything else (fields of newer versions included) moves as it is.
      const { speakerName: _indexKey, ...annotation } = record;
      const onPage = byPage.get(annotation.pageUrl);
      if (onPage) onPage.push(annotation);
      else byPage.set(annotation.pageUrl, [annotation]);
    }
    const writes: Promise<unknown>[] = [];
    for (const [url, annotations] of byPage) for (const part of splitIntoParts(url, annotations)) writes.push(pages.put(part));
    await Promise.all(writes);
    db.deleteObjectStore('annotations' as never);
  },
};

export const MIGRATIONS: readonly Migration[] = [v1, v2, v3];

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
