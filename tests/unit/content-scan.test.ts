import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/lib/cleaner';

// The cleaner is someone else's (and still changing): here we only test when the content script calls it.
const cleaner = vi.hoisted(() => ({ detectArticle: vi.fn(), cleanArticle: vi.fn() }));
vi.mock('@/lib/cleaner', () => cleaner);
const { scanPage, summarize } = await import('@/entrypoints/article.content/scan');

const article: Article = {
  title: 'Headline',
  byline: 'A. Writer',
  published: '2026-03-14T09:30:00+00:00',
  modified: null,
  siteName: 'Site',
  section: null,
  tags: [],
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  url: null,
  paragraphs: ['x'],
  text: 'x',
  contentHtml: '',
  wordCount: 321,
};
const doc = () => parseHTML('<html><body><p>Hello</p></body></html>').document as unknown as Document;

describe('scanPage', () => {
  beforeEach(() => {
    cleaner.detectArticle.mockReset();
    cleaner.cleanArticle.mockReset().mockReturnValue(article);
  });

  it('detects on every page but cleans only articles, once', () => {
    cleaner.detectArticle.mockReturnValue({ isArticle: true, score: 0.8, reasons: [] });
    const page = doc();
    const scan = scanPage(page, 'http://site/a');
    expect(cleaner.detectArticle).toHaveBeenCalledWith(page, { url: 'http://site/a' });
    expect(cleaner.cleanArticle).not.toHaveBeenCalled();
    expect(scan.summary()).toEqual({
      title: 'Headline',
      siteName: 'Site',
      published: '2026-03-14T09:30:00+00:00',
      byline: 'A. Writer',
      wordCount: 321,
      url: 'http://site/a',
    });
    scan.summary();
    expect(cleaner.cleanArticle).toHaveBeenCalledTimes(1);
    expect(cleaner.cleanArticle).toHaveBeenCalledWith(page, { url: 'http://site/a' });
  });

  it('never cleans a non-article', () => {
    cleaner.detectArticle.mockReturnValue({ isArticle: false, score: 0.1, reasons: [] });
    const scan = scanPage(doc(), 'http://site/');
    expect(scan.detection.isArticle).toBe(false);
    expect(scan.summary()).toBeNull();
    expect(cleaner.cleanArticle).not.toHaveBeenCalled();
  });

  it('prefers the canonical URL for the summary', () => {
    expect(summarize({ ...article, url: 'https://canonical/' }, 'http://page/').url).toBe('https://canonical/');
  });
});
