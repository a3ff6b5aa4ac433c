/** Reads Gloss JSON-LD (web-annotation-format.ts), any format version this build knows how to upgrade. */
import * as v from 'valibot';
import { fail, type Result } from '../../messages';
import { ANNO_CONTEXT, ANNOTATION_ID_PREFIX, GLOSS_FORMAT_VERSION } from '../web-annotation-format';
import { finishImport, type ImportedLibrary } from './finish';
import { migrateToCurrent } from './gloss-migrations';
import { describeIssue, summarize, tooMany } from './issues';
import { firstQuoteExact, isObject, type JsonObject } from './json-shapes';
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

// Structure only: leaves stay `unknown` and are checked against the model (with model field names) in finish.ts.
const wireAnnotationSchema = v.object({
  id: v.pipe(v.string(), v.startsWith(ANNOTATION_ID_PREFIX, `expected "${ANNOTATION_ID_PREFIX}<uuid>"`)),
  type: v.literal('Annotation'),
  created: v.unknown(),
  modified: v.unknown(),
  body: v.optional(
    v.array(
      v.object({
        type: v.literal('TextualBody'),
        value: v.string(),
        purpose: v.picklist(['commenting', 'tagging'], (i) => `expected one of commenting|tagging, got ${i.received}`),
      }),
    ),
  ),
  target: v.object({ source: v.unknown(), selector: v.optional(v.array(v.unknown())) }),
  'gloss:kind': v.unknown(),
  'gloss:exact': v.optional(v.unknown()),
  'gloss:speaker': v.optional(v.nullable(v.object({ 'gloss:name': v.unknown(), 'gloss:role': v.unknown() }))),
  'gloss:verdict': v.optional(v.unknown()),
  'gloss:sources': v.optional(
    v.array(
      v.object({
        'gloss:url': v.unknown(),
        'gloss:title': v.unknown(),
        'gloss:publisher': v.unknown(),
        'gloss:date': v.unknown(),
        'gloss:stance': v.unknown(),
      }),
    ),
  ),
});

const wirePageSchema = v.object({
  'gloss:url': v.unknown(),
  'gloss:title': v.unknown(),
  'gloss:siteName': v.unknown(),
  'gloss:published': v.unknown(),
  'gloss:firstSeen': v.unknown(),
  'gloss:lastSeen': v.unknown(),
});

export function readGloss(doc: JsonObject): Result<ImportedLibrary> {
  const version = doc['gloss:formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`gloss:formatVersion: expected a whole number from 1, got ${JSON.stringify(version)}.`);
  }
  if (version > GLOSS_FORMAT_VERSION) {
    return fail(`This file was made by a newer Gloss (format ${version}); this version reads formats 1 to ${GLOSS_FORMAT_VERSION}. Update Gloss and import again.`);
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
  const annotations = items.map((item, index) => {
    const wire = v.safeParse(wireAnnotationSchema, item);
    if (wire.success) return fromWireAnnotation(wire.output, index, problems);
    for (const issue of wire.issues) problems.push(describeIssue(`annotations[${index}]`, issue, isObject(item) ? item.id : undefined));
    return undefined;
  });
  const pages = wirePages.map((item, index) => {
    const wire = v.safeParse(wirePageSchema, item);
    if (wire.success) return fromWirePage(wire.output);
    for (const issue of wire.issues) problems.push(describeIssue(`pages[${index}]`, issue));
    return undefined;
  });
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
    problems,
    warnings,
  });
}

type WireAnnotation = v.InferOutput<typeof wireAnnotationSchema>;

function fromWireAnnotation(wire: WireAnnotation, index: number, problems: string[]): JsonObject {
  const bodies = wire.body ?? [];
  const comments = bodies.filter((b) => b.purpose === 'commenting');
  if (comments.length > 1) problems.push(`annotations[${index}].body: more than one commenting body`);
  const speaker = wire['gloss:speaker'] ?? null;
  return {
    id: wire.id.slice(ANNOTATION_ID_PREFIX.length),
    kind: wire['gloss:kind'],
    pageUrl: wire.target.source,
    exact: wire['gloss:exact'] !== undefined ? wire['gloss:exact'] : (firstQuoteExact(wire.target.selector) ?? ''),
    selectors: wire.target.selector ?? [],
    speaker: speaker === null ? null : { name: speaker['gloss:name'], role: speaker['gloss:role'] },
    verdict: wire['gloss:verdict'] ?? null,
    sources: (wire['gloss:sources'] ?? []).map((s) => ({
      url: s['gloss:url'],
      title: s['gloss:title'],
      publisher: s['gloss:publisher'],
      date: s['gloss:date'],
      stance: s['gloss:stance'],
    })),
    comment: comments[0]?.value ?? '',
    tags: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    created: wire.created,
    updated: wire.modified,
  };
}

function fromWirePage(wire: v.InferOutput<typeof wirePageSchema>): JsonObject {
  return {
    url: wire['gloss:url'],
    title: wire['gloss:title'],
    siteName: wire['gloss:siteName'],
    published: wire['gloss:published'],
    firstSeen: wire['gloss:firstSeen'],
    lastSeen: wire['gloss:lastSeen'],
  };
}
