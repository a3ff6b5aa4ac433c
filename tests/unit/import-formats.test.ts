import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSS_FORMAT_VERSION, parseImport, toWebAnnotationsJson, type ImportedLibrary } from '../../lib/export';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures/import', name), 'utf8');
const NOW = '2026-11-23T12:00:00.000Z';

function imported(text: string): ImportedLibrary {
  const result = parseImport(text, { now: NOW });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('import: Gloss JSON-LD (format 1)', () => {
  const lib = imported(fixture('gloss-v1.jsonld'));

  it('reads pages and every field of every annotation', () => {
    expect(lib.format).toBe('gloss');
    expect(lib.warnings).toEqual([]);
    expect(lib.pages).toEqual([
      {
        url: 'https://news.example.org/2014/11/21/iran-talks',
        title: 'Iran nuclear talks: deadline looms',
        siteName: 'Example News',
        published: '2014-11-21T02:13:00+03:00',
        firstSeen: '2026-11-20T08:00:00.000Z',
        lastSeen: '2026-11-22T18:45:10.000Z',
      },
    ]);
    expect(lib.annotations.map((a) => a.kind)).toEqual(['quote', 'claim', 'note']);
    const [quote, claim, note] = lib.annotations;
    expect(quote).toMatchObject({
      id: '0f8e7a52-7f6c-4c1e-8d7b-2a4b5c6d7e8f',
      exact: 'We are closer than ever',
      speaker: { name: 'Hossein Mousavian', role: 'former Iranian diplomat' },
      comment: '',
      tags: [],
    });
    expect(quote!.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'We are closer than ever', prefix: 'said on Friday: "', suffix: '," adding that' },
      { type: 'TextPositionSelector', start: 812, end: 835 },
    ]);
    expect(claim).toMatchObject({
      verdict: 'false',
      speaker: { name: 'Unnamed officials', role: null },
      comment: 'Enrichment levels were 3.5%, per the IAEA.',
      tags: ['iran', 'nuclear'],
      created: '2026-11-20T08:10:00.000Z',
      updated: '2026-11-21T10:00:00.000Z',
      sources: [
        {
          url: 'https://www.iaea.example/report-2014',
          title: 'IAEA verification report',
          publisher: 'IAEA',
          date: '2014-11-07',
          stance: 'disputes',
        },
      ],
    });
    expect(note).toMatchObject({ kind: 'note', speaker: null, verdict: null, comment: 'Compare with the 2013 interim deal.' });
  });

  it('refuses files from a newer Gloss, and says so', () => {
    const newer = fixture('gloss-v1.jsonld').replace('"gloss:formatVersion": 1', `"gloss:formatVersion": ${GLOSS_FORMAT_VERSION + 1}`);
    expect(parseImport(newer)).toEqual({
      ok: false,
      error: `This file was made by a newer Gloss (format ${GLOSS_FORMAT_VERSION + 1}); this version reads formats 1 to ${GLOSS_FORMAT_VERSION}. Update Gloss and import again.`,
    });
    const zero = fixture('gloss-v1.jsonld').replace('"gloss:formatVersion": 1', '"gloss:formatVersion": "1"');
    expect(parseImport(zero)).toEqual({ ok: false, error: 'gloss:formatVersion: expected a whole number from 1, got "1".' });
  });

  it('recreates a page missing from the file and warns', () => {
    const doc = JSON.parse(fixture('gloss-v1.jsonld')) as Record<string, unknown>;
    doc['gloss:pages'] = [];
    const lib = imported(JSON.stringify(doc));
    expect(lib.pages).toEqual([
      {
        url: 'https://news.example.org/2014/11/21/iran-talks',
        title: 'https://news.example.org/2014/11/21/iran-talks',
        siteName: null,
        published: null,
        firstSeen: '2026-11-20T08:05:00.000Z',
        lastSeen: '2026-11-20T08:05:00.000Z',
      },
    ]);
    expect(lib.warnings).toEqual([
      '1 page was missing from the file; they were recreated from their annotations (the URL is used as title).',
    ]);
  });
});

