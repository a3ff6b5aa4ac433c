/**
 * The database's shape (latest version) as an idb `DBSchema`, and the records Gloss stores besides the
 * model's own types. Older shapes live only in migrations.ts.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Annotation, AnnotationKind, PageRecord, Source, Speaker } from '../model/annotation';

export const DB_NAME = 'gloss';

/**
 * An annotation as stored: the model's fields plus any a newer version added (kept when this version rewrites
 * the record). It lives inside its page's `PageAnnotations` record, never on its own.
 */
export type StoredAnnotation = Annotation;

/**
 * One page's annotations, or a part of them (a page with more than PART_SIZE annotations has several parts),
 * in one record. Why not one record per annotation: IndexedDB pays per record written, and restoring 100,000
 * annotations one record each took ~25 s in Chromium; 10,000 page records take ~2.5 s. A page's annotations are
 * read and written together anyway (the page's view, re-anchoring, an import), and the index keys below are
 * kept for every annotation in the part (see page-parts.ts `partRecord`).
 */
export interface PageAnnotations {
  /** Normalized page URL; with `part`, the primary key. */
  url: string;
  part: number;
  annotations: StoredAnnotation[];
  /** Index keys, derived from `annotations` on every write: */
  ids: string[];
  kinds: AnnotationKind[];
  /** `foldKey` of each speaker's name. */
  speakers: string[];
  tags: string[];
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

export interface GlossDBSchema extends DBSchema {
  annotationsByPage: {
    key: [string, number];
    value: PageAnnotations;
    indexes: { byId: string; byKind: AnnotationKind; byTag: string; bySpeaker: string; byUpdated: string };
  };
  pages: { key: string; value: PageRecord };
  speakers: { key: [string, string]; value: SpeakerRecord };
  sources: { key: string; value: SourceRecord };
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
  const { id, kind, pageUrl, exact, selectors, speaker, verdict, sources, comment, tags, created, updated } = stored;
  return { id, kind, pageUrl, exact, selectors, speaker, verdict, sources, comment, tags, created, updated };
}

/**
 * Every write opens all the stores: saving an annotation also feeds pages and autocomplete, atomically, and
 * counts one change in `meta`.
 */
export const WRITE_STORES = ['annotationsByPage', 'pages', 'speakers', 'sources', 'meta'] as const;
export type WriteTx = IDBPTransaction<GlossDBSchema, typeof WRITE_STORES, 'readwrite'>;
