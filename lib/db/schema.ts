/**
 * The database's shape (latest version) as an idb `DBSchema`, and the records Gloss stores besides the
 * model's own types. Older shapes live only in migrations.ts.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Annotation, PageRecord, Source, Speaker } from '../model/annotation';

export const DB_NAME = 'gloss';

/**
 * An annotation as stored: the model's fields plus any a newer version added (kept when this version rewrites
 * the record). It lives inside its page's `PageAnnotations` record, never on its own.
 */
export type StoredAnnotation = Annotation & { sync?: SyncMark };

/**
 * Where a stored annotation stands with sync (lib/sync): the revision of the sync document its content came
 * from or went to, and the `updated` it had then. A record whose `updated` differs was changed here since: it
 * is pushed, and a remote change never overwrites it. Local bookkeeping only: never exported, never sent.
 */
export interface SyncMark {
  /** The remote database (personal or a desk) the annotation lives in. */
  database: string;
  rev: string;
  updated: string;
  /** Accounts: who made the annotation, and who wrote this revision. */
  creator: string;
  editor: string;
  /** Other revisions kept by replication when two people changed it apart (see lib/sync/conflicts.ts). */
  conflicts: string[];
}

/**
 * One page's annotations, or a part of them (a page with more than PART_SIZE annotations has several parts),
 * in one record. Why not one record per annotation: IndexedDB pays per record written, and restoring 100,000
 * annotations one record each took ~25 s in Chromium; 10,000 page records take ~2.5 s. A page's annotations are
 * read and written together anyway (the page's view, re-anchoring, an import). The only index is byUpdated
 * (one key per record): the multi-entry ones of v3 (an entry per annotation id, speaker, tag) cost ~8 s of a 100k
 * restore, and the library searches its loaded copy instead.
 */
export interface PageAnnotations {
  /** Normalized page URL; with `part`, the primary key. */
  url: string;
  part: number;
  annotations: StoredAnnotation[];
  /** The greatest `updated` among the annotations: the byUpdated key, so the newest parts come first. */
  updated: string;
}

/** A speaker as remembered for autocomplete; one per (name, role) pair. */
export interface SpeakerRecord extends Speaker {
  /** Folded name and role: the compound primary key, so "Jane Doe" and "jane  doe" are one speaker. */
  nameKey: string;
  roleKey: string;
  useCount: number;
  lastUsed: string;
}

/** A source as remembered for autocomplete; `stance` is the one it was last cited with. */
export interface SourceRecord extends Source {
  useCount: number;
  lastUsed: string;
}

/** Where an annotation lives: its id and its page. The id shards are the id → page lookup (see shards.ts). */
export interface IdLocation {
  id: string;
  url: string;
}

/**
 * Many small records of one kind, kept together: shard `shard` holds every item whose key hashes to it (see
 * shards.ts). Why: IndexedDB pays per record and per index entry written, so 10,000 page records, 10,000 source
 * records and 100,000 id index entries made a 100k restore take ~20 s; 256 shards of each take well under one.
 */
export interface Shard<T> {
  shard: number;
  items: T[];
}

export interface GlossDBSchema extends DBSchema {
  annotationsByPage: {
    key: [string, number];
    value: PageAnnotations;
    indexes: { byUpdated: string };
  };
  /** Which page holds each annotation id (and so, which ids exist). */
  idShards: { key: number; value: Shard<IdLocation> };
  pageShards: { key: number; value: Shard<PageRecord> };
  speakerShards: { key: number; value: Shard<SpeakerRecord> };
  sourceShards: { key: number; value: Shard<SourceRecord> };
  /** Bookkeeping: `changes` counts committed writes (see transaction.ts `countChange`). */
  meta: { key: 'changes'; value: number };
}

export type GlossDb = IDBPDatabase<GlossDBSchema>;

/** Case- and spacing-insensitive key: "  Jane   DOE " -> "jane doe". */
export function foldKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The model's fields only, in the model's key order. */
export function fromStored(stored: StoredAnnotation): Annotation {
  const { id, kind, pageUrl, exact, selectors, speaker, verdict, sources, comment, tags, created, updated, changed, creator } = stored;
  const annotation: Annotation = { id, kind, pageUrl, exact, selectors, speaker, verdict, sources, comment, tags, created, updated };
  // A stealth edit the page showed, and who made it when not this reader: absent on most annotations (never
  // written as null).
  if (!changed && !creator) return annotation;
  return { ...annotation, ...(changed ? { changed } : {}), ...(creator ? { creator } : {}) };
}

/**
 * Every write opens all the stores: saving an annotation also feeds pages and autocomplete, atomically, and
 * counts one change in `meta`.
 */
export const WRITE_STORES = ['annotationsByPage', 'idShards', 'pageShards', 'speakerShards', 'sourceShards', 'meta'] as const;
export type WriteTx = IDBPTransaction<GlossDBSchema, typeof WRITE_STORES, 'readwrite'>;
