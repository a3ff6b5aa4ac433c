import { cleanArticleResult, detectArticleResult, notDetected, type Article, type Detection } from '@/lib/cleaner';
import type { ArticleSummary } from '@/lib/messages';
import { valueOrReport } from './failures';

export function summarize(article: Article, pageUrl: string): ArticleSummary {
  return {
    title: article.title,
    siteName: article.siteName,
    published: article.published,
    byline: article.byline,
    wordCount: article.wordCount,
    url: article.url ?? pageUrl,
  };
}

export interface PageScan {
  /** The page's address when it was scanned. */
  url: string;
  detection: Detection;
  /** The cleaned article (null: not an article). Cleans the page at most once, and only when something asks. */
  article(): Article | null;
  /** The cleaner's best article even where detection said no (the reader's "Try reader view anyway"). */
  articleAnyway(): Article | null;
  summary(): ArticleSummary | null;
}

/**
 * Detection runs on every page, so it must stay cheap; cleaning waits until an article needs a summary.
 * `detected`: the always-on script's detection of this same address, not made twice.
 */
export function scanPage(doc: Document, url: string, detected?: Detection): PageScan {
  // A core that fails is logged (failures.ts) and counts as no article, so the page itself is never broken.
  const detection = detected ?? valueOrReport(detectArticleResult(doc, { url }), notDetected);
  const cleanArticle = (): Article | null => valueOrReport(cleanArticleResult(doc, { url }), () => null);
  let article: Article | null | undefined;
  const cleaned = (): Article | null => {
    // The cleaner only reads the document (tests/unit/no-mutation.test.ts), so the live page is safe to pass.
    if (article === undefined) article = detection.isArticle ? cleanArticle() : null;
    return article;
  };
  let summary: ArticleSummary | null | undefined;
  let forced: Article | null | undefined;
  return {
    url,
    detection,
    article: cleaned,
    articleAnyway: () => (detection.isArticle ? cleaned() : forced === undefined ? (forced = cleanArticle()) : forced),
    summary() {
      if (summary === undefined) {
        const found = cleaned();
        summary = found ? summarize(found, url) : null;
      }
      return summary;
    },
  };
}
