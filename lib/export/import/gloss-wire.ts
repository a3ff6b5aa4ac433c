/**
 * The Gloss JSON-LD records on the wire (web-annotation-format.ts) and their conversion to model-shaped
 * candidates, which finish.ts then checks against the model. Each wire schema has a plain type guard next to it
 * for the common shape: valibot's copy of every record costs more than the rest of a big import.
 */
import * as v from 'valibot';
import { toIri } from '../iri';
import { ANNOTATION_ID_PREFIX } from '../web-annotation-format';
import type { Annotation } from '../../model/annotation';
import { LIMITS } from '../../model/schema';
import { fastAnnotationOf, fastCreator, fastList, fastSelector, fastSource, fastSpeaker, fastTag } from './fast-records';
import { firstQuoteExact, isObject, type JsonObject } from './json-shapes';

// Structure only: leaves stay `unknown` and are checked against the model (with model field names) in finish.ts.
export const wireAnnotationSchema = v.object({
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
  // A bare IRI: an annotation without selectors (format 2); format 1 wrote `{ source }` for those.
  target: v.union(
    [v.string(), v.object({ source: v.unknown(), selector: v.optional(v.array(v.unknown())) })],
    'expected the page IRI or { source, selector }',
  ),
  creator: v.optional(v.object({ name: v.unknown() }, 'expected an Agent: { "type": "Person", "name": … }')),
  'gloss:kind': v.unknown(),
  'gloss:exact': v.optional(v.unknown()),
  'gloss:speaker': v.optional(v.nullable(v.object({ 'gloss:name': v.unknown(), 'gloss:role': v.unknown() }))),
  'gloss:verdict': v.optional(v.unknown()),
  'gloss:changed': v.optional(v.nullable(v.object({ 'gloss:text': v.unknown(), 'gloss:seen': v.unknown(), 'gloss:kept': v.unknown() }))),
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

export const wirePageSchema = v.object({
  'gloss:url': v.unknown(),
  'gloss:title': v.unknown(),
  'gloss:siteName': v.unknown(),
  'gloss:published': v.unknown(),
  'gloss:firstSeen': v.unknown(),
  'gloss:lastSeen': v.unknown(),
});

export type WireAnnotation = v.InferOutput<typeof wireAnnotationSchema>;
type WirePage = v.InferOutput<typeof wirePageSchema>;

export function fromWireAnnotation(wire: WireAnnotation, index: number, problems: string[]): JsonObject {
  const bodies = wire.body ?? [];
  const comments = bodies.filter((b) => b.purpose === 'commenting');
  if (comments.length > 1) problems.push(`annotations[${index}].body: more than one commenting body`);
  const speaker = wire['gloss:speaker'] ?? null;
  const { source, selector } = typeof wire.target === 'string' ? { source: wire.target, selector: undefined } : wire.target;
  return {
    id: wire.id.slice(ANNOTATION_ID_PREFIX.length),
    kind: wire['gloss:kind'],
    pageUrl: source,
    exact: wire['gloss:exact'] !== undefined ? wire['gloss:exact'] : (firstQuoteExact(selector) ?? ''),
    selectors: selector ?? [],
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
    ...(wire['gloss:changed']
      ? {
          changed: {
            text: wire['gloss:changed']['gloss:text'],
            seen: wire['gloss:changed']['gloss:seen'],
            kept: wire['gloss:changed']['gloss:kept'],
          },
        }
      : {}),
    ...(wire.creator ? { creator: wire.creator.name } : {}),
  };
}

export function fromWirePage(wire: WirePage): JsonObject {
  return {
    url: wire['gloss:url'],
    title: wire['gloss:title'],
    siteName: wire['gloss:siteName'],
    published: wire['gloss:published'],
    firstSeen: wire['gloss:firstSeen'],
    lastSeen: wire['gloss:lastSeen'],
  };
}

/**
 * True only for items `wireAnnotationSchema` accepts (it may say false for some of those: they then go through
 * the schema). Then fromWireAnnotation(item) equals fromWireAnnotation(schema output), since the schema only
 * drops keys that function does not read. Stricter than the schema in one way: objects must not be arrays.
 */
export function isPlainWireAnnotation(item: unknown): item is WireAnnotation {
  if (!isObject(item)) return false;
  const { id, target, body, 'gloss:speaker': speaker, 'gloss:sources': sources } = item;
  if (typeof id !== 'string' || !id.startsWith(ANNOTATION_ID_PREFIX) || item.type !== 'Annotation') return false;
  if (!('created' in item && 'modified' in item && 'gloss:kind' in item)) return false;
  const isTarget =
    typeof target === 'string' ||
    (isObject(target) && 'source' in target && (target.selector === undefined || Array.isArray(target.selector)));
  if (!isTarget) return false;
  if (!(item.creator === undefined || (isObject(item.creator) && 'name' in item.creator))) return false;
  if (!(body === undefined || (Array.isArray(body) && body.every(isPlainBody)))) return false;
  if (!(speaker === undefined || speaker === null || (isObject(speaker) && 'gloss:name' in speaker && 'gloss:role' in speaker)))
    return false;
  return sources === undefined || (Array.isArray(sources) && sources.every(isPlainWireSource));
}

const isPlainBody = (body: unknown): boolean =>
  isObject(body) &&
  body.type === 'TextualBody' &&
  typeof body.value === 'string' &&
  (body.purpose === 'commenting' || body.purpose === 'tagging');

const SOURCE_KEYS = ['gloss:url', 'gloss:title', 'gloss:publisher', 'gloss:date', 'gloss:stance'];
const isPlainWireSource = (source: unknown): boolean => isObject(source) && SOURCE_KEYS.every((key) => key in source);

const PAGE_KEYS = ['gloss:url', 'gloss:title', 'gloss:siteName', 'gloss:published', 'gloss:firstSeen', 'gloss:lastSeen'];

/** True only for items `wirePageSchema` accepts (all its keys present; non-array objects only). */
export const isPlainWirePage = (item: unknown): item is WirePage => isObject(item) && PAGE_KEYS.every((key) => key in item);

/**
 * `v.parse(annotationSchema, fromWireAnnotation(v.parse(wireAnnotationSchema, item)))` in one step, for the
 * common valid shape; `undefined` when not sure (including when fromWireAnnotation would report a problem),
 * and the caller then takes those steps. One copy of the record instead of three.
 */
export function fastGlossAnnotation(item: unknown): Annotation | undefined {
  if (!isPlainWireAnnotation(item)) return undefined;
  // A changed wording goes through the schema path, which validates it.
  if ((item as { 'gloss:changed'?: unknown })['gloss:changed'] != null) return undefined;
  let comment: string | undefined;
  const tags: string[] = [];
  for (const body of item.body ?? []) {
    if (body.purpose === 'tagging') {
      const tag = fastTag(body.value);
      if (tag === undefined) return undefined;
      tags.push(tag);
    } else if (comment !== undefined) {
      return undefined; // more than one commenting body: fromWireAnnotation words that problem
    } else {
      comment = body.value;
    }
  }
  const wireSpeaker = item['gloss:speaker'] ?? null;
  const speaker = wireSpeaker === null ? null : fastSpeaker(wireSpeaker['gloss:name'], wireSpeaker['gloss:role']);
  const { source, selector = [] } = typeof item.target === 'string' ? { source: item.target } : item.target;
  const selectors = fastList(selector, LIMITS.selectors, fastSelector);
  const creator = item.creator === undefined ? undefined : fastCreator(item.creator.name);
  if (item.creator !== undefined && creator === undefined) return undefined;
  const sources = fastList(item['gloss:sources'] ?? [], LIMITS.sources, (s) =>
    fastSource(s['gloss:url'], s['gloss:title'], s['gloss:publisher'], s['gloss:date'], s['gloss:stance']),
  );
  if (speaker === undefined || selectors === undefined || sources === undefined) return undefined;
  const exact = item['gloss:exact'] !== undefined ? item['gloss:exact'] : (firstQuoteExact(selector) ?? '');
  const id = item.id.slice(ANNOTATION_ID_PREFIX.length);
  const verdict = item['gloss:verdict'] ?? null;
  return fastAnnotationOf(id, item['gloss:kind'], source, exact, verdict, comment ?? '', item.created, item.modified, {
    selectors,
    speaker,
    sources,
    tags,
    creator,
  });
}

/**
 * The export writes a page URL holding characters no IRI may as an IRI (../iri.ts); `gloss:url` keeps the URL
 * as stored. Puts that URL back on the annotations whose target is such an IRI, so a backup restores the same
 * page identities. Changes the records in place: they are the reader's own fresh objects.
 */
export function restorePageUrls(annotations: readonly ({ pageUrl?: unknown } | undefined)[], wirePages: readonly unknown[]): void {
  const urlOfIri = new Map<string, string>();
  for (const page of wirePages) {
    const url = isObject(page) ? page['gloss:url'] : undefined;
    if (typeof url === 'string' && toIri(url) !== url) urlOfIri.set(toIri(url), url);
  }
  if (urlOfIri.size === 0) return;
  for (const annotation of annotations) {
    const url = annotation && typeof annotation.pageUrl === 'string' ? urlOfIri.get(annotation.pageUrl) : undefined;
    if (url !== undefined) annotation!.pageUrl = url;
  }
}
