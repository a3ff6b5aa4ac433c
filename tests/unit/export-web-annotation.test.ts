/**
 * Gloss JSON-LD: lossless round trip over generated libraries, and W3C Web Annotation conformance checked
 * against the constraints of web-platform-tests' annotation-model JSON schemas (definitions/annotations.json,
 * collections.json, specificResource.json, textualBody.json, otherProperties.json, id.json).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_KINDS,
  STANCES,
  VERDICTS,
  type Annotation,
  type PageRecord,
  type Selector,
  type Source,
} from '../../lib/model/annotation';
import { parseImport, toWebAnnotations, toWebAnnotationsJson, type Library } from '../../lib/export';

const OPTIONS = { exportedAt: '2026-11-23T09:30:00.000Z', generator: 'Gloss 0.1.0' };
const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures/import', name), 'utf8');

// ---- generated libraries ------------------------------------------------------------------------------------

const rtl = fc.constantFrom('قال الوزير إن المحادثات', 'הוא אמר ש', 'گفت‌وگو ادامه دارد', '\u202Eevil\u202C', 'مرحبا world');
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    // lone surrogates and the characters that JSON, CSV and Markdown treat specially
    fc.string({ unit: fc.constantFrom('\uD800', '\uDFFF', '"', '\\', '\n', '\r', '\t', '\u2028', '*', '[', '<', '#'), maxLength }),
    rtl,
  );
const isoDateTime = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const publicationDate = fc.oneof(
  fc.constant(null),
  isoDateTime.map((d) => d.slice(0, 10)),
  isoDateTime.map((d) => `${d.slice(0, 19)}+03:00`),
  isoDateTime.map((d) => d.slice(0, 19)),
);
const url = fc.webUrl({ withQueryParameters: true, withFragments: true });
const nullableText = (max: number) => fc.option(anyText(max), { nil: null });
/** Names and tags: the model trims them and requires some text. */
const label = (max: number) => anyText(max).map((s) => s.trim()).filter((s) => s.length > 0);

const selector: fc.Arbitrary<Selector> = fc.oneof(
  fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: anyText(300), prefix: anyText(40), suffix: anyText(40) }),
  fc
    .tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 5_000 }))
    .map(([start, length]) => ({ type: 'TextPositionSelector' as const, start, end: start + length })),
);

const source: fc.Arbitrary<Source> = fc.record({
  url,
  title: nullableText(200),
  publisher: nullableText(80),
  date: publicationDate,
  stance: fc.constantFrom(...STANCES),
});

function annotationOn(pageUrl: string, id: string): fc.Arbitrary<Annotation> {
  return fc.constantFrom(...ANNOTATION_KINDS).chain((kind) =>
    fc.record({
      id: fc.constant(id),
      kind: fc.constant(kind),
      pageUrl: fc.constant(pageUrl),
      exact: anyText(500),
      selectors: fc.array(selector, { maxLength: 3 }),
      speaker: fc.option(fc.record({ name: label(60), role: nullableText(80) }), { nil: null }),
      verdict: kind === 'claim' ? fc.option(fc.constantFrom(...VERDICTS), { nil: null }) : fc.constant(null),
      sources: kind === 'claim' ? fc.array(source, { maxLength: 12 }) : fc.constant([]),
      comment: fc.oneof(fc.constant(''), anyText(200), anyText(6_000)),
      tags: fc.array(label(30), { maxLength: 6 }),
      created: isoDateTime,
      updated: isoDateTime,
    })
      // A stealth edit recorded on some: the page's current wording travels next to the original.
      .chain((a) => fc.option(fc.record({ text: anyText(300), seen: isoDateTime, kept: fc.boolean() }), { nil: undefined })
        .map((changed) => (changed ? { ...(a as Annotation), changed } : (a as Annotation)))),
  );
}

const page = (pageUrl: string): fc.Arbitrary<PageRecord> =>
  fc.record({
    url: fc.constant(pageUrl),
    title: anyText(120),
    siteName: nullableText(40),
    published: publicationDate,
    firstSeen: isoDateTime,
    lastSeen: isoDateTime,
  });

