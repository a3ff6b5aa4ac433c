/**
 * Gloss JSON-LD against the W3C Web Annotation Working Group's own MUST assertions (tests/w3c-check.ts): a varied
 * library export holds every one, and each export that used to break one is named here.
 */
import { describe, expect, it } from 'vitest';
import { parseImport, toWebAnnotations, toWebAnnotationsJson, type Library } from '../../lib/export';
import type { Annotation, PageRecord } from '../../lib/model/annotation';
import { checkAnnotation, checkCollection, checkPage, formatConformance, type ConformanceReport } from '../w3c-check';

const OPTIONS = { exportedAt: '2026-11-23T09:30:00.000Z', generator: 'Gloss 0.1.0' };

const PAGE_A = 'https://news.example/2026/03/iran-talks';
const PAGE_B = 'https://kurier.example/wien/%C3%BCbersicht?id=7';
const PAGE_C = 'https://blog.example/empty';
/** Kept so by the URL parser (and by Gloss's page identity), yet characters no IRI may hold. */
const PAGE_D = 'https://search.example/find?q={iran}|talks^2&x=`a`';
const PAGE_E = 'urn:x-pdf:3a7f 91c2';

const pages: PageRecord[] = [
  {
    url: PAGE_A,
    title: 'Iran talks resume in Vienna',
    siteName: 'News',
    published: '2026-03-14',
    firstSeen: '2026-03-14T09:30:00.000Z',
    lastSeen: '2026-03-15T10:00:00.000Z',
  },
  {
    url: PAGE_B,
    title: 'Übersicht: Gespräche in Wien — 維也納',
    siteName: null,
    published: '2026-03-14T08:00:00+01:00',
    firstSeen: '2026-03-14T09:30',
    lastSeen: '2026-03-14T09:31+01:00',
  },
  { url: PAGE_C, title: '', siteName: null, published: null, firstSeen: '2026-03-16T00:00:00Z', lastSeen: '2026-03-16T00:00:00Z' },
  {
    url: PAGE_D,
    title: 'Search results',
    siteName: null,
    published: null,
    firstSeen: '2026-03-16T00:00:00Z',
    lastSeen: '2026-03-16T00:00:00Z',
  },
  {
    url: PAGE_E,
    title: 'report.pdf',
    siteName: null,
    published: null,
    firstSeen: '2026-03-16T00:00:00Z',
    lastSeen: '2026-03-16T00:00:00Z',
  },
];

const base = {
  speaker: null,
  verdict: null,
  sources: [],
  comment: '',
  tags: [],
  created: '2026-03-14T09:30:00.000Z',
  updated: '2026-03-14T09:30:00.000Z',
};

const annotations: Annotation[] = [
  {
    ...base,
    id: '0b7e4c1e-1d2a-4f7b-9c3e-5a6b7c8d9e01',
    kind: 'quote',
    pageUrl: PAGE_A,
    exact: 'We are closer than ever',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'We are closer than ever', prefix: 'said: “', suffix: '”, the' },
      { type: 'TextPositionSelector', start: 120, end: 143 },
    ],
    speaker: { name: 'Ali Bagheri', role: 'chief negotiator' },
    tags: ['iran', 'diplomacy'],
  },
  {
    ...base,
    id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    kind: 'claim',
    pageUrl: PAGE_A,
    exact: 'Enrichment reached 90%',
    selectors: [{ type: 'TextQuoteSelector', exact: 'Enrichment reached 90%', prefix: '', suffix: '' }],
    speaker: { name: 'Unnamed official', role: null },
    verdict: 'false',
    comment: 'Per the IAEA, 60% at most.\nSee sources.',
    sources: [
      { url: 'https://iaea.example/report', title: 'Quarterly report', publisher: 'IAEA', date: '2026-02-27', stance: 'disputes' },
      { url: 'https://wire.example/a', title: null, publisher: null, date: null, stance: 'context' },
    ],
  },
  // Date-times the model accepts without seconds, or without an offset.
  {
    ...base,
    id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
    kind: 'claim',
    pageUrl: PAGE_B,
    exact: 'Die Gespräche sind gescheitert',
    selectors: [{ type: 'TextQuoteSelector', exact: 'Die Gespräche sind gescheitert', prefix: 'Er sagte: ', suffix: '.' }],
    verdict: 'unverified',
    created: '2026-03-14T09:30',
    updated: '2026-03-14T09:45+0100',
    changed: { text: 'Die Gespräche stocken', seen: '2026-03-15T08:00', kept: false },
  },
  // An orphan: no selector at all (an import from a tool that had none, or a page-level note).
  {
    ...base,
    id: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a',
    kind: 'note',
    pageUrl: PAGE_B,
    exact: '',
    selectors: [],
    comment: 'Whole-page note: قال الوزير إن المحادثات',
    tags: ['ملاحظة'],
  },
  {
    ...base,
    id: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
    kind: 'quote',
    pageUrl: PAGE_C,
    exact: '',
    selectors: [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }],
    created: '2026-03-16T00:00:00+05:30',
    updated: '2026-03-16T00:00:00.123456789Z',
  },
  {
    ...base,
    id: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
    kind: 'quote',
    pageUrl: PAGE_D,
    exact: 'talks',
    selectors: [{ type: 'TextQuoteSelector', exact: 'talks', prefix: '', suffix: '' }],
  },
  { ...base, id: '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e', kind: 'note', pageUrl: PAGE_E, exact: '', selectors: [], comment: 'PDF note' },
  {
    ...base,
    id: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
    kind: 'note',
    pageUrl: PAGE_C,
    exact: 'emoji 👩🏽‍💻 and \u202Eevil\u202C',
    selectors: [{ type: 'TextPositionSelector', start: 0, end: 0 }],
    comment: '"quoted" \\ and \u2028',
  },
];

