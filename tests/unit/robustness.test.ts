/**
 * The cleaner runs on whatever page the user opens, so it must never throw and never blow the stack:
 * property tests over random tag soup and over damaged fixture pages, plus two pathological pages
 * (10,000-deep nesting, 200,000 nodes). The cleaner must not fail on any of them (a failure is reported with
 * its reason, not hidden as "no article"); random pages may hold no article, the pathological ones hold a real
 * one, which must come out with its title and words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticleResult, detectArticleResult, type Article } from '../../lib/cleaner';
import { expectWellFormedArticle, expectWellFormedDetection } from '../helpers/article-shape';
import { listArticleFixtures, listNonArticlePages, parse } from '../helpers/load-fixtures';

const url = 'https://fuzz.gloss.invalid/2024/05/01/story.html';

/** linkedom cannot build a Document from every string (e.g. bare text); those are not the cleaner's inputs. */
function tryParse(html: string): Document | null {
  try {
    const doc = parse(html);
    return doc.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** Fails when detection or cleaning failed (with the reason it gave); returns the article with the URL, if any. */
function runCleaner(doc: Document): Article | null {
  const detection = detectArticleResult(doc, { url });
  if (!detection.ok) expect.fail(detection.error);
  expectWellFormedDetection(detection.value);
  const withUrl = cleanArticleResult(doc, { url });
  if (!withUrl.ok) expect.fail(withUrl.error);
  expectWellFormedArticle(withUrl.value);
  // Without a URL too: the CLI may be given a bare file.
  const bare = cleanArticleResult(doc);
  if (!bare.ok) expect.fail(bare.error);
  expectWellFormedArticle(bare.value);
  return withUrl.value;
}

const tags = [
  'p',
  'div',
  'span',
  'a',
  'br',
  'script',
  'style',
  'noscript',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'article',
  'section',
  'main',
  'aside',
  'nav',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'pre',
  'code',
  'em',
  'strong',
  'time',
  'iframe',
  'template',
  'svg',
  'form',
  'input',
  'button',
  'meta',
  'title',
  'html',
  'head',
  'body',
  'select',
  'option',
  'video',
];
const attributeNames = [
  'class',
  'id',
  'href',
  'src',
  'itemprop',
  'itemscope',
  'itemtype',
  'datetime',
  'lang',
  'dir',
  'rel',
  'property',
  'name',
  'content',
  'style',
  'hidden',
  'aria-hidden',
  'role',
  'onclick',
  'onerror',
  'data-component',
  'type',
];
const attributeValues = fc.oneof(
  fc.constantFrom(
    'article-body',
    'story__content',
    'entry-content',
    'c-article',
    'post-content',
    'css-1x2y3z',
    'comment',
    'sidebar',
    'ad',
    'articleBody',
    'https://schema.org/NewsArticle',
    'og:title',
    'article:published_time',
    'author',
    'javascript:alert(1)',
    'rtl',
    'ar',
    'display:none',
    '2024-02-30T25:61:00+99:00',
    'not a date',
    '',
    '../x?y=1&z=2',
    'application/ld+json',
    'datePublished',
    'headline',
    'keywords',
  ),
  fc.string({ maxLength: 20 }),
);
const attribute = fc
  .tuple(fc.constantFrom(...attributeNames), attributeValues, fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`);

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'The council voted on Tuesday to approve the budget, officials said.',
    'مرحبا بكم في الخبر العاجل',
    'שלום עולם',
    'Привет, «мир» — ёж.',
    'Straße „Zitat“',
    '&amp;',
    '&nbsp;',
    '&#x1F600;',
    '&bogus;',
    '&#0;',
    '&#xD800;',
    '<',
    '>',
    '\u202e\u200f',
    '   \n\t  ',
    'Read more',
    'Advertisement',
    'By Jane Doe',
    'Page 1 2 3 Next',
    '<!-- c -->',
    '<![CDATA[x]]>',
  ),
);
const jsonLd = fc
  .oneof(
    fc.json(),
    fc.constantFrom(
      '{"@type":"NewsArticle","headline":null,"datePublished":"yesterday","author":[{"name":7}],"keywords":{}}',
      '[{"@graph":[{"@type":["NewsArticle"],"articleBody":5,"publisher":"x"}]}]',
      '{"@type":',
      '',
    ),
  )
  .map((json) => `<script type="application/ld+json">${json}</script>`);
const token = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(fc.constantFrom(...tags), fc.array(attribute, { maxLength: 3 })).map(([tag, attrs]) => `<${tag}${attrs.join('')}>`),
  },
  { weight: 3, arbitrary: fc.constantFrom(...tags).map((tag) => `</${tag}>`) },
  { weight: 5, arbitrary: text },
  { weight: 1, arbitrary: jsonLd },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<br><br>',
      '<p>',
      '<div><div><div>',
      '</div></div>',
      '<table><tr><td>',
      '<!DOCTYPE html>',
      '<meta property="og:type" content="article">',
    ),
  },
);
const tagSoup = fc.array(token, { maxLength: 120 }).map((tokens) => tokens.join(''));
const htmlPage = fc.oneof(
  tagSoup,
  fc.tuple(tagSoup, tagSoup).map(([head, body]) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`),
  fc
    .tuple(tagSoup, tagSoup)
    .map(([head, body]) => `<html lang="ar" dir="rtl"><head><title>${head}</title></head><body><article>${body}</article></body></html>`),
);

/** Cuts, copies and swaps slices of a page, the way a truncated download or a broken CMS template would. */
type Mutation = { kind: 'delete' | 'duplicate' | 'swap'; a: number; b: number; c: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap'),
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
  c: fc.double({ min: 0, max: 1, noNaN: true }),
});

