/** Reads Gloss JSON-LD (web-annotation-format.ts), any format version this build knows how to upgrade. */
import * as v from 'valibot';
import { fail, type Result } from '../../messages';
import { ANNO_CONTEXT, GLOSS_FORMAT_VERSION } from '../web-annotation-format';
import { finishImport, type ImportedLibrary } from './finish';
import { migrateToCurrent } from './gloss-migrations';
import { describeIssue, summarize, tooMany } from './issues';
import {
  fastGlossAnnotation,
  fromWireAnnotation,
  fromWirePage,
  isPlainWirePage,
  restorePageUrls,
  wireAnnotationSchema,
  wirePageSchema,
} from './gloss-wire';
import { isObject, type JsonObject } from './json-shapes';
import { IMPORT_LIMITS } from './limits';

/** A Gloss document names its format version; plain W3C files do not. */
export const isGlossDocument = (doc: unknown): doc is JsonObject => isObject(doc) && 'gloss:formatVersion' in doc;

const collectionSchema = v.object({
  '@context': v.pipe(
    v.array(v.unknown()),
    v.check((context) => context[0] === ANNO_CONTEXT, `must start with "${ANNO_CONTEXT}"`),
  ),
  type: v.literal('AnnotationCollection'),
  'gloss:pages': v.array(v.unknown()),
  first: v.object({ type: v.literal('AnnotationPage'), items: v.array(v.unknown()) }),
});

export function readGloss(doc: JsonObject): Result<ImportedLibrary> {
  const version = doc['gloss:formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`gloss:formatVersion: expected a whole number from 1, got ${JSON.stringify(version)}.`);
  }
  if (version > GLOSS_FORMAT_VERSION) {
    return fail(
      `This file was made by a newer Gloss (format ${version}); this version reads formats 1 to ${GLOSS_FORMAT_VERSION}. Update Gloss and import again.`,
    );
  }
  const migrated = migrateToCurrent(doc, version);
  if (!migrated.ok) return migrated;

  const collection = v.safeParse(collectionSchema, migrated.value);
  if (!collection.success) return fail(summarize(collection.issues.map((issue) => describeIssue('collection', issue))));
  const { items } = collection.output.first;
  const wirePages = collection.output['gloss:pages'];
  if (items.length > IMPORT_LIMITS.maxRecords) return fail(tooMany(items.length, 'annotations', IMPORT_LIMITS.maxRecords));
  if (wirePages.length > IMPORT_LIMITS.maxPages) return fail(tooMany(wirePages.length, 'pages', IMPORT_LIMITS.maxPages));

  const problems: string[] = [];
  // Most records take the one-step fast path (gloss-wire.ts); the rest the schemas, which word any refusal.
  const checkedAnnotations = items.map(fastGlossAnnotation);
  const annotations = items.map((item, index) => {
    const checked = checkedAnnotations[index];
    if (checked !== undefined) return checked;
    const wire = v.safeParse(wireAnnotationSchema, item);
    if (wire.success) return fromWireAnnotation(wire.output, index, problems);
    for (const issue of wire.issues) problems.push(describeIssue(`annotations[${index}]`, issue, isObject(item) ? item.id : undefined));
    return undefined;
  });
  const pages = wirePages.map((item, index) => {
    if (isPlainWirePage(item)) return fromWirePage(item);
    const wire = v.safeParse(wirePageSchema, item);
    if (wire.success) return fromWirePage(wire.output);
    for (const issue of wire.issues) problems.push(describeIssue(`pages[${index}]`, issue));
    return undefined;
  });
  restorePageUrls(annotations, wirePages);
  const warnings: string[] = [];
  const total = migrated.value.total;
  if (typeof total === 'number' && total !== items.length) {
    warnings.push(`The file says it holds ${total} annotations but contains ${items.length}; the ${items.length} found were imported.`);
  }
  return finishImport({
    format: 'gloss',
    pages,
    annotations,
    pageAt: (i) => `pages[${i}]`,
    annotationAt: (i) => `annotations[${i}]`,
    annotationIdInFile: (i) => (isObject(items[i]) ? items[i].id : undefined),
    checkedAnnotations,
    problems,
    warnings,
  });
}
