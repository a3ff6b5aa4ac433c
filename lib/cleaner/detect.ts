import type { CleanOptions, Detection } from './types';
import { hasDate, listingSignal, metaContent, proseSignal, schemaSignal, urlShape } from './detect-signals';
import { bodyOf } from './dom/document-parts';
import { errorReason, fail, ok, type Result } from '../result';

/**
 * Cheap "is this an article?" check that runs on every page: a few selector queries and the text length of
 * paragraphs, no cleaning. Signals add log-odds; the score is their logistic, and isArticle is score >= 0.5.
 * Prose dominates (a page with several long paragraphs outside furniture is almost always an article);
 * declared types, URL shape and teaser lists move the balance for the pages in between.
 */
export function detectArticleResult(doc: Document, options: CleanOptions = {}): Result<Detection> {
  try {
    return ok(detect(doc, options));
  } catch (error) {
    return fail(`detecting an article failed: ${errorReason(error)}`);
  }
}

/** What a page whose detection failed counts as: not an article, for the reason given. */
export const notDetected = (reason: string): Detection => ({ isArticle: false, score: 0, reasons: [reason] });

/** detectArticleResult for callers that only need a verdict: a failure is "not an article", with its reason. */
export function detectArticle(doc: Document, options: CleanOptions = {}): Detection {
  const result = detectArticleResult(doc, options);
  return result.ok ? result.value : notDetected(result.error);
}

function detect(doc: Document, options: CleanOptions): Detection {
  const reasons: string[] = [];
  let z = -1.2;
  const add = (delta: number, reason: string): void => {
    z += delta;
    reasons.push(`${delta >= 0 ? '+' : ''}${delta.toFixed(2)} ${reason}`);
  };

  const root = bodyOf(doc);
  if (!root) return { isArticle: false, score: 0, reasons: ['no document body'] };
  const prose = proseSignal(root);
  if (prose.score > 0) add(Math.min(prose.score / 20, 3) * 1.6, `prose score ${prose.score.toFixed(1)} in ${prose.paragraphs} long blocks`);
  else add(-1, 'no long blocks of prose');
  if (prose.chars < 500) add(-1, `only ${prose.chars} characters of prose in the main text`);
  else add(Math.min(prose.chars / 1500, 1.5), `${prose.chars} characters of prose in the main text`);
  if (prose.furnitureParagraphs > prose.paragraphs * 2 && prose.furnitureParagraphs >= 4) {
    add(-1, `${prose.furnitureParagraphs} long blocks sit outside the main text (comments, teasers)`);
  }
  if (prose.linkedHeadings >= 4 && prose.linkedHeadings * 2 >= prose.paragraphs) {
    add(-1.5, `${prose.linkedHeadings} linked headings in the main text (a list of teasers)`);
  }

  if (prose.inOverlay) add(-2.5, 'the main text is a dialog or a consent, login or paywall layer');

  const schema = schemaSignal(doc);
  const liveBlog = schema.articleType?.toLowerCase() === 'liveblogposting';
  if (schema.articleType) add(1.2, `declares schema.org ${schema.articleType}`);
  // A page that says what it is (a gallery, a recipe, a forum thread, an episode) and never that it is an article.
  else if (schema.listingType) add(-3, `declares schema.org ${schema.listingType}`);

  const ogType = metaContent(doc, 'meta[property="og:type"]')?.toLowerCase() ?? null;
  if (ogType === 'article') add(0.8, 'og:type is article');
  else if (ogType && ogType !== 'article') add(-0.5, `og:type is ${ogType}`);
  if (metaContent(doc, 'meta[property="article:published_time"]')) add(0.4, 'has article:published_time');

  const shape = urlShape(options.url);
  if (shape === 'article') add(0.6, 'URL looks like a story (date or long slug)');
  else if (shape === 'listing' && !liveBlog) add(-1.2, 'URL looks like a listing, search, profile or account page');
  else if (shape === 'home') add(-2, 'URL is a site root');

  // The page's declared type and its address both say it is not a story (a forum thread, an episode page).
  if (schema.listingType && !schema.articleType && shape === 'listing') add(-1.5, 'a non-story type at a non-story address');
  // Stories are dated; an about, policy or help page is not.
  if (!schema.articleType && ogType !== 'article' && !hasDate(doc) && shape !== 'article')
    add(-1, 'no date anywhere (no published time, <time> or dated URL)');

  const listing = listingSignal(doc);
  if (listing.articleElements >= 4 && !liveBlog) add(-1.2, `${listing.articleElements} <article> elements (a list of teasers)`);
  if (listing.hasPasswordField && prose.paragraphs < 3) add(-1.5, 'a password form and little prose');

  const score = 1 / (1 + Math.exp(-z));
  return { isArticle: score >= 0.5, score: Math.round(score * 1000) / 1000, reasons };
}