const library: fc.Arbitrary<Library> = fc
  .tuple(fc.uniqueArray(url, { minLength: 1, maxLength: 4 }), fc.uniqueArray(fc.uuid(), { maxLength: 12 }))
  .chain(([urls, ids]) =>
    fc.record({
      pages: fc.tuple(...urls.map(page)),
      annotations: fc.tuple(...ids.map((id, i) => annotationOn(urls[i % urls.length]!, id))),
    }),
  );

// ---- W3C conformance ----------------------------------------------------------------------------------------

const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
/** JSON Schema "date-time" (RFC 3339), which the annotation-model schemas use for created/modified/generated. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isIri = (value: unknown) => {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};
const oneOrMany = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Every violated constraint, as text (empty when the document conforms). */
function w3cViolations(doc: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const check = (ok: boolean, message: string) => ok || errors.push(message);
  const context = doc['@context'];
  check(context === 'http://www.w3.org/ns/anno.jsonld' || (Array.isArray(context) && context[0] === 'http://www.w3.org/ns/anno.jsonld'),
    '@context must be (or start with) the anno.jsonld context');
  check(isIri(doc.id), 'collection id must be an IRI');
  check(oneOrMany(doc.type).includes('AnnotationCollection'), 'collection type');
  check(Number.isInteger(doc.total) && (doc.total as number) >= 0, 'total is an integer >= 0');
  check(typeof doc.generated === 'string' && RFC3339.test(doc.generated), 'generated is a date-time');
  check(typeof doc.generator === 'string' ? isIri(doc.generator) : typeof doc.generator === 'object', 'generator is an IRI or object');
  const first = doc.first as Record<string, unknown> | undefined;
  if ((doc.total as number) > 0) check(first !== undefined, 'first is required when total > 0');
  if (first === undefined) return errors;
  check(oneOrMany(first.type).includes('AnnotationPage'), 'first is an AnnotationPage');
  check(Number.isInteger(first.startIndex) && (first.startIndex as number) >= 0, 'startIndex is an integer >= 0');
  const items = first.items as Record<string, unknown>[];
  check(Array.isArray(items) && items.length === doc.total, 'items match total');
  items.forEach((a, i) => {
    const at = `items[${i}]`;
    check(isIri(a.id), `${at}.id is an IRI`);
    check(oneOrMany(a.type).includes('Annotation'), `${at}.type includes Annotation`);
    check(a.target !== undefined, `${at}.target is present`);
    for (const m of oneOrMany(a.motivation ?? [])) check(MOTIVATIONS.includes(m as string), `${at}.motivation ${String(m)}`);
    for (const key of ['created', 'modified'] as const) {
      check(a[key] === undefined || (typeof a[key] === 'string' && RFC3339.test(a[key])), `${at}.${key} is a date-time`);
    }
    for (const body of oneOrMany(a.body ?? []) as Record<string, unknown>[]) {
      if (body.type !== 'TextualBody') continue;
      check(typeof body.value === 'string', `${at}.body value is a string`);
      for (const p of oneOrMany(body.purpose ?? [])) check(MOTIVATIONS.includes(p as string), `${at}.body purpose ${String(p)}`);
    }
    for (const target of oneOrMany(a.target) as Record<string, unknown>[]) {
      if (typeof target === 'string') {
        check(isIri(target), `${at}.target IRI`);
        continue;
      }
      check(isIri(target.source), `${at}.target.source is an IRI`);
      for (const s of oneOrMany(target.selector ?? []) as Record<string, unknown>[]) {
        if (s.type === 'TextQuoteSelector') {
          check(typeof s.exact === 'string', `${at} TextQuoteSelector has exact`);
          check(s.prefix === undefined || typeof s.prefix === 'string', `${at} prefix is a string`);
          check(s.suffix === undefined || typeof s.suffix === 'string', `${at} suffix is a string`);
        } else if (s.type === 'TextPositionSelector') {
          const { start, end } = s as { start: unknown; end: unknown };
          check(Number.isInteger(start) && (start as number) >= 0, `${at} start is a non-negative integer`);
          check(Number.isInteger(end) && (end as number) >= 0, `${at} end is a non-negative integer`);
          check((start as number) <= (end as number), `${at} start <= end`);
        } else {
          check(false, `${at} unexpected selector type ${String(s.type)}`);
        }
      }
    }
  });
  return errors;
}

