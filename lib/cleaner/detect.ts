import type { CleanOptions, Detection } from './types';
import {
  hasDate,
  hasPlayerNear,
  hasWrittenDate,
  isStoryFrame,
  listingSignal,
  metaContent,
  schemaSignal,
  type SchemaSignal,
} from './detect-signals';
import { proseSignal, type ProseSignal } from './detect-prose';
import { urlShape, type UrlShape } from './detect-url';
import { bodyOf } from './dom/document-parts';
import { errorReason, fail, ok, type Result } from '../result';

/**
 * Cheap "is this an article?" check that runs on every page: one segmentation of the body (no cleaning) and a
 * few selector queries. Signals add log-odds; the score is their logistic, and isArticle is score >= 0.5.
 * What the page shows counts most: prose in the main text, built as a story (a headline framed with its date and
 * text) rather than as cards, teasers, captions or a caption beside a player. What the page says about itself
 * (schema.org types, og:type, its address) moves the balance, and the article claims a CMS sets on every page
 * are capped together.
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

type Add = (delta: number, reason: string) => void;

function detect(doc: Document, options: CleanOptions): Detection {
  const reasons: string[] = [];
  let z = -1.2;
  const add: Add = (delta, reason) => {
    z += delta;
    reasons.push(`${delta >= 0 ? '+' : ''}${delta.toFixed(2)} ${reason}`);
  };

  const root = bodyOf(doc);
  if (!root) return { isArticle: false, score: 0, reasons: ['no document body'] };
  const prose = proseSignal(root);
  const schema = schemaSignal(doc);
  const ogType = metaContent(doc, 'meta[property="og:type"]')?.toLowerCase() ?? null;
  const shape = urlShape(options.url);
  const liveBlog = schema.articleType?.toLowerCase() === 'liveblogposting' || /\/live\b|liveblog|ticker/i.test(options.url ?? '');

  proseEvidence(prose, add);
  declaredEvidence(doc, schema, ogType, add);
  addressEvidence(shape, schema, liveBlog, add);
  // Stories are dated; an about, policy or help page is not. A date in the text counts only where the address
  // does not already say the page is no story (policy pages print "last updated" dates).
  const undated =
    !schema.articleType &&
    ogType !== 'article' &&
    !hasDate(doc) &&
    shape !== 'article' &&
    shape !== 'dated' &&
    (shape === 'listing' || !hasWrittenDate(prose.frame));
  if (undated) add(-1, 'no date anywhere (no published time, <time>, dated URL or date line)');
  // About, policy and help pages: long prose, but no date and an address that says what they are.
  if (undated && shape === 'listing') add(-1, 'an undated page at a non-story address');
  listEvidence(doc, prose, schema.articleType !== null, liveBlog, add);

  const score = 1 / (1 + Math.exp(-z));
  return { isArticle: score >= 0.5, score: Math.round(score * 1000) / 1000, reasons };
}

/** How much prose the main text holds, and how it is built: a story, or cards, teasers and captions. */
function proseEvidence(prose: ProseSignal, add: Add): void {
  // Cards (a horoscope, a policy's clauses, teasers with summaries): their paragraphs are not one story's prose.
  const cards = prose.singleParagraphSections >= 4 && prose.singleParagraphSections >= prose.sections * 0.7;
  const score = cards ? prose.score - prose.cardScore : prose.score;
  const chars = cards ? prose.chars - prose.cardChars : prose.chars;
  if (cards) {
    add(-1.5, `${prose.singleParagraphSections} of ${prose.sections} headings carry one paragraph each (cards, not a story)`);
  }
  if (score > 0) add(Math.min(score / 20, 3) * 1.6, `prose score ${score.toFixed(1)} in ${prose.paragraphs} long blocks`);
  else add(-1, 'no long blocks of prose');
  add(proseLengthWeight(chars), `${chars} characters of prose in the main text`);
  if (prose.furnitureParagraphs > prose.paragraphs * 2 && prose.furnitureParagraphs >= 4) {
    add(-1, `${prose.furnitureParagraphs} long blocks sit outside the main text (comments, teasers)`);
  }
  if (prose.linkedHeadings >= 4 && prose.linkedHeadings * 2 >= prose.paragraphs) {
    add(-1.5, `${prose.linkedHeadings} linked headings in the main text (a list of teasers)`);
  }
  if (isStoryFrame(prose.frame)) add(0.6, 'the headline, a date or byline and the text share one frame');
  if (prose.inOverlay) add(-2.5, 'the main text is a dialog or a consent, login or paywall layer');
}

