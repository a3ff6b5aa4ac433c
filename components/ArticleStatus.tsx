import type { ArticleSummary } from '@/lib/messages';
import { formatPublished } from '@/lib/format';
import { tCount, t, uiLanguage } from './i18n';

export type ArticleStatusState =
  | { kind: 'loading' }
  | { kind: 'article'; summary: ArticleSummary }
  | { kind: 'not-article' }
  /** Gloss has no report for this tab (browser pages, pages still loading, pages opened before install). */
  | { kind: 'unchecked' }
  /** The page's site is one the reader listed in the settings as "Gloss stays off". */
  | { kind: 'off'; site: string }
  | { kind: 'error'; message: string };

/** What Gloss knows about the page. Presentational: text only, no page HTML. */
export function ArticleStatus({ state }: { state: ArticleStatusState }) {
  switch (state.kind) {
    case 'loading':
      return (
        <p class="status muted" data-testid="loading">
          {t('statusChecking')}
        </p>
      );
    case 'not-article':
      return (
        <p class="status" data-testid="not-article">
          {t('statusNotArticle')}
        </p>
      );
    case 'unchecked':
      return (
        <p class="status muted" data-testid="unchecked">
          {t('statusUnchecked')}
        </p>
      );
    case 'off':
      return (
        <p class="status muted" data-testid="site-off">
          {t('statusSiteOff', state.site)}
        </p>
      );
    case 'error':
      return (
        <p class="status error" data-testid="popup-error">
          {state.message}
        </p>
      );
    case 'article':
      return <ArticleCard summary={state.summary} />;
  }
}

function ArticleCard({ summary }: { summary: ArticleSummary }) {
  const date = formatPublished(summary.published, uiLanguage());
  return (
    <article class="article-card" data-testid="article-card">
      <h1 class="article-title" data-testid="article-title">
        {summary.title || t('untitledArticle')}
      </h1>
      <p class="article-meta">
        {summary.siteName && <span data-testid="article-site">{summary.siteName}</span>}
        {date && summary.published && (
          <time data-testid="article-date" dateTime={summary.published}>
            {date}
          </time>
        )}
      </p>
      <p class="article-meta">
        {summary.byline && <span data-testid="article-byline">{summary.byline}</span>}
        <span data-testid="article-words">{tCount(Math.max(0, Math.round(summary.wordCount)), 'wordsOne', 'wordsOther')}</span>
      </p>
    </article>
  );
}
