import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../lib/export';
import { csvCell } from '../../lib/export/csv';
import type { Annotation, PageRecord } from '../../lib/model/annotation';

const PAGE: PageRecord = {
  url: 'https://news.example.org/a',
  title: 'Talks, "final" round',
  siteName: 'Example News',
  published: null,
  firstSeen: '2026-11-20T08:00:00.000Z',
  lastSeen: '2026-11-20T08:00:00.000Z',
};

const claim: Annotation = {
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  kind: 'claim',
  pageUrl: PAGE.url,
  exact: 'Prices rose 5%,\r\nthen "fell"',
  selectors: [],
  speaker: { name: '=HYPERLINK("http://evil.example","x")', role: '@SUM(A1:A2)' },
  verdict: 'disputed',
  sources: [
    { url: 'https://a.example/1', title: null, publisher: null, date: null, stance: 'supports' },
    { url: 'https://b.example/2', title: 'B', publisher: null, date: null, stance: 'context' },
  ],
  comment: '+1 agreed\nsecond line',
  tags: ['-economy', 'prices'],
  created: '2026-11-20T08:10:00.000Z',
  updated: '2026-11-21T10:00:00.000Z',
};

/** A plain RFC 4180 reader, to check that what spreadsheets read back is what we meant. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (text[i] === '"') break;
        else cell += text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') cell += text[i++];
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
      continue;
    }
    expect(text.slice(i, i + 2)).toBe('\r\n'); // every record ends with CRLF, including the last
    rows.push(row);
    row = [];
    i += 2;
    if (i >= text.length) return rows;
  }
}

describe('toCsv', () => {
  const csv = toCsv({ pages: [PAGE], annotations: [claim] });

  it('starts with a UTF-8 BOM and the header row, and ends records with CRLF', () => {
    expect(
      csv.startsWith('\uFEFFid,kind,page_url,page_title,site,exact,speaker,speaker_role,verdict,sources,comment,tags,created,updated\r\n'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toHaveLength(2); // line breaks inside fields did not split the record
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csv).toContain(',"Talks, ""final"" round",');
    expect(csv).toContain(',"Prices rose 5%,\r\nthen ""fell""",');
  });

  it('neutralizes formulas with a leading apostrophe', () => {
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",'@SUM(A1:A2),`);
    expect(csv).toContain(`,"'+1 agreed\nsecond line",'-economy | prices,`);
  });

  it('reads back, cell by cell, as the annotation (sources as "stance: url")', () => {
    const [header, row] = parseCsv(csv.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(Object.fromEntries(header!.map((h, i) => [h, row![i]]))).toEqual({
      id: claim.id,
      kind: 'claim',
      page_url: PAGE.url,
      page_title: 'Talks, "final" round',
      site: 'Example News',
      exact: 'Prices rose 5%,\r\nthen "fell"',
      speaker: `'=HYPERLINK("http://evil.example","x")`,
      speaker_role: "'@SUM(A1:A2)",
      verdict: 'disputed',
      sources: 'supports: https://a.example/1 | context: https://b.example/2',
      comment: "'+1 agreed\nsecond line",
      tags: "'-economy | prices",
      created: '2026-11-20T08:10:00.000Z',
      updated: '2026-11-21T10:00:00.000Z',
    });
  });

  it('every cell of any text reads back as the text (apostrophe-prefixed when it could be a formula)', () => {
    const nasty = fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\r', '\n', '\t', '=', '+', '-', '@', ' ', 'é', '\u202E') });
    fc.assert(
      fc.property(nasty, nasty, (comment, title) => {
        const text = toCsv({ pages: [{ ...PAGE, title }], annotations: [{ ...claim, comment }] });
        const [, row] = parseCsv(text.slice(1));
        const expected = (v: string) =>
          v
            .split(';')
            .map((part) => (/^(?:[\t\r]|\s*[=+\-@])/.test(part) ? `'${part}` : part))
            .join(';');
        expect(row![CSV_COLUMNS.indexOf('comment')]).toBe(expected(comment));
        expect(row![CSV_COLUMNS.indexOf('page_title')]).toBe(expected(title));
        expect(row).toHaveLength(CSV_COLUMNS.length);
      }),
    );
  });

  describe('formula neutralization (OWASP CSV injection)', () => {
    /** What a spreadsheet could start a formula with, at the start of a cell it reads. */
    const runsAsFormula = (cell: string) => /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/.test(cell);
    const cellOf = (value: string) => parseCsv(`${csvCell(value)}\r\n`)[0]![0]!;

    it.each([
      ['leading spaces', '  =HYPERLINK("http://evil.example")'],
      ['a leading tab', '\t=1+1'],
      ['a leading no-break space', '\u00A0@SUM(A1)'],
      ['full-width equals', '\uFF1DHYPERLINK("http://evil.example")'],
      ['full-width plus', '\uFF0B1+1'],
      ['full-width minus', '\uFF0D1+1'],
      ['full-width at', '\uFF20SUM(A1)'],
      ['spaces then full-width equals', '   \uFF1D1'],
    ])('neutralizes a formula after %s', (_why, value) => {
      expect(cellOf(value)).toBe(`'${value}`);
    });

    it.each([
      ['a ;-separated formula', 'fine;=cmd|"/c calc"!A1', `fine;'=cmd|"/c calc"!A1`],
      ['one after spaces', 'a; +1+1;b', `a;' +1+1;b`],
      ['a full-width one', 'a;\uFF20SUM(A1)', `a;'\uFF20SUM(A1)`],
      ['several', '=1;-2', `'=1;'-2`],
    ])('neutralizes %s in every part a ;-locale spreadsheet splits off', (_why, value, expected) => {
      expect(cellOf(value)).toBe(expected);
    });

    it('leaves ordinary text alone', () => {
      for (const text of ['Prices rose; wages did not', 'a = b', 'email me at x@example.org', '5 - 3']) {
        expect(cellOf(text)).toBe(text);
      }
    });

    it('no cell of any text runs as a formula, whether read with , or ; as separator', () => {
      const nasty = fc.string({
        unit: fc.constantFrom('a', ';', ',', '"', ' ', '\t', '\r', '=', '+', '-', '@', '\uFF1D', '\uFF20', '\u3000'),
      });
      fc.assert(
        fc.property(nasty, (value) => {
          const raw = csvCell(value);
          expect(runsAsFormula(cellOf(value))).toBe(false);
          // A ;-locale reader splits the raw text at every ; (the quotes don't open those parts).
          for (const part of raw.split(';').slice(1)) expect(runsAsFormula(part)).toBe(false);
          // Nothing but apostrophes is added, each at the start of a part.
          const parts = cellOf(value).split(';');
          value.split(';').forEach((part, i) => expect([part, `'${part}`]).toContain(parts[i]));
        }),
        { numRuns: 2000 },
      );
    });
  });

  it('has only the header for an empty selection', () => {
    expect(toCsv({ pages: [], annotations: [] })).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});