// ---- tests --------------------------------------------------------------------------------------------------

describe('Gloss JSON-LD export', () => {
  it('export → import → export gives the same data and the same bytes, for any library', () => {
    fc.assert(
      fc.property(library, (lib) => {
        const text = toWebAnnotationsJson(lib, OPTIONS);
        const imported = parseImport(text);
        if (!imported.ok) throw new Error(imported.error);
        expect(imported.value.format).toBe('gloss');
        expect(imported.value.warnings).toEqual([]);
        expect(imported.value.annotations).toEqual(lib.annotations);
        expect(imported.value.pages).toEqual(lib.pages);
        expect(toWebAnnotationsJson(imported.value, OPTIONS)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('conforms to the W3C annotation-model constraints, for any library', () => {
    fc.assert(
      fc.property(library, (lib) => {
        const doc = JSON.parse(toWebAnnotationsJson(lib, OPTIONS)) as Record<string, unknown>;
        expect(w3cViolations(doc)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('the conformance checker itself catches broken documents', () => {
    const lib = parseImport(fixture('gloss-v1.jsonld'));
    if (!lib.ok) throw new Error(lib.error);
    const good = toWebAnnotations(lib.value, OPTIONS);
    expect(w3cViolations(good as unknown as Record<string, unknown>)).toEqual([]);
    const broken = structuredClone(good) as unknown as { '@context': unknown; first: { items: Record<string, unknown>[] } };
    broken['@context'] = [{ gloss: 'x' }, 'http://www.w3.org/ns/anno.jsonld'];
    broken.first.items[0]!.motivation = 'liking';
    broken.first.items[0]!.created = '2026-11-20';
    (broken.first.items[0]!.target as { selector: Record<string, unknown>[] }).selector[1] = { type: 'TextPositionSelector', start: 9, end: 3 };
    expect(w3cViolations(broken as unknown as Record<string, unknown>)).toEqual([
      '@context must be (or start with) the anno.jsonld context',
      'items[0].motivation liking',
      'items[0].created is a date-time',
      'items[0] start <= end',
    ]);
  });

  it('writes each kind with its W3C motivation and its comment and tags as TextualBodies', () => {
    const lib = parseImport(fixture('gloss-v1.jsonld'));
    if (!lib.ok) throw new Error(lib.error);
    const items = toWebAnnotations(lib.value, OPTIONS).first.items;
    expect(items.map((a) => [a['gloss:kind'], a.motivation])).toEqual([
      ['quote', 'highlighting'],
      ['claim', 'assessing'],
      ['note', 'commenting'],
    ]);
    expect(items[1]!.id).toBe('urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
    expect(items[1]!.body).toEqual([
      { type: 'TextualBody', value: 'Enrichment levels were 3.5%, per the IAEA.', purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'iran', purpose: 'tagging' },
      { type: 'TextualBody', value: 'nuclear', purpose: 'tagging' },
    ]);
    expect(items[1]!['gloss:verdict']).toBe('false');
    expect(items[1]!['gloss:sources'][0]!['gloss:stance']).toBe('disputes');
    expect(items[0]!.body).toBeUndefined(); // no comment, no tags: no body
  });

  it('keeps exact separately only when it differs from the quote selector', () => {
    const base = parseImport(fixture('gloss-v1.jsonld'));
    if (!base.ok) throw new Error(base.error);
    const [quote] = base.value.annotations;
    const changed = { ...quote!, exact: 'We are closer than ever…' };
    const [same, different] = toWebAnnotations({ pages: base.value.pages, annotations: [quote!, changed] }, OPTIONS).first.items;
    expect(same!['gloss:exact']).toBeUndefined();
    expect(different!['gloss:exact']).toBe('We are closer than ever…');
  });

  it('an empty library is a valid, importable collection', () => {
    const text = toWebAnnotationsJson({ pages: [], annotations: [] }, OPTIONS);
    expect(w3cViolations(JSON.parse(text) as Record<string, unknown>)).toEqual([]);
    const back = parseImport(text);
    expect(back).toEqual({ ok: true, value: { format: 'gloss', pages: [], annotations: [], warnings: [] } });
  });
});
