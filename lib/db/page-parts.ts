/**
 * The records of the annotationsByPage store (see `PageAnnotations` in schema.ts): building one with its index
 * key, splitting a page's annotations into parts, and the key ranges that find them. Pure, no transaction.
 */
import type { Annotation } from '../model/annotation';
import type { PageAnnotations, StoredAnnotation } from './schema';

/**
 * Most annotations one record holds. A save rewrites its part, so a part stays small enough to rewrite in a
 * millisecond or two (~1 KB per annotation), while a typical page (a few to a few dozen) is one record.
 */
export const PART_SIZE = 100;

/** Every part of one page: keys [url, 0] … [url, +∞). */
export function pageRange(url: string): IDBKeyRange {
  return IDBKeyRange.bound([url, 0], [url, Infinity]);
}

/** The record for part `part` of page `url` holding `annotations`, with its index key. */
export function partRecord(url: string, part: number, annotations: StoredAnnotation[]): PageAnnotations {
  let updated = '';
  for (const a of annotations) if (a.updated > updated) updated = a.updated;
  return { url, part, annotations, updated };
}

/** One page's annotations cut into records of at most PART_SIZE, numbered from `firstPart`. */
export function splitIntoParts(url: string, annotations: readonly StoredAnnotation[], firstPart = 0): PageAnnotations[] {
  const parts: PageAnnotations[] = [];
  for (let start = 0; start < annotations.length; start += PART_SIZE) {
    parts.push(partRecord(url, firstPart + parts.length, annotations.slice(start, start + PART_SIZE)));
  }
  return parts;
}

/** Every annotation held by `parts`, in order. */
export function annotationsOf(parts: readonly PageAnnotations[]): StoredAnnotation[] {
  const all: StoredAnnotation[] = [];
  for (const part of parts) for (const a of part.annotations) all.push(a);
  return all;
}

export const byCreated = (a: Annotation, b: Annotation): number => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);

/** Most recently updated first; ties by id, descending (as a reverse walk of an index on `updated` gave). */
export const byUpdatedDesc = (a: Annotation, b: Annotation): number =>
  a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
