/**
 * The database's shape (latest version) as an idb `DBSchema`, and the records Gloss stores besides the
 * model's own types. Older shapes live only in migrations.ts.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Annotation, AnnotationKind, PageRecord, Source, Speaker } from '../model/annotation';

export const DB_NAME = 'gloss';

/** An annotation as stored: the model plus denormalized index keys, stripped again on the way out. */
export interface StoredAnnotation extends Annotation {
  /**
   * `speaker.name` folded for lookup (see `foldKey`), for the bySpeaker index (added in v2). Absent when there
   * is no speaker: IndexedDB leaves records without a key out of an index, where a nested `speaker.name`
   * key path on a null speaker would depend on every engine's key-path edge cases.
   */
  speakerName?: string;
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
  annotations: {
    key: string;
    value: StoredAnnotation;
    indexes: { byPage: string; byKind: AnnotationKind; byTag: string; bySpeaker: string; byUpdated: string };
  };
  pages: { key: string; value: PageRecord };
  speakers: { key: [string, string]; value: SpeakerRecord };
  sources: { key: string; value: SourceRecord };
}

export type GlossDb = IDBPDatabase<GlossDBSchema>;

/** Case- and spacing-insensitive key: "  Jane   DOE " -> "jane doe". */
export function foldKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function toStored(annotation: Annotation): StoredAnnotation {
  // Spread, not pick: a record may carry fields this version doesn't know, and rewriting it must keep them.
  const stored: StoredAnnotation = { ...annotation };
  const name = annotation.speaker ? foldKey(annotation.speaker.name) : '';
  if (name !== '') stored.speakerName = name;
  else delete stored.speakerName;
  return stored;
}

/** The model's fields only, in the model's key order. */
export function fromStored(stored: StoredAnnotation): Annotation {
  const { id, kind, pageUrl, exact, selectors, speaker, verdict, sources, comment, tags, created, updated } = stored;
  return { id, kind, pageUrl, exact, selectors, speaker, verdict, sources, comment, tags, created, updated };
}

/** Every write opens all four stores: saving an annotation also feeds pages and autocomplete, atomically. */
export const WRITE_STORES = ['annotations', 'pages', 'speakers', 'sources'] as const;
export type WriteTx = IDBPTransaction<GlossDBSchema, typeof WRITE_STORES, 'readwrite'>;
