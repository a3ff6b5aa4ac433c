/**
 * Gloss records as sync documents. An annotation's document is its W3C Web Annotation JSON-LD exactly as the
 * export writes it (`toWireAnnotation`), plus `creator` (who made it), `gloss:editor` (who wrote this revision:
 * the server's validate_doc_update checks it is the account writing) and the CouchDB `_id`. Reading goes through
 * the importer's own checks (`readGloss`), so a document from someone else's server is held to the same
 * standard as a file: what the model refuses is reported, never stored.
 */
import type { Annotation, PageRecord } from '../model/annotation';
import { readGloss } from '../export/import/gloss';
import { toWireAnnotation } from '../export/web-annotation';
import { ANNOTATION_ID_PREFIX, GLOSS_CONTEXT, GLOSS_FORMAT_VERSION } from '../export/web-annotation-format';
import { fail, ok, type Result } from '../result';
import type { PouchDoc } from './pouch-types';

export const ANNOTATION_DOC_PREFIX = 'annotation:';
export const PAGE_DOC_PREFIX = 'page:';

export const annotationDocId = (id: string) => ANNOTATION_DOC_PREFIX + id;
export const isAnnotationDocId = (docId: string) => docId.startsWith(ANNOTATION_DOC_PREFIX);
export const annotationIdOf = (docId: string) => docId.slice(ANNOTATION_DOC_PREFIX.length);

/** Who wrote a document: the account that made the annotation, and the one that wrote this revision. */
export interface Authorship {
  creator: string;
  editor: string;
}

export function annotationDoc(annotation: Annotation, authorship: Authorship): PouchDoc {
  return {
    _id: annotationDocId(annotation.id),
    '@context': GLOSS_CONTEXT,
    ...toWireAnnotation({ ...annotation, creator: authorship.creator }),
    'gloss:editor': authorship.editor,
  };
}

export function pageDoc(page: PageRecord, editor: string): PouchDoc {
  return {
    _id: PAGE_DOC_PREFIX + page.url,
    type: 'gloss:Page',
    id: page.url,
    'gloss:url': page.url,
    'gloss:title': page.title,
    'gloss:siteName': page.siteName,
    'gloss:published': page.published,
    'gloss:firstSeen': page.firstSeen,
    'gloss:lastSeen': page.lastSeen,
    'gloss:editor': editor,
  };
}

/** An annotation read from a document, with who made it and who last changed it. */
export interface SyncedAnnotation {
  annotation: Annotation;
  authorship: Authorship;
}

const nameOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
    ? (value as { name: string }).name
    : null;

/** Reads an annotation document; a document the model refuses gives the importer's reason. */
export function annotationFromDoc(doc: PouchDoc): Result<SyncedAnnotation> {
  const { _id, _rev, _conflicts, _revisions, 'gloss:editor': editor, '@context': _context, ...wire } = doc;
  const creatorName = nameOf(wire.creator);
  if (creatorName === null || typeof editor !== 'string') return fail(`${_id}: no creator or gloss:editor`);
  if (wire.id !== ANNOTATION_ID_PREFIX + annotationIdOf(_id)) return fail(`${_id}: its id is ${JSON.stringify(wire.id)}`);
  const read = readGloss({
    '@context': [...GLOSS_CONTEXT],
    type: 'AnnotationCollection',
    'gloss:formatVersion': GLOSS_FORMAT_VERSION,
    'gloss:pages': [],
    first: { type: 'AnnotationPage', items: [wire] },
  });
  if (!read.ok) return fail(`${_id}: ${read.error}`);
  const annotation = read.value.annotations[0];
  if (!annotation) return fail(`${_id}: not an annotation`);
  return ok({ annotation, authorship: { creator: creatorName, editor } });
}