const varied: Library = { pages, annotations };

const failures = (report: ConformanceReport) => report.failed.map((f) => `${f.at}: ${f.assertion}`);
const exported = (lib: Library) => JSON.parse(toWebAnnotationsJson(lib, OPTIONS)) as Record<string, unknown>;

describe('W3C Web Annotation MUST assertions', () => {
  it('a varied library export holds every MUST', () => {
    const report = checkCollection(exported(varied));
    expect(report.failed, formatConformance(report)).toEqual([]);
    // 51 WG assertions and the model's own, over the collection, its page and eight annotations.
    expect(report.checked).toBeGreaterThan(8 * 50);
  });

  it("an orphan's target is the page's IRI itself, not a Specific Resource without a selector", () => {
    const doc = exported({ pages: [], annotations: [annotations[3]!] });
    expect(failures(checkCollection(doc))).toEqual([]);
    expect((doc.first as { items: { target: unknown }[] }).items[0]!.target).toBe(PAGE_B);
  });

  it('the embedded Annotation Page has an IRI', () => {
    const doc = exported(varied);
    expect(failures(checkCollection(doc))).not.toContain('first: model-5.2-pageId');
    expect((doc.first as { id: unknown }).id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('date-times without seconds or offset are written as full xsd:dateTime (seconds and timezone)', () => {
    const doc = exported({ pages: [pages[1]!], annotations: [annotations[2]!] });
    expect(failures(checkCollection(doc))).toEqual([]);
    const item = (doc.first as { items: Record<string, unknown>[] }).items[0]!;
    expect([item.created, item.modified]).toEqual(['2026-03-14T09:30:00Z', '2026-03-14T09:45:00+01:00']);
    expect((doc['gloss:pages'] as Record<string, unknown>[])[0]!['gloss:firstSeen']).toBe('2026-03-14T09:30:00Z');
  });

  it('a page URL with characters no IRI may hold is written percent-encoded, and imports back as it was', () => {
    const doc = exported({ pages: [pages[3]!, pages[4]!], annotations: [annotations[5]!, annotations[6]!] }) as {
      first: { items: { target: unknown }[] };
      'gloss:pages': Record<string, unknown>[];
    };
    expect(failures(checkCollection(doc))).toEqual([]);
    expect(doc.first.items.map((a) => a.target)).toEqual([
      { source: 'https://search.example/find?q=%7Biran%7D%7Ctalks%5E2&x=%60a%60', selector: [expect.anything()] },
      'urn:x-pdf:3a7f%2091c2',
    ]);
    expect(doc['gloss:pages'].map((p) => p['gloss:url'])).toEqual([PAGE_D, PAGE_E]);
    const back = parseImport(JSON.stringify(doc));
    if (!back.ok) throw new Error(back.error);
    expect(back.value.annotations.map((a) => a.pageUrl)).toEqual([PAGE_D, PAGE_E]);
    expect(back.value.pages.map((p) => p.url)).toEqual([PAGE_D, PAGE_E]);
  });

  it('the checker catches a broken document, with the W3C error message', () => {
    const doc = exported(varied) as { first: { items: Record<string, unknown>[] } };
    const item = doc.first.items[1]!;
    item.created = '2026-03-14';
    item.target = { source: PAGE_A };
    (item.body as Record<string, unknown>[]).push({ type: 'TextualBody', value: 'x', purpose: 'tagging', textDirection: 'sideways' });
    const report = checkCollection(doc);
    expect(failures(report)).toEqual([
      'first.items[1]: 3.2.1-bodyTextDirectionValidated.json',
      'first.items[1]: model-3.2-targetObjectsRecognized',
      'first.items[1]: model-3.3.1-annotationCreatedValidated',
    ]);
    expect(report.failed[0]!.errorMessage).toMatch(/textDirection/);
  });

  it('a lone annotation needs its own @context; a page document its own too', () => {
    const doc = exported(varied) as { first: Record<string, unknown> & { items: Record<string, unknown>[] } };
    const item = doc.first.items[0]!;
    expect(failures(checkAnnotation(item))).toEqual(['annotation: model-3.1-annotationContext']);
    expect(failures(checkAnnotation({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...item }))).toEqual([]);
    expect(failures(checkPage(doc.first))).toEqual(['page: 5.2-pageContextValidated.json']);
  });

  it('an empty library is a conforming collection', () => {
    expect(failures(checkCollection(exported({ pages: [], annotations: [] })))).toEqual([]);
  });

  it('export → import → export still gives the same bytes for the varied library once normalized', () => {
    const text = toWebAnnotationsJson(varied, OPTIONS);
    const back = parseImport(text);
    if (!back.ok) throw new Error(back.error);
    expect(toWebAnnotationsJson(back.value, OPTIONS)).toBe(text);
    expect(back.value.annotations.map((a) => a.pageUrl)).toEqual(annotations.map((a) => a.pageUrl));
    expect(back.value.annotations.find((a) => a.id === annotations[3]!.id)!.selectors).toEqual([]);
    expect(toWebAnnotations(back.value, OPTIONS).first.items).toHaveLength(annotations.length);
  });
});
