// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { metadataLine, ReaderView, type ReaderArticle } from '@/components/reader/ReaderView';
import { safeImageUrl } from '@/components/reader/sanitize';
import { DEFAULT_SETTINGS } from '@/lib/settings';

// DOMPurify needs a real DOM (happy-dom lets scripts through it): the sanitizer itself is tested in Chromium,
// tests/e2e/reader-sanitize.test.ts. Here: what the reader view does around it.
describe('the reader view sanitizer', () => {
  it('lets only http(s) lead images through', () => {
    expect(safeImageUrl('https://example.com/lead.jpg')).toBe('https://example.com/lead.jpg');
    expect(safeImageUrl('javascript:alert(1)')).toBeNull();
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(safeImageUrl(null)).toBeNull();
  });
});

const article: ReaderArticle = {
  title: '<b>Night ferries</b>',
  byline: 'Maria Lindqvist',
  siteName: 'The Coastal Ledger',
  published: '2026-03-14T09:30:00+00:00',
  leadImage: 'https://example.com/lead.jpg',
  lang: 'ar',
  dir: 'rtl',
};

function mount(overrides: Partial<Parameters<typeof ReaderView>[0]> = {}) {
  const root = document.createElement('div');
  const onBodyMount = vi.fn();
  const onSettingsChange = vi.fn();
  const onClose = vi.fn();
  const body = document.createDocumentFragment();
  for (const text of ['First paragraph.', 'Second.']) {
    const p = document.createElement('p');
    p.textContent = text;
    body.append(p);
  }
  render(
    <ReaderView
      article={article}
      body={body}
      onBodyMount={onBodyMount}
      settings={{ ...DEFAULT_SETTINGS.reader }}
      onSettingsChange={onSettingsChange}
      people={[{ name: 'Tomas Berg', count: 2 }]}
      onClose={onClose}
      {...overrides}
    />,
    root,
  );
  return { root, onBodyMount, onSettingsChange, onClose };
}

describe('ReaderView', () => {
  it("shows title as text, the metadata line, the lead image, the body, and the article's direction", () => {
    const { root, onBodyMount } = mount();
    expect(root.querySelector('.reader-title')?.textContent).toBe('<b>Night ferries</b>');
    expect(root.querySelector('.reader-title b')).toBeNull();
    expect(root.querySelector('.reader-meta')?.textContent).toBe(metadataLine(article, undefined));
    expect(metadataLine(article, 'en-GB')).toBe('Maria Lindqvist · The Coastal Ledger · 14 March 2026');
    expect(root.querySelector('.reader-lead')?.getAttribute('src')).toBe('https://example.com/lead.jpg');
    expect(root.querySelector('article')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('article')?.getAttribute('lang')).toBe('ar');
    const body = root.querySelector('.reader-body')!;
    expect(body.textContent).toBe('First paragraph.Second.');
    expect(onBodyMount).toHaveBeenCalledWith(body);
    expect(root.querySelector('.people li')?.textContent).toBe('Tomas Berg 2');
  });

  it('changes typography through the toolbar and closes', () => {
    const { root, onSettingsChange, onClose } = mount();
    const button = (label: string) =>
      Array.from(root.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === label)!;
    button('A+ (larger text)').click();
    expect(onSettingsChange).toHaveBeenLastCalledWith(expect.objectContaining({ fontSize: 21 }));
    button('Sans').click();
    expect(onSettingsChange).toHaveBeenLastCalledWith(expect.objectContaining({ font: 'sans' }));
    button('Dark').click();
    expect(onSettingsChange).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'dark' }));
    button('Wide').click();
    expect(onSettingsChange).toHaveBeenLastCalledWith(expect.objectContaining({ width: 85 }));
    button('Close reader view (Esc)').click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('applies remembered settings as classes and the font size and column width variables', () => {
    const { root } = mount({ settings: { fontSize: 24, font: 'sans', width: 55, theme: 'sepia' } });
    const reader = root.querySelector('.reader') as HTMLElement;
    expect(reader.className).toBe('reader theme-sepia font-sans');
    expect(reader.style.getPropertyValue('--reader-font-size')).toBe('24px');
    expect(reader.style.getPropertyValue('--reader-width')).toBe('55ch');
    expect(
      [...root.querySelectorAll('[aria-pressed="true"]')].map((b) => b.textContent),
      'the toolbar shows the width',
    ).toContain('Narrow');
  });
});
