/** Every way a file can be wrong gets a clear error, and nothing partial is imported. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, parseImport } from '../../lib/export';
import { LIMITS } from '../../lib/model/schema';

const glossText = readFileSync(path.resolve(__dirname, '../fixtures/import/gloss-v1.jsonld'), 'utf8');
type Doc = { first: { items: Record<string, unknown>[] }; 'gloss:pages': Record<string, unknown>[] } & Record<string, unknown>;
const glossDoc = (): Doc => JSON.parse(glossText) as Doc;

function errorOf(input: string): string {
  const result = parseImport(input);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

/** A Hypothesis export with n minimal annotations. */
function hypothesisExport(n: number): string {
  const annotations = Array.from({ length: n }, (_, i) => ({
    id: `h${i}`,
    uri: `https://example.com/p${i % 50}`,
    text: '',
    tags: [],
    created: '2026-11-01T12:00:00.000Z',
    target: [{ selector: [{ type: 'TextQuoteSelector', exact: `passage ${i}` }] }],
  }));
  return JSON.stringify({ export_date: '2026-11-23T10:00:00.000Z', annotations });
}

describe('import: not JSON', () => {
  it('truncated JSON says where it ends', () => {
    const cut = glossText.slice(0, 700);
    expect(errorOf(cut)).toBe(
      `This is not valid JSON at position 700 (line ${cut.split('\n').length}, column ${cut.length - cut.lastIndexOf('\n')}): the file ends too early (truncated?).`,
    );
  });

  it('a syntax error names its position, line and column', () => {
    expect(errorOf('{\n  "annotations": [\n    {"id": 1,}\n  ]\n}')).toBe(
      'This is not valid JSON at position 34 (line 3, column 14): unexpected "}".',
    );
    expect(errorOf('[1, 2] trailing')).toBe('This is not valid JSON at position 7 (line 1, column 8): unexpected "t".');
    expect(errorOf('{"a": "\\x"}')).toBe('This is not valid JSON at position 8 (line 1, column 9): unexpected "x".');
  });

  it('binary garbage is called binary', () => {
    const zip = 'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000' + '\uFFFD'.repeat(50);
    expect(errorOf(zip)).toBe('This is not valid JSON at position 0: the file looks like binary data, not an annotation export.');
    const decodedJpeg = '\uFFFD\uFFFD\uFFFD\uFFFD' + 'JFIF' + '\uFFFD'.repeat(40) + 'abc';
    expect(errorOf(decodedJpeg)).toMatch(/^This is not valid JSON at position 0/);
  });

  it('an empty file is refused', () => {
    expect(errorOf('')).toBe('The file is empty: not valid JSON at position 0.');
    expect(errorOf('  \n')).toBe('The file is empty: not valid JSON at position 0.');
  });

  it('JSON that is no known export is refused by name', () => {
    expect(errorOf('{"foo": 1}')).toMatch(/^Unrecognized file: expected a Gloss export/);
    expect(errorOf('42')).toMatch(/^Unrecognized file/);
    expect(errorOf('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation"}')).toBe(
      'This is a W3C Web Annotation file that was not made by Gloss (no gloss:formatVersion); Gloss cannot import it yet.',
    );
  });

  it('a file with a UTF-8 BOM still imports', () => {
    expect(parseImport(`\uFEFF${glossText}`).ok).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(parseImport(deep).ok).toBe(false);
    expect(parseImport('['.repeat(200_000)).ok).toBe(false);
    expect(parseImport(undefined as unknown as string)).toEqual({ ok: false, error: 'Nothing to import: expected the text of a file.' });
  });
});

