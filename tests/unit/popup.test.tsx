// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ArticleStatus } from '@/components/ArticleStatus';
import { loadPopupState, tabIdFromSearch } from '@/entrypoints/popup/load-state';
import { formatPublished, formatWordCount } from '@/lib/format';
import { createMessageHandler, createSender, type PageStatus } from '@/lib/messages';

const summary = {
  title: '<b>Not bold</b>',
  siteName: 'Site',
  published: '2014-11-21T02:13:00+03:00',
  byline: 'By Someone',
  wordCount: 1234,
  url: 'http://a/',
};
const detection = (isArticle: boolean) => ({ isArticle, score: isArticle ? 1 : 0, reasons: [] });

function renderToBody(node: preact.ComponentChild) {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('ArticleStatus', () => {
  it('shows title, site, date and word count as text', () => {
    const root = renderToBody(<ArticleStatus state={{ kind: 'article', summary }} />);
    const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;
    expect(text('article-title')).toBe('<b>Not bold</b>');
    expect(root.querySelector('b')).toBeNull();
    expect(text('article-site')).toBe('Site');
    expect(text('article-words')).toBe('1,234 words');
    const time = root.querySelector('time[data-testid="article-date"]');
    expect(time?.getAttribute('datetime')).toBe(summary.published);
    expect(time?.textContent).toBe('November 21, 2014');
  });

  it('says when the page is not an article', () => {
    const root = renderToBody(<ArticleStatus state={{ kind: 'not-article' }} />);
    expect(root.querySelector('[data-testid="not-article"]')?.textContent).toMatch(/not an article/);
  });
});

describe('loadPopupState', () => {
  const background = (status: PageStatus | null) =>
    createSender((m) => createMessageHandler<undefined>({ 'page/status': () => status })(m, undefined));
  const tab = (value: typeof summary | null) =>
    createSender((m) => createMessageHandler<undefined>({ 'article/summary': () => value })(m, undefined));
  const unreachable = createSender(() => Promise.reject(new Error('Receiving end does not exist.')));

  it('maps the background status to what the popup shows', async () => {
    const status = (isArticle: boolean, s: typeof summary | null): PageStatus => ({
      url: 'http://a/',
      detection: detection(isArticle),
      summary: s,
      updatedAt: 0,
    });
    await expect(loadPopupState(1, background(status(true, summary)), unreachable)).resolves.toEqual({ kind: 'article', summary });
    await expect(loadPopupState(1, background(status(false, null)), unreachable)).resolves.toEqual({ kind: 'not-article' });
    await expect(loadPopupState(1, background(null), unreachable)).resolves.toEqual({ kind: 'unchecked' });
    await expect(loadPopupState(1, background(status(true, null)), tab(summary))).resolves.toEqual({ kind: 'article', summary });
    await expect(loadPopupState(1, background(status(true, null)), unreachable)).resolves.toMatchObject({ kind: 'error' });
    await expect(loadPopupState(1, unreachable, unreachable)).resolves.toMatchObject({ kind: 'error' });
  });

  it('reads ?tabId=N', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=abc')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });
});

describe('format', () => {
  it('keeps the publisher’s calendar day', () => {
    expect(formatPublished('2014-11-21T02:13:00+03:00', 'en-GB')).toBe('21 November 2014');
    expect(formatPublished('not a date')).toBeNull();
    expect(formatPublished(null)).toBeNull();
    expect(formatWordCount(1, 'en')).toBe('1 word');
  });
});

describe('PageActions on a page that is not an article', () => {
  it('offers "Try reader view anyway" instead of "Open reader view"', async () => {
    const { PageActions } = await import('@/components/popup/PageActions');
    let opened = 0;
    const root = renderToBody(
      <PageActions canAnnotate isArticle={false} busy={false} onAnnotate={() => {}} onOpenReader={() => opened++} />,
    );
    expect(root.querySelector('[data-testid="open-reader"]')).toBeNull();
    const button = root.querySelector<HTMLButtonElement>('[data-testid="reader-anyway"]')!;
    expect(button.textContent).toBe('Try reader view anyway');
    button.click();
    expect(opened).toBe(1);
    const article = renderToBody(<PageActions canAnnotate isArticle busy={false} onAnnotate={() => {}} onOpenReader={() => {}} />);
    expect(article.querySelector('[data-testid="open-reader"]')?.textContent).toBe('Open reader view');
  });
});
