/** Export to the Gloss JSON-LD format (W3C Web Annotation collection); see web-annotation-format.ts. */
import type { Annotation, PageRecord, Source, Speaker, TextQuoteSelector } from '../model/annotation';
import type { Library } from './library';
import { stableUuid } from './stable-id';
import {
  ANNOTATION_ID_PREFIX,
  GLOSS_CONTEXT,
  GLOSS_FORMAT_VERSION,
  MOTIVATION_OF_KIND,
  type WebAnnotationOptions,
  type WireAgent,
  type WireAnnotation,
  type WireAnnotationOptions,
  type WireCollection,
  type WirePage,
  type WireSource,
  type WireSpeaker,
  type WireTarget,
  type WireTextualBody,
} from './web-annotation-format';
import { toIri } from './iri';
import { toXsdDateTime } from './xsd-date-time';

/** The collection's fields before its pages and items, in the document's key order, and its page's IRI. */
function collectionHead(annotationIds: readonly string[], options: WebAnnotationOptions) {
  // Ids derived from the content so the same export twice is the same file (no clock, no randomness).
  const key = `${options.exportedAt}\n${annotationIds.join('\n')}`;
  const head = {
    '@context': GLOSS_CONTEXT,
    id: ANNOTATION_ID_PREFIX + stableUuid('gloss-collection', key),
    type: 'AnnotationCollection',
    label: 'Gloss library',
    total: annotationIds.length,
    generated: toXsdDateTime(options.exportedAt),
    generator: { type: 'Software', name: options.generator },
    'gloss:formatVersion': GLOSS_FORMAT_VERSION,
  } as const;
  return { head, pageId: ANNOTATION_ID_PREFIX + stableUuid('gloss-annotation-page', key) };
}

const wireId = (annotation: Annotation) => ANNOTATION_ID_PREFIX + annotation.id;

/** The library as one AnnotationCollection document. Keys are written in a fixed order: same input, same bytes. */
export function toWebAnnotations(lib: Library, options: WebAnnotationOptions): WireCollection {
  const items = lib.annotations.map((annotation) => toWireAnnotation(annotation, options));
  const { head, pageId } = collectionHead(
    items.map((a) => a.id),
    options,
  );
  return {
    ...head,
    'gloss:pages': lib.pages.map(toWirePage),
    first: { id: pageId, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * Exactly `JSON.stringify(toWebAnnotations(lib, options))`, as a list of strings to concatenate (or hand to a
 * Blob). For a 100k-annotation backup this never holds all the wire objects at once, nor the file as one
 * string: each annotation is converted and serialized on its own, and its text is one part. Measured in
 * Chromium on 100k: one JSON.stringify per annotation takes a third of the time of one per 1,000 (an array of
 * differently shaped objects leaves V8's fast path), and a Blob of the separate parts builds faster than of
 * 1,000-annotation concatenations (a part with one non-Latin-1 character is stored two bytes per character).
 */
export function toWebAnnotationsJsonChunks(lib: Library, options: WebAnnotationOptions): string[] {
  const { head, pageId } = collectionHead(lib.annotations.map(wireId), options);
  const pages = lib.pages.map((page) => JSON.stringify(toWirePage(page))).join(',');
  const firstHead = JSON.stringify({ id: pageId, type: 'AnnotationPage', startIndex: 0 });
  const parts = [`${JSON.stringify(head).slice(0, -1)},"gloss:pages":[${pages}],"first":${firstHead.slice(0, -1)},"items":[`];
  lib.annotations.forEach((annotation, i) => {
    if (i > 0) parts.push(',');
    parts.push(JSON.stringify(toWireAnnotation(annotation, options)));
  });
  parts.push(']}}');
  return parts;
}

/** The file text: pretty-printed JSON with a final newline. */
export function toWebAnnotationsJson(lib: Library, options: WebAnnotationOptions): string {
  return `${JSON.stringify(toWebAnnotations(lib, options), null, 2)}\n`;
}

/**
 * One annotation as its W3C Web Annotation JSON-LD (without `@context`: the collection's, or the sync
 * document's, applies). Pure: same annotation and options, same object.
 */
export function toWireAnnotation(annotation: Annotation, options: WireAnnotationOptions = {}): WireAnnotation {
  const body: WireTextualBody[] = [];
  if (annotation.comment !== '') {
    body.push({ type: 'TextualBody', value: annotation.comment, purpose: 'commenting', format: 'text/plain' });
  }
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const selectors = annotation.selectors.map((s) =>
    s.type === 'TextQuoteSelector'
      ? { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix }
      : { type: s.type, start: s.start, end: s.end },
  );
  const quoted = annotation.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const source = toIri(annotation.pageUrl);
  const target: WireTarget = selectors.length > 0 ? { source, selector: selectors } : source;
  const creator = toWireAgent(annotation.creator || options.readerName);
  const wire: WireAnnotation = {
    id: ANNOTATION_ID_PREFIX + annotation.id,
    type: 'Annotation',
    motivation: MOTIVATION_OF_KIND[annotation.kind],
    ...(creator ? { creator } : {}),
    created: toXsdDateTime(annotation.created),
    modified: toXsdDateTime(annotation.updated),
    ...(body.length > 0 ? { body } : {}),
    target,
    'gloss:kind': annotation.kind,
    ...((quoted?.exact ?? '') === annotation.exact ? {} : { 'gloss:exact': annotation.exact }),
    'gloss:speaker': annotation.speaker === null ? null : toWireSpeaker(annotation.speaker),
    'gloss:verdict': annotation.verdict,
    'gloss:sources': annotation.sources.map(toWireSource),
    ...(annotation.changed
      ? {
          'gloss:changed': {
            'gloss:text': annotation.changed.text,
            'gloss:seen': toXsdDateTime(annotation.changed.seen),
            'gloss:kept': annotation.changed.kept,
          },
        }
      : {}),
  };
  return wire;
}

const toWireAgent = (name: string | null | undefined): WireAgent | undefined => (name ? { type: 'Person', name } : undefined);

function toWireSpeaker(speaker: Speaker): WireSpeaker {
  return { 'gloss:name': speaker.name, 'gloss:role': speaker.role };
}

function toWireSource(source: Source): WireSource {
  return {
    'gloss:url': source.url,
    'gloss:title': source.title,
    'gloss:publisher': source.publisher,
    'gloss:date': source.date,
    'gloss:stance': source.stance,
  };
}

/** One page record as JSON-LD (without `@context`). Pure. `gloss:published` stays as the page wrote it. */
export function toWirePage(page: PageRecord): WirePage {
  return {
    id: toIri(page.url),
    'gloss:url': page.url,
    'gloss:title': page.title,
    'gloss:siteName': page.siteName,
    'gloss:published': page.published,
    'gloss:firstSeen': toXsdDateTime(page.firstSeen),
    'gloss:lastSeen': toXsdDateTime(page.lastSeen),
  };
}