function mutate(html: string, { kind, a, b, c }: Mutation): string {
  const [start, end] = [Math.floor(a * html.length), Math.floor(b * html.length)].sort((x, y) => x - y) as [number, number];
  const slice = html.slice(start, end);
  if (kind === 'delete') return html.slice(0, start) + html.slice(end);
  const at = Math.floor(c * html.length);
  if (kind === 'duplicate') return html.slice(0, at) + slice + html.slice(at);
  // swap: move the slice to another place, so the page keeps its length but not its structure.
  const rest = html.slice(0, start) + html.slice(end);
  const to = Math.floor(c * rest.length);
  return rest.slice(0, to) + slice + rest.slice(to);
}

const fixturePages = [...listArticleFixtures().map((fixture) => fixture.html), ...listNonArticlePages().map((page) => page.html)];

describe('robustness: random input never throws', () => {
  it('random tag soup', () => {
    fc.assert(
      fc.property(htmlPage, (html) => {
        const doc = tryParse(html);
        fc.pre(doc !== null);
        runCleaner(doc as Document);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('mutated fixture pages (deleted, duplicated and swapped slices)', () => {
    expect(fixturePages.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...fixturePages), fc.array(mutation, { minLength: 1, maxLength: 4 }), (page, mutations) => {
        const doc = tryParse(mutations.reduce(mutate, page));
        fc.pre(doc !== null);
        runCleaner(doc as Document);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

/** Counts nodes with an explicit stack: the test itself must not be the thing that overflows. */
function countNodes(root: Node): number {
  let count = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    count += 1;
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
  return count;
}

const sentence = 'The harbour authority said on Monday that the dredging work would resume after the storm season ended.';

describe('robustness: pathological pages finish without a stack overflow', () => {
  it('10,000 nested <div>s with the article at the bottom', () => {
    const doc = parse('<!DOCTYPE html><html><head><title>Deep page</title></head><body></body></html>');
    let parent: Element = doc.body;
    for (let depth = 0; depth < 10_000; depth += 1) {
      const div = doc.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    for (let index = 0; index < 5; index += 1) {
      const paragraph = doc.createElement('p');
      paragraph.textContent = `${sentence} Paragraph ${index + 1}.`;
      parent.appendChild(paragraph);
    }
    const article = runCleaner(doc);
    expect(article?.title).toBe('Deep page');
    expect(article?.paragraphs).toEqual([1, 2, 3, 4, 5].map((n) => `${sentence} Paragraph ${n}.`));
  }, 60_000);

  it('200,000 nodes: 20,000 paragraphs in sections', () => {
    const paragraph = (index: number): string =>
      `<p>${sentence} <em>Item ${index}</em> was logged, <a href="/n/${index}">see the notice</a>, and <strong>filed</strong>.</p>`;
    const sections: string[] = [];
    for (let section = 0; section < 200; section += 1) {
      const paragraphs = Array.from({ length: 100 }, (_, index) => paragraph(section * 100 + index)).join('');
      sections.push(`<section><h2>Part ${section + 1}</h2>${paragraphs}</section>`);
    }
    const doc = parse(
      `<!DOCTYPE html><html lang="en"><head><title>Huge page</title></head><body><article>${sections.join('')}</article></body></html>`,
    );
    expect(countNodes(doc.documentElement)).toBeGreaterThanOrEqual(200_000);
    const article = runCleaner(doc);
    expect(article?.title).toBe('Huge page');
    expect(article?.paragraphs.slice(0, 2)).toEqual(['Part 1', `${sentence} Item 0 was logged, see the notice, and filed.`]);
    // The cleaner reads a page's first 60,000 nodes (lib/cleaner/dom/walk-budget.ts): thousands of paragraphs, ten nodes each.
    expect(article?.paragraphs.length).toBeGreaterThan(3_000);
  }, 60_000);
});
