// @vitest-environment happy-dom
/** The UI in the browser's language (German here), and the reader view in the article's. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ArticleStatus } from '@/components/ArticleStatus';
import { AnnotationEditor } from '@/components/editor/AnnotationEditor';
import { ReaderView, type ReaderArticle } from '@/components/reader/ReaderView';
import { READER_CSS } from '@/components/reader/styles';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Annotation } from '@/lib/model/annotation';
import { fillMessage, readLocale } from './i18n-messages';

const english = { getMessage: fakeBrowser.i18n.getMessage, getUILanguage: fakeBrowser.i18n.getUILanguage };

/** The browser as a German reader has it: German messages, German number and date formats. */
function speakGerman() {
  const de = readLocale('de');
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
    const entry = de[key];
    return entry ? fillMessage(entry, ([] as string[]).concat(substitutions ?? [])) : '';
  };
  fakeBrowser.i18n.getUILanguage = () => 'de';
}

afterEach(() => Object.assign(fakeBrowser.i18n, english));

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

const claim: Annotation = {
  id: '6b1f0c36-1f7c-4a53-9a55-3e0b9f6c2a10',
  pageUrl: 'https://example.com/ferries',
  kind: 'claim',
  exact: 'Ridership doubled in a year.',
  prefix: '',
  suffix: '',
  selectors: [],
  speaker: null,
  verdict: 'misleading',
  sources: [],
  comment: '',
  tags: [],
  created: '2026-03-14T09:30:00.000Z',
  updated: '2026-03-14T09:30:00.000Z',
} as unknown as Annotation;

describe('the UI in German', () => {
  it('the popup says what the page is, with the date and word count as German writes them', () => {
    speakGerman();
    const summary = { title: 'Nachtfähren', siteName: 'Küstenbote', byline: null, published: '2026-03-14T09:30:00+01:00', wordCount: 1234 };
    const root = mount(<ArticleStatus state={{ kind: 'article', summary } as never} />);
    expect(root.querySelector('[data-testid="article-words"]')?.textContent).toBe('1.234 Wörter');
    expect(root.querySelector('[data-testid="article-date"]')?.textContent).toBe('14. März 2026');
    expect(mount(<ArticleStatus state={{ kind: 'not-article' }} />).textContent).toBe('Diese Seite ist kein Artikel.');
  });

  it('the editor card labels its fields and verdicts in German', () => {
    speakGerman();
    const root = mount(
      <AnnotationEditor
        annotation={claim}
        suggestSpeakers={async () => []}
        suggestSources={async () => []}
        onSave={() => {}}
        onCancel={() => {}}
      />,
    );
    const labels = [...root.querySelectorAll('label')].map((label) => label.textContent?.trim());
    expect(labels).toEqual(expect.arrayContaining(['Zitat', 'Behauptung', 'Notiz', 'Urteil', 'Kommentar']));
    expect(root.querySelector<HTMLSelectElement>('[data-testid="editor-verdict"]')?.selectedOptions[0]?.textContent).toBe('Irreführend');
    expect(root.querySelector('[data-testid="editor-save"]')?.textContent).toBe('Speichern');
  });
});

describe('the reader view follows the article’s language', () => {
  const article: ReaderArticle = {
    title: 'عبّارات الليل',
    byline: null,
    siteName: null,
    published: null,
    leadImage: null,
    lang: 'ar',
    dir: 'rtl',
  };

  it('lays an Arabic article out right to left, in its language, while the toolbar stays in the UI language', () => {
    speakGerman();
    const root = mount(
      <ReaderView
        article={article}
        body={document.createDocumentFragment()}
        onBodyMount={() => {}}
        settings={{ ...DEFAULT_SETTINGS.reader }}
        onSettingsChange={() => {}}
        people={[]}
        onClose={() => {}}
      />,
    );
    const reader = root.querySelector('.reader')!;
    expect(reader.getAttribute('lang')).toBe('de');
    expect(reader.getAttribute('aria-label')).toBe('Leseansicht: عبّارات الليل');
    expect(root.querySelector('.reader-layout')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('article')?.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('article')?.getAttribute('dir')).toBe('rtl');
  });

  it('hyphenates the article text (by its lang)', () => {
    expect(READER_CSS).toMatch(/\.reader-body \{[^}]*hyphens: auto/);
  });
});
