/**
 * cleanText: the plain-text / Markdown cleaner. The seed pair in ../shared is the bar (a text dump of a cluttered
 * news page must give exactly the article's paragraphs); clean-text-renderings.test.ts covers renderings we
 * wrote ourselves. Here also: small cases and property tests (never throws, output always consistent).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/cleaner';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const seedText = path.join(seeds, '001_442516728be120b1.txt');
const seedArticle = path.join(seeds, '000_993dcf3dbbbeea91.txt');
const haveSeeds = existsSync(seedText) && existsSync(seedArticle);
if (!haveSeeds) console.warn(`clean-text: skipping seed tests, ${seeds} is missing (the shared datasets are not checked out).`);

const HEADLINE_LIST = `HOME	NEWS	SPORT	WEATHER

LATEST

09:12 Storm closes schools across the north

08:47 Markets open higher after rate decision

08:30 Cup final moved to Sunday

All news

© 2024 Example News
`;

function expectConsistent(article: NonNullable<ReturnType<typeof cleanText>>): void {
  expect(article.paragraphs.length).toBeGreaterThan(0);
  for (const p of article.paragraphs) expect(p).toBe(p.replace(/\s+/g, ' ').trim());
  expect(article.text).toBe(article.paragraphs.join('\n\n'));
  expect(article.wordCount).toBeGreaterThan(0);
  expect(article.contentHtml).not.toMatch(/<(?!\/?(?:p|h2|h3|ul|ol|li|blockquote|pre|table|tr|td)>)/);
  expect(['ltr', 'rtl']).toContain(article.dir);
}

describe.skipIf(!haveSeeds)('cleanText on the seed text dump', () => {
  const article = haveSeeds ? cleanText(readFileSync(seedText, 'utf8')) : null;
  const expected = haveSeeds
    ? readFileSync(seedArticle, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];

  it('gives exactly the paragraphs of the article', () => {
    expect(expected).toHaveLength(11);
    expect(article?.paragraphs).toEqual(expected);
    expectConsistent(article!);
  });

  it('moves the lead heading to the excerpt, not the paragraphs', () => {
    const lead =
      'A former senior Iranian diplomat claims that the United States and Iran are in de-facto cooperation against Islamic State extremists.';
    expect(article?.excerpt).toBe(lead);
    expect(article?.paragraphs).not.toContain(lead);
  });

  it('reads tags, date and section from the text around the body', () => {
    expect(article?.tags).toEqual(['cooperation', 'Islamic State', 'Iran']);
    expect(article?.published).toBe('2014-11-21T02:13:00');
    expect(article?.modified).toBe('2014-11-21T02:25:00');
    expect(article?.section).toBe('Middle East');
    expect(article?.lang).toBe('en');
    expect(article?.text).not.toMatch(/<b>|Tweet|Recommend|\*\*/);
  });
});

describe('cleanText small cases', () => {
  it('re-joins a paragraph split by a blank line mid-sentence', () => {
    const a = cleanText(
      'The minister said the agreement, signed after months of talks, would "change the region for a generation," officials\n\nconfirmed on Friday.\n\nThe deal still needs the approval of both parliaments, which is expected before the summer recess.',
    )!;
    expect(a.paragraphs[0]).toBe(
      'The minister said the agreement, signed after months of talks, would "change the region for a generation," officials confirmed on Friday.',
    );
    expect(a.paragraphs).toHaveLength(2);
  });

  it('returns null for pages without an article body', () => {
    expect(cleanText(HEADLINE_LIST)).toBeNull();
    expect(cleanText('')).toBeNull();
    expect(cleanText('   \n\n\t ')).toBeNull();
    expect(cleanText('Home\nNews\nSport\nContact')).toBeNull();
  });
});

describe('cleanText never throws', () => {
  const check = (text: string) => {
    const article = cleanText(text);
    if (article) expectConsistent(article);
  };

  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), check), { numRuns: 300 });
  });

  it('on random Markdown-ish token soup', () => {
    const token = fc.constantFrom(
      '# ',
      '## ',
      '**',
      '__',
      '*',
      '_',
      '\n',
      '\n\n',
      '\t',
      '> ',
      '- ',
      '1. ',
      '|',
      '---',
      '```',
      '[',
      '](',
      ')',
      '![',
      'Tags:',
      'Related:',
      '©',
      'All rights reserved',
      'Tweet',
      '01:52 ',
      '21.11.2014',
      '03/04/2022',
      '<b>',
      '</b>',
      '&amp;',
      'By Jane Doe',
      'The council voted on Thursday, after a long debate, to approve the plan.',
      'stressed.',
      'MENU',
      'ok',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 300 }), (tokens) => check(tokens.join(''))),
      { numRuns: 300 },
    );
  });

  it.skipIf(!haveSeeds)('on mutated seed text', () => {
    const lines = haveSeeds ? readFileSync(seedText, 'utf8').split('\n') : [];
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 80 }) }),
      fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ op: fc.constant('swap' as const), at: fc.nat(), len: fc.nat() }),
      fc.record({ op: fc.constant('chars' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        let ls = [...lines];
        for (const m of mutations) {
          const at = m.at % Math.max(1, ls.length);
          if (m.op === 'delete') ls.splice(at, m.len);
          else if (m.op === 'insert') ls.splice(at, 0, m.text);
          else if (m.op === 'duplicate') ls.splice(at, 0, ...ls.slice(at, at + m.len));
          else if (m.op === 'swap') {
            const other = m.len % Math.max(1, ls.length);
            [ls[at], ls[other]] = [ls[other] ?? '', ls[at] ?? ''];
          } else {
            const joined = ls.join('\n');
            const start = at % Math.max(1, joined.length);
            ls = (joined.slice(0, start) + joined.slice(start + m.len)).split('\n');
          }
        }
        check(ls.join('\n'));
      }),
      { numRuns: 200 },
    );
  });
});
