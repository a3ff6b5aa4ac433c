/** The CLI's pure parts: argument parsing and Article -> Markdown / text / JSON. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/cleaner';
import { parseArgs } from '../../cli/args';
import { describeError } from '../../cli/errors';
import { blockMarkers, formatArticle, metadataLine, toMarkdown } from '../../cli/format';

const article: Article = {
  title: 'Council approves cycle lanes',
  byline: 'Tom Ellis',
  published: '2023-05-12T09:41:00+01:00',
  modified: null,
  siteName: 'City Post',
  section: 'Local',
  tags: ['transport'],
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  url: null,
  paragraphs: [
    'The council voted 31 to 12.',
    'What happens next',
    'Work starts in September.',
    'Lane one',
    '# 1 priority, said the mayor.',
  ],
  text: '',
  contentHtml:
    '<p>The council voted 31 to 12.</p><h2>What happens next</h2><p>Work starts in September.</p><ul><li>Lane one</li></ul><p># 1 priority, said the mayor.</p>',
  wordCount: 19,
};

describe('cli format', () => {
  it('writes the metadata line from the fields present', () => {
    expect(metadataLine(article)).toBe('*By Tom Ellis · City Post · Local · 2023-05-12 · 19 words*');
    expect(metadataLine({ ...article, byline: null, siteName: null, section: null, published: null })).toBe('*19 words*');
  });

  it('renders headings and list items from contentHtml and escapes Markdown-looking paragraphs', () => {
    expect(blockMarkers(article.contentHtml).get('What happens next')).toBe('## ');
    const md = toMarkdown(article);
    expect(md.startsWith('# Council approves cycle lanes\n\n*By Tom Ellis')).toBe(true);
    expect(md).toContain('\n\n## What happens next\n\n');
    expect(md).toContain('\n\n- Lane one\n\n');
    expect(md).toContain('\n\n\\# 1 priority, said the mayor.\n');
  });

  it('formats text and JSON', () => {
    expect(formatArticle({ ...article, text: 'a\n\nb' }, 'text')).toBe('Council approves cycle lanes\n\na\n\nb\n');
    expect(JSON.parse(formatArticle(article, 'json'))).toEqual(article);
  });
});

describe('cli args and errors', () => {
  it('parses inputs and formats', () => {
    expect(parseArgs(['page.html'])).toEqual({ input: 'page.html', format: 'markdown', help: false });
    expect(parseArgs(['-', '-f', 'json'])).toEqual({ input: '-', format: 'json', help: false });
    expect(parseArgs(['--format=TEXT', '--', '--odd-name.txt']).format).toBe('text');
    expect(() => parseArgs(['a', 'b'])).toThrow(/expected one input/);
    expect(() => parseArgs(['--format'])).toThrow(/needs a value/);
  });

  it('describes Node errors by their code, through fetch causes', () => {
    const cause = Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' });
    expect(describeError(new TypeError('fetch failed', { cause }))).toBe('host not found (DNS lookup failed) (ENOTFOUND)');
    expect(describeError(new Error('boom\n    at x'))).toBe('boom');
  });
});
