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
import type { Annotation, PageRecord } from '../model/annotation';
import { splitIntoParts } from './page-parts';
import {
  foldKey,
  type GlossDb,
  type GlossDBSchema,
  type IdLocation,
  type PageAnnotations,
  type SourceRecord,
  type SpeakerRecord,
} from './schema';
import { SHARD_KEYS, shardRecords } from './shards';

export type UpgradeTx = IDBPTransaction<GlossDBSchema, StoreNames<GlossDBSchema>[], 'versionchange'>;

/** The annotations store of v1 and v2 (one record per annotation), as the steps that built it and v3 see it. */
type V2Annotation = Annotation & { speakerName?: string };
interface V2Schema extends DBSchema {
  annotations: {
    key: string;
    value: V2Annotation;
    indexes: { byPage: string; byKind: string; byTag: string; bySpeaker: string; byUpdated: string };
  };
  pages: { key: string; value: PageRecord };
  speakers: { key: [string, string]; value: SpeakerRecord };
  sources: { key: string; value: SourceRecord };
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

/** The v3 shapes (v3 builds them, v4 reads them): page parts with their multi-entry index keys, and one record per page / speaker / source. */
type V3Part = PageAnnotations & { ids?: string[]; kinds?: string[]; speakers?: string[]; tags?: string[] };
interface V3Schema extends DBSchema {
  annotationsByPage: {
    key: [string, number];
    value: V3Part;
    indexes: { byId: string; byKind: string; bySpeaker: string; byTag: string; byUpdated: string };
  };
  pages: { key: string; value: PageRecord };
  speakers: { key: [string, string]; value: SpeakerRecord };
  sources: { key: string; value: SourceRecord };
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** A part as v3 stored it: with the keys of its multi-entry indexes (v4 dropped both). */
function withV3IndexKeys(part: PageAnnotations): PageAnnotations {
  const { annotations } = part;
  return {
    ...part,
    ids: annotations.map((a) => a.id),
    kinds: unique(annotations.map((a) => a.kind)),
    speakers: unique(annotations.flatMap((a) => (a.speaker ? [foldKey(a.speaker.name)] : []).filter((name) => name !== ''))),
    tags: unique(annotations.flatMap((a) => a.tags)),
  } as PageAnnotations;
}

const v3: Migration = {
  version: 3,
  description:
    'annotations move into annotationsByPage: one record per page (parts of 100), indexes byId, byKind, bySpeaker, byTag, byUpdated; meta (a count of writes)',
  async up(db, tx) {
    db.createObjectStore('meta');
    const pages = (db as unknown as IDBPDatabase<V3Schema>).createObjectStore('annotationsByPage', { keyPath: ['url', 'part'] });
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
    for (const [url, annotations] of byPage)
      for (const part of splitIntoParts(url, annotations)) writes.push(pages.put(withV3IndexKeys(part)));
    await Promise.all(writes);
    db.deleteObjectStore('annotations' as never);
  },
};

const v4: Migration = {
  version: 4,
  description:
    'pages, speakers and sources move into shards (pageShards, speakerShards, sourceShards); idShards replace the byId index; the byId, byKind, bySpeaker and byTag indexes go',
  async up(glossDb, glossTx) {
    const db = glossDb as unknown as IDBPDatabase<V3Schema>;
    const tx = glossTx as unknown as IDBPTransaction<V3Schema, ['annotationsByPage', 'pages', 'speakers', 'sources'], 'versionchange'>;
    const parts = tx.objectStore('annotationsByPage');
    const [records, pages, speakers, sources] = await Promise.all([
      parts.getAll(),
      tx.objectStore('pages').getAll(),
      tx.objectStore('speakers').getAll(),
      tx.objectStore('sources').getAll(),
    ]);
    for (const name of ['byId', 'byKind', 'bySpeaker', 'byTag'] as const) parts.deleteIndex(name);
    const writes: Promise<unknown>[] = [];
    const locations: IdLocation[] = [];
    for (const record of records) {
      // The index keys go with their indexes; everything else (fields of newer versions included) stays.
      const { ids: _ids, kinds: _kinds, speakers: _speakers, tags: _tags, ...part } = record;
      writes.push(parts.put(part));
      for (const a of part.annotations) locations.push({ id: a.id, url: part.url });
    }
    const moves = [
      ['idShards', locations],
      ['pageShards', pages],
      ['speakerShards', speakers],
      ['sourceShards', sources],
    ] as const;
    for (const [name, items] of moves) {
      const store = glossDb.createObjectStore(name, { keyPath: 'shard' });
      const keyOf = SHARD_KEYS[name] as (item: (typeof items)[number]) => string;
      for (const shard of shardRecords<(typeof items)[number]>(items, keyOf)) writes.push(store.put(shard as never));
    }
    await Promise.all(writes);
    for (const name of ['pages', 'speakers', 'sources'] as const) db.deleteObjectStore(name);
  },
};

export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4];

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
export async function runMigrations(
  db: GlossDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[],
): Promise<void> {
  for (const step of migrations) {
    if (step.version <= oldVersion || step.version > newVersion) continue;
    const pending = step.up(db, tx);
    // Awaiting only when a step is async keeps synchronous steps inside the event dispatch.
    if (pending) await pending;
  }
}
