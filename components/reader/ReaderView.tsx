/**
 * The reader view: the cleaned article with Gloss's typography, inside a closed shadow root on the page.
 * Presentational: the content script owns the data, the highlights and the storage of settings.
 */
import { formatPublished } from '@/lib/format';
import type { ReaderSettings } from '@/lib/highlight/reader-settings';
import type { PersonCount } from '@/lib/highlight/people-quoted';
import { ArticleBody } from './ArticleBody';
import { PeopleQuoted } from './PeopleQuoted';
import { ReaderToolbar } from './ReaderToolbar';
import { t, uiLanguage } from '../i18n';

export interface ReaderArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  /** http(s) only (see safeImageUrl). */
  leadImage: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
}

export interface ReaderViewProps {
  article: ReaderArticle;
  body: DocumentFragment;
  onBodyMount: (element: HTMLElement) => void;
  settings: ReaderSettings;
  onSettingsChange: (settings: ReaderSettings) => void;
  people: PersonCount[];
  onClose: () => void;
}

export function metadataLine(article: Pick<ReaderArticle, 'byline' | 'siteName' | 'published'>, locale?: string): string {
  return [article.byline, article.siteName, formatPublished(article.published, locale)].filter(Boolean).join(' · ');
}

export function ReaderView(props: ReaderViewProps) {
  const { article, settings } = props;
  const meta = metadataLine(article, uiLanguage());
  return (
    <div
      class={`reader theme-${settings.theme} font-${settings.font}`}
      style={{ '--reader-font-size': `${settings.fontSize}px`, '--reader-width': `${settings.width}ch` }}
      // The toolbar speaks the browser's language; the article (below) its own.
      lang={uiLanguage()}
      role="dialog"
      aria-modal="true"
      aria-label={t('readerViewOf', article.title)}
      tabIndex={-1}
    >
      <ReaderToolbar settings={settings} onChange={props.onSettingsChange} onClose={props.onClose} />
      <div class="reader-layout" dir={article.dir}>
        <article class="reader-article" dir={article.dir} lang={article.lang ?? undefined}>
          <h1 class="reader-title">{article.title}</h1>
          {meta && <p class="reader-meta">{meta}</p>}
          {article.leadImage && <img class="reader-lead" src={article.leadImage} alt="" referrerpolicy="no-referrer" />}
          <ArticleBody body={props.body} onMount={props.onBodyMount} />
        </article>
        <div class="reader-side">
          <PeopleQuoted people={props.people} />
        </div>
      </div>
    </div>
  );
}