describe('import: Hypothesis export', () => {
  const lib = imported(fixture('hypothesis-export.json'));

  it('turns annotations into notes with their comment, tags, quote and page title; skips replies', () => {
    expect(lib.format).toBe('hypothesis');
    expect(lib.annotations).toHaveLength(3);
    const [first, highlight, other] = lib.annotations;
    expect(first).toMatchObject({
      kind: 'note',
      pageUrl: 'https://www.example.com/world/2026/11/01/summit',
      exact: 'inflation fell by half this year',
      comment: 'Source for this figure? The ministry said **40%** last week.',
      tags: ['economy', 'check later'],
      speaker: null,
      verdict: null,
      sources: [],
      created: '2026-11-01T12:34:56.789Z',
      updated: '2026-11-02T08:00:00.000Z',
    });
    expect(first!.selectors).toEqual([
      { type: 'TextPositionSelector', start: 2210, end: 2243 },
      {
        type: 'TextQuoteSelector',
        exact: 'inflation fell by half this year',
        prefix: 'The minister said that ',
        suffix: ', a claim disputed',
      },
    ]);
    expect(highlight).toMatchObject({ comment: '', tags: [], exact: 'both sides agreed to meet again' });
    expect(other).toMatchObject({ pageUrl: 'https://blog.example.net/energy-prices', tags: ['energy'] });
    expect(lib.pages.map((p) => [p.url, p.title, p.firstSeen, p.lastSeen])).toEqual([
      [
        'https://www.example.com/world/2026/11/01/summit',
        'Summit ends with promises on trade',
        '2026-11-01T12:34:56.789Z',
        '2026-11-03T09:00:00.000Z',
      ],
      [
        'https://blog.example.net/energy-prices',
        'https://blog.example.net/energy-prices',
        '2026-10-30T20:15:00.000Z',
        '2026-10-30T20:15:00.000Z',
      ],
    ]);
    expect(lib.warnings).toEqual([
      '1 reply was skipped: Gloss does not keep discussion threads.',
      '1 RangeSelector was dropped; Gloss finds passages by quote and position.',
      '1 page has no title in the file; the URL is used instead.',
    ]);
  });

  it('gives the same ids on every import, so importing twice does not duplicate', () => {
    const again = imported(fixture('hypothesis-export.json'));
    expect(again.annotations.map((a) => a.id)).toEqual(lib.annotations.map((a) => a.id));
    expect(new Set(lib.annotations.map((a) => a.id)).size).toBe(3);
    for (const a of lib.annotations) expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('also reads a bare array of API annotations', () => {
    const { annotations } = JSON.parse(fixture('hypothesis-export.json')) as { annotations: unknown[] };
    const bare = imported(JSON.stringify(annotations));
    expect(bare.annotations).toEqual(lib.annotations);
  });
});

describe('import: Obsidian Web Clipper highlights export', () => {
  const lib = imported(fixture('obsidian-highlights.json'));

  it('turns highlights into notes with their plain text and notes; skips image highlights', () => {
    expect(lib.format).toBe('obsidian-clipper');
    expect(lib.annotations.map((a) => [a.exact, a.comment, a.created])).toEqual([
      ['Reef cover fell by 14% between 2009 and 2018', 'Check the GCRMN report\n\nUsed in my draft', '2026-11-10T14:02:11.000Z'],
      ['Scientists warn & urge action.', '', '2026-11-10T14:05:00.000Z'],
      ['Brent crude rose to $92 a barrel', '', NOW],
    ]);
    expect(lib.annotations[0]!.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'Reef cover fell by 14% between 2009 and 2018', prefix: '', suffix: '' },
    ]);
    expect(lib.pages.map((p) => p.url)).toEqual([
      'https://www.example.org/science/2026/coral-reefs',
      'https://news.example.com/markets/oil',
    ]);
    expect(lib.warnings).toEqual([
      'Obsidian Web Clipper exports carry no page titles; the URL is used as title.',
      '1 highlight without text (images) skipped.',
      '1 highlight has no date; dated to the import.',
    ]);
  });
});

describe('import → Gloss export → import', () => {
  it.each(['hypothesis-export.json', 'obsidian-highlights.json', 'gloss-v1.jsonld'])('%s survives a Gloss backup unchanged', (name) => {
    const first = imported(fixture(name));
    const backup = toWebAnnotationsJson(first, { exportedAt: NOW, generator: 'Gloss test' });
    const second = imported(backup);
    expect(second.pages).toEqual(first.pages);
    expect(second.annotations).toEqual(first.annotations);
  });
});