/** What the page says it is: schema.org types and og:type. */
function declaredEvidence(doc: Document, schema: SchemaSignal, ogType: string | null, add: Add): void {
  articleClaims(doc, schema.articleType, ogType, add);
  // A page that says what it is (a gallery, a recipe, a forum thread, an episode); less sure when it also says article.
  if (schema.listingType && schema.articleType && !schema.listingIsMedia) {
    // A recipe, product, job or forum thread is that whatever else the CMS calls it; a list may be a story's own.
    add(/^itemlist$/i.test(schema.listingType) ? -1 : -2.5, `also declares schema.org ${schema.listingType}`);
  } else if (schema.listingType) add(-3, `declares schema.org ${schema.listingType}`);
  if (ogType && ogType !== 'article') add(-0.5, `og:type is ${ogType}`);
}

function addressEvidence(shape: UrlShape, schema: SchemaSignal, liveBlog: boolean, add: Add): void {
  if (shape === 'dated') add(1, 'URL carries a date');
  else if (shape === 'article') add(0.6, 'URL looks like a story (long slug or id)');
  else if (shape === 'listing' && !liveBlog) add(-1.2, 'URL looks like a listing, search, profile or account page');
  else if (shape === 'section') add(-0.8, 'URL is a few plain words (a section or topic front)');
  else if (shape === 'home') add(-2, 'URL is a site root');
  // The page's declared type and its address both say it is not a story (a forum thread, an episode page).
  // A video or gallery type beside an article type is the story's own media, not a second opinion.
  const declaresNonStory = schema.listingType !== null && !(schema.articleType && schema.listingIsMedia);
  if (declaresNonStory && shape === 'listing') add(-1.5, 'a non-story type at a non-story address');
}

/** Players, dated entries, teaser <article>s and login forms around the main text. */
function listEvidence(doc: Document, prose: ProseSignal, declaresArticle: boolean, liveBlog: boolean, add: Add): void {
  // A caption under a player; a story that says it is one keeps half the doubt (a "Watch:" story is short too).
  if (prose.chars < 700 && hasPlayerNear(prose.frame, prose.container)) {
    add(declaresArticle ? -0.6 : -1.2, 'a short text next to a video or audio player (a caption)');
  }
  if (prose.datedEntries >= 3 && !liveBlog) add(-1, `${prose.datedEntries} dated entries in the main text (a river, a thread or a list)`);
  const listing = listingSignal(doc);
  // Related stories are <article>s too; a list of teasers holds the main text among them, not inside one.
  const mainInsideArticle = prose.container?.closest('article') != null && prose.container.querySelectorAll('article').length < 2;
  if (listing.articleElements >= 4 && !liveBlog && !mainInsideArticle) {
    add(-1.2, `${listing.articleElements} <article> elements (a list of teasers)`);
  }
  if (listing.hasPasswordField && prose.paragraphs < 3) add(-1.5, 'a password form and little prose');
}

/**
 * Characters of main text, as log-odds: a 100-character caption counts against, 500 characters (a wire brief) a
 * little for, 2,250 or more the most. A ramp, not a step, so that a 480-character brief and a 520-character one
 * are judged alike.
 */
function proseLengthWeight(chars: number): number {
  if (chars < 500) return -1 + (Math.max(chars - 100, 0) / 400) * (1 + 500 / 1500);
  return Math.min(chars / 1500, 1.5);
}

/** How far the page's own claims to be an article can go: a CMS sets all of them on every page it serves. */
const CLAIMS_CAP = 1.6;

/** Schema.org type, og:type and article:published_time say the same thing: their sum is capped. */
function articleClaims(
  doc: Document,
  articleType: string | null,
  ogType: string | null,
  add: (delta: number, reason: string) => void,
): void {
  const claims: Array<[number, string]> = [];
  if (articleType) claims.push([1.2, `declares schema.org ${articleType}`]);
  if (ogType === 'article') claims.push([0.8, 'og:type is article']);
  if (metaContent(doc, 'meta[property="article:published_time"]')) claims.push([0.4, 'has article:published_time']);
  if (!claims.length) return;
  const sum = claims.reduce((total, [weight]) => total + weight, 0);
  add(Math.min(sum, CLAIMS_CAP), claims.map(([, reason]) => reason).join(', '));
}