describe('import: keys that could reach a prototype', () => {
  it.each([
    ['__proto__ at the top', '{"__proto__": {"polluted": true}, "annotations": []}', '__proto__', 'position 1 (line 1, column 2)'],
    [
      'constructor inside a record',
      '{"annotations": [{"id": "a", "constructor": {"prototype": {"polluted": true}}}]}',
      'prototype',
      'position 45 (line 1, column 46)',
    ],
    ['constructor inside a record', '{"annotations": [{"id": "a", "constructor": 1}]}', 'constructor', 'position 29 (line 1, column 30)'],
    [
      'prototype deep in a Gloss body',
      glossText.replace('"purpose": "tagging" }', '"purpose": "tagging", "prototype": {} }'),
      'prototype',
      '',
    ],
  ])('%s is refused', (_name, text, key, where) => {
    const error = errorOf(text);
    expect(error).toContain(`The file contains the key "${key}"`);
    expect(error).toContain(where);
    expect(error).toContain('Nothing was imported.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an escaped "\\u005f_proto__" key is caught too', () => {
    expect(errorOf('{"\\u005f_proto__": {"polluted": true}}')).toBe(
      'The file contains the key "__proto__", which Gloss refuses because it can be used to tamper with objects. Nothing was imported.',
    );
  });

  it('the words are fine as values', () => {
    const doc = glossDoc();
    (doc.first.items[1]!.body as Record<string, unknown>[])[1]!.value = '__proto__';
    const result = parseImport(JSON.stringify(doc));
    expect(result.ok && result.value.annotations[1]!.tags).toEqual(['__proto__', 'nuclear']);
  });
});

describe('import: wrong records reject the whole file and are named', () => {
  it('a bad verdict names the record, the field and the allowed values', () => {
    const doc = glossDoc();
    doc.first.items[1]!['gloss:verdict'] = 'maybe';
    expect(errorOf(JSON.stringify(doc))).toBe(
      'Nothing was imported (1 problem):\n' +
        'annotations[1].verdict: expected one of unverified, supported, disputed, false, misleading or null, got "maybe" (id "urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")',
    );
  });

  it('missing fields and wrong types are named', () => {
    const doc = glossDoc();
    delete doc.first.items[0]!.created;
    delete doc.first.items[2]!['gloss:kind'];
    doc.first.items[1]!.body = 'not a list';
    doc['gloss:pages'][0]!['gloss:title'] = 42;
    expect(errorOf(JSON.stringify(doc)).split('\n')).toEqual([
      'Nothing was imported (4 problems):',
      'annotations[0].created: missing (id "urn:uuid:0f8e7a52-7f6c-4c1e-8d7b-2a4b5c6d7e8f")',
      'annotations[1].body: expected Array, got "not a list" (id "urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")',
      'annotations[2].gloss:kind: missing (id "urn:uuid:9c8b7a6d-5e4f-4321-a0b1-c2d3e4f5a6b7")',
      'pages[0].title: expected string, got 42',
    ]);
  });

  it('selectors, dates, URLs and ids are checked', () => {
    const doc = glossDoc();
    const [quote, claim, note] = doc.first.items;
    (quote!.target as { selector: unknown[] }).selector[1] = { type: 'TextPositionSelector', start: 900, end: 835 };
    (note!.target as { selector: unknown[] }).selector[1] = { type: 'TextPositionSelector', start: -1, end: 2.5 };
    claim!.created = '20/11/2026';
    claim!.modified = '2026-02-30T10:00:00Z';
    (claim!['gloss:sources'] as Record<string, unknown>[])[0]!['gloss:url'] = 'not a url';
    (claim!['gloss:sources'] as Record<string, unknown>[])[0]!['gloss:stance'] = 'agrees';
    note!.id = 'urn:uuid:not an id!';
    expect(errorOf(JSON.stringify(doc)).split('\n')).toEqual([
      'Nothing was imported (8 problems):',
      'annotations[0].selectors[1]: end comes before start (id "urn:uuid:0f8e7a52-7f6c-4c1e-8d7b-2a4b5c6d7e8f")',
      'annotations[1].sources[0].url: expected an absolute http(s) URL, got "not a url" (id "urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")',
      'annotations[1].sources[0].stance: expected one of supports, disputes, context, got "agrees" (id "urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")',
      'annotations[1].created: expected an ISO 8601 date-time like 2026-03-14T09:30:00Z, got "20/11/2026" (id "urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")',
      'annotations[1].updated: not a real calendar date, got "2026-02-30T10:00:00Z" (id "urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")',
      '…and 3 more problems',
    ]);
  });

  it('rules that tie fields together are checked', () => {
    const doc = glossDoc();
    doc.first.items[0]!['gloss:verdict'] = 'supported';
    doc.first.items[2]!.id = doc.first.items[1]!.id;
    expect(errorOf(JSON.stringify(doc)).split('\n')).toEqual([
      'Nothing was imported (1 problem):',
      'annotations[0].verdict: only claims have a verdict (id "urn:uuid:0f8e7a52-7f6c-4c1e-8d7b-2a4b5c6d7e8f")',
    ]);
    doc.first.items[0]!['gloss:verdict'] = null;
    expect(errorOf(JSON.stringify(doc)).split('\n')).toEqual([
      'Nothing was imported (1 problem):',
      'annotations[2].id: same id as annotations[1] ("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")',
    ]);
  });

  it('one bad record among many rejects the file', () => {
    const good = JSON.parse(hypothesisExport(500)) as { annotations: Record<string, unknown>[] };
    good.annotations[317]!.tags = ['ok', 7];
    expect(errorOf(JSON.stringify(good))).toBe(
      'Nothing was imported (1 problem):\nannotations[317].tags[1]: expected string, got 7 (id "h317")',
    );
  });

  it('Obsidian highlights are named by page and highlight', () => {
    const text = JSON.stringify([
      { url: 'https://a.example/', highlights: [{ text: 'fine' }, { text: 'x', timestamp: 5 }] },
      { url: 'https://b.example/' },
    ]);
    expect(errorOf(text).split('\n')).toEqual([
      'Nothing was imported (2 problems):',
      '[0].highlights[1].timestamp: expected string, got 5',
      '[1].highlights: missing',
    ]);
  });

  it('strings are capped; the error does not repeat a huge value', () => {
    const doc = glossDoc();
    doc.first.items[2]!.body = [{ type: 'TextualBody', value: 'x'.repeat(LIMITS.comment + 1), purpose: 'commenting' }];
    doc.first.items[0]!['gloss:verdict'] = 'v'.repeat(1_000_000);
    const error = errorOf(JSON.stringify(doc));
    expect(error).toContain('annotations[2].comment: longer than 100000 characters');
    expect(error).toContain(
      'annotations[0].verdict: expected one of unverified, supported, disputed, false, misleading or null, got "vvvv',
    );
    expect(error.length).toBeLessThan(1_000);
  });
});

describe('import: size limits', () => {
  const mb = IMPORT_LIMITS.maxTextLength / 1024 / 1024;

  it('refuses text over the size limit before parsing it', () => {
    const huge = `{"annotations": [], "padding": "${'x'.repeat(IMPORT_LIMITS.maxTextLength)}"}`;
    expect(errorOf(huge)).toBe(`The file is too large to import (${(huge.length / 1024 / 1024).toFixed(1)} MB; the limit is ${mb} MB).`);
  }, 60_000);

  it('accepts a file of exactly the size limit', () => {
    const padded = glossText + ' '.repeat(IMPORT_LIMITS.maxTextLength - glossText.length);
    expect(padded.length).toBe(IMPORT_LIMITS.maxTextLength);
    expect(parseImport(padded).ok).toBe(true);
  }, 60_000);

  it('a 50 MB file of garbage gets a clear error', () => {
    const garbage = 'PK\u0003\u0004' + '\uFFFD\u0000garbage'.repeat((50 * 1024 * 1024) / 9);
    expect(garbage.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(errorOf(garbage)).toBe('This is not valid JSON at position 0: the file looks like binary data, not an annotation export.');
    const text = `{"annotations": [${'1,'.repeat(25 * 1024 * 1024)}`;
    expect(errorOf(text)).toMatch(
      /^This is not valid JSON at position \d+ \(line 1, column \d+\): the file ends too early \(truncated\?\)\.$/,
    );
  }, 60_000);

  it('imports 100,000 records, and one bad record among them rejects the file by name', () => {
    const atBackupSize = parseImport(hypothesisExport(100_000));
    expect(atBackupSize.ok && atBackupSize.value.annotations.length).toBe(100_000);
    const doc = JSON.parse(hypothesisExport(100_000)) as { annotations: Record<string, unknown>[] };
    doc.annotations[99_998]!.tags = ['ok', 7];
    expect(errorOf(JSON.stringify(doc))).toBe(
      'Nothing was imported (1 problem):\nannotations[99998].tags[1]: expected string, got 7 (id "h99998")',
    );
  }, 60_000);

  it('refuses more records than the limit with a clear message', () => {
    const over = (IMPORT_LIMITS.maxRecords + 1).toLocaleString('en');
    const limit = IMPORT_LIMITS.maxRecords.toLocaleString('en');
    const message = `The file holds ${over} annotations; Gloss imports at most ${limit} at a time. Split the file and import the parts.`;
    // Records are counted before any is read, so empty ones are enough to hit the limit.
    const empties = Array.from({ length: IMPORT_LIMITS.maxRecords + 1 }, () => ({}));
    expect(
      errorOf(
        JSON.stringify({
          export_date: '2026-11-23T10:00:00.000Z',
          annotations: empties.map((_, i) => (i === 0 ? { id: 'h0', uri: 'https://example.com/', target: [] } : {})),
        }),
      ),
    ).toBe(message);
    const doc = glossDoc();
    doc.first.items = empties;
    expect(errorOf(JSON.stringify(doc))).toBe(message);
  }, 60_000);
});
