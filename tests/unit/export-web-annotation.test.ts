/**
 * Gloss JSON-LD: lossless round trip over generated libraries, and W3C Web Annotation conformance: every MUST
 * assertion of the Working Group's test suite (tests/w3c-check.ts) holds on any generated library.
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
import { checkCollection, formatConformance } from '../w3c-check';

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
const label = (max: number) =>
  anyText(max)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

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
    fc
      .record({
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
      // Who made it: absent (this reader) on most, a colleague's account name on some.
      .chain((a) => fc.option(label(40), { nil: undefined, freq: 3 }).map((creator) => (creator ? { ...a, creator } : a)))
      // A stealth edit recorded on some: the page's current wording travels next to the original.
      .chain((a) =>
        fc
          .option(fc.record({ text: anyText(300), seen: isoDateTime, kept: fc.boolean() }), { nil: undefined })
          .map((changed) => (changed ? { ...(a as Annotation), changed } : (a as Annotation))),
      ),
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

  it('holds every W3C MUST assertion, for any library (date-times the model allows without seconds included)', () => {
    // The model takes "2026-03-14T09:30" and offsets without a colon; the export must still write xsd:dateTime.
    const looseTimes = (lib: Library, cut: number): Library => ({
      ...lib,
      annotations: lib.annotations.map((a, i) =>
        i % 2 === 0 ? { ...a, created: a.created.slice(0, cut), updated: `${a.updated.slice(0, 16)}+0530` } : a,
      ),
    });
    fc.assert(
      fc.property(library, fc.constantFrom(16, 19), fc.option(label(40), { nil: null }), (lib, cut, readerName) => {
        const doc: unknown = JSON.parse(toWebAnnotationsJson(looseTimes(lib, cut), { ...OPTIONS, readerName }));
        const report = checkCollection(doc);
        expect(report.failed, formatConformance(report)).toEqual([]);
      }),
      { numRuns: 60 },
    );
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
    expect(checkCollection(JSON.parse(text)).failed).toEqual([]);
    const back = parseImport(text);
    expect(back).toEqual({ ok: true, value: { format: 'gloss', pages: [], annotations: [], warnings: [] } });
  });
});
