import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/lib/cleaner';

// The cleaner is someone else's (and still changing): here we only test when the content script calls it.
const cleaner = vi.hoisted(() => ({
  detectArticleResult: vi.fn(),
  cleanArticleResult: vi.fn(),
  notDetected: (reason: string) => ({ isArticle: false, score: 0, reasons: [reason] }),
}));
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
    cleaner.detectArticleResult.mockReset();
    cleaner.cleanArticleResult.mockReset().mockReturnValue({ ok: true, value: article });
  });

  it('detects on every page but cleans only articles, once', () => {
    cleaner.detectArticleResult.mockReturnValue({ ok: true, value: { isArticle: true, score: 0.8, reasons: [] } });
    const page = doc();
    const scan = scanPage(page, 'http://site/a');
    expect(cleaner.detectArticleResult).toHaveBeenCalledWith(page, { url: 'http://site/a' });
    expect(cleaner.cleanArticleResult).not.toHaveBeenCalled();
    expect(scan.summary()).toEqual({
      title: 'Headline',
      siteName: 'Site',
      published: '2026-03-14T09:30:00+00:00',
      byline: 'A. Writer',
      wordCount: 321,
      url: 'http://site/a',
    });
    scan.summary();
    expect(cleaner.cleanArticleResult).toHaveBeenCalledTimes(1);
    expect(cleaner.cleanArticleResult).toHaveBeenCalledWith(page, { url: 'http://site/a' });
  });

  it('never cleans a non-article', () => {
    cleaner.detectArticleResult.mockReturnValue({ ok: true, value: { isArticle: false, score: 0.1, reasons: [] } });
    const scan = scanPage(doc(), 'http://site/');
    expect(scan.detection.isArticle).toBe(false);
    expect(scan.summary()).toBeNull();
    expect(cleaner.cleanArticleResult).not.toHaveBeenCalled();
  });

  it('logs a failing core once, with its reason, and counts the page as no article', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    cleaner.detectArticleResult.mockReturnValue({ ok: true, value: { isArticle: true, score: 0.8, reasons: [] } });
    cleaner.cleanArticleResult.mockReturnValue({ ok: false, error: 'cleaning the page failed: TypeError: x is undefined' });
    expect(scanPage(doc(), 'http://site/a').summary()).toBeNull();
    expect(scanPage(doc(), 'http://site/a').article()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('Gloss: cleaning the page failed: TypeError: x is undefined');

    cleaner.detectArticleResult.mockReturnValue({ ok: false, error: 'detecting an article failed: RangeError: too deep' });
    const scan = scanPage(doc(), 'http://site/b');
    expect(scan.detection).toEqual({ isArticle: false, score: 0, reasons: ['detecting an article failed: RangeError: too deep'] });
    expect(warn).toHaveBeenLastCalledWith('Gloss: detecting an article failed: RangeError: too deep');
    warn.mockRestore();
  });

  it('prefers the canonical URL for the summary', () => {
    expect(summarize({ ...article, url: 'https://canonical/' }, 'http://page/').url).toBe('https://canonical/');
  });
});
