import { isJunkByName, nameTokens } from './dom/hints';
import { isHidden } from './dom/visibility';

/** Readability's cue: paragraphs of 140+ characters, weighted by the square root of their excess length. */
const PROSE_MIN_LENGTH = 140;
const ARTICLE_TYPES = /^(article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|blogposting|socialmediaposting|report|scholarlyarticle|techarticle|liveblogposting)$/i;
const LISTING_TYPES = /^(collectionpage|itemlist|searchresultspage|profilepage|videoobject|imagegallery|mediagallery|contactpage|aboutpage|checkoutpage|product|event|faqpage|qapage|discussionforumposting)$/i;

export interface ProseSignal {
  score: number;
  paragraphs: number;
  /** Long paragraphs that sit inside comments, sidebars, teasers and other furniture. */
  furnitureParagraphs: number;
}

function insideFurniture(el: Element): boolean {
  for (let node = el.parentElement, depth = 0; node && depth < 12; node = node.parentElement, depth++) {
    const tag = node.localName;
    if (tag === 'body' || tag === 'main') return false;
    if (tag === 'aside' || tag === 'nav' || tag === 'footer') return true;
    if (isJunkByName(nameTokens(node))) return true;
  }
  return false;
}

export function proseSignal(doc: Document): ProseSignal {
  let score = 0;
  let paragraphs = 0;
  let furnitureParagraphs = 0;
  for (const el of Array.from(doc.querySelectorAll('p, pre, article > div, [itemprop="articleBody"] > div'))) {
    const length = (el.textContent ?? '').trim().length;
    if (length < PROSE_MIN_LENGTH) continue;
    if (isHidden(el) || el.closest('[hidden], [aria-hidden="true"]')) continue;
    if (el.localName === 'div' && el.querySelector('p')) continue;
    if (insideFurniture(el)) {
      furnitureParagraphs++;
      continue;
    }
    paragraphs++;
    score += Math.sqrt(length - PROSE_MIN_LENGTH);
  }
  return { score, paragraphs, furnitureParagraphs };
}

export interface SchemaSignal {
  articleType: string | null;
  listingType: string | null;
}

/** The @types declared in JSON-LD and microdata, without interpreting anything else. */
export function schemaSignal(doc: Document): SchemaSignal {
  const types: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = script.textContent ?? '';
    for (const m of source.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of (m[1] ?? '').matchAll(/"([^"]+)"/g)) types.push((t[1] ?? '').replace(/^.*[/#]/, ''));
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    types.push((el.getAttribute('itemtype') ?? '').replace(/^.*[/#]/, ''));
  }
  // The first article-ish type decides; listing types count only when no article type is declared.
  const articleType = types.find((t) => ARTICLE_TYPES.test(t)) ?? null;
  const listingType = types.find((t) => LISTING_TYPES.test(t)) ?? null;
  return { articleType, listingType };
}

export type UrlShape = 'article' | 'listing' | 'home' | 'unknown';

const LISTING_SEGMENT = /^(tag|tags|topic|topics|thema|themen|category|categories|section|sections|rubrik|search|suche|author|authors|autor|profile|people|video|videos|live|ticker|liveticker|gallery|galleries|photos|fotos|bilder|login|signin|sign-in|register|account|subscribe|abo|comments|kommentare|archive|archiv|page|index|sitemap|contact|kontakt|about|impressum|weather|wetter|podcasts?|newsletters?)$/i;

export function urlShape(url: string | undefined): UrlShape {
  if (!url) return 'unknown';
  let path: string;
  let query: string;
  try {
    const parsed = new URL(url);
    path = parsed.pathname;
    query = parsed.search;
  } catch {
    return 'unknown';
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return query && /[?&](q|query|s|search)=/.test(query) ? 'listing' : 'home';
  const last = (segments[segments.length - 1] ?? '').replace(/\.(s?html?|php|aspx?)$/i, '');
  if (/(^|\/)20\d\d\/[01]?\d\//.test(path) || /(^|[-_/])20\d\d[01]\d[0-3]\d/.test(path)) return 'article';
  if (last.split(/[-_]/).length >= 4 || /\d{6,}/.test(last)) return 'article';
  if (segments.some((s) => LISTING_SEGMENT.test(s))) return 'listing';
  if (/[?&](q|query|s|search|page)=/.test(query)) return 'listing';
  return 'unknown';
}

export interface ListingSignal {
  /** <article> elements: one for a story page, many for a list of teasers. */
  articleElements: number;
  /** Headings whose text is a link: teasers. */
  linkedHeadings: number;
  hasPasswordField: boolean;
}

export function listingSignal(doc: Document): ListingSignal {
  return {
    articleElements: doc.querySelectorAll('article').length,
    linkedHeadings: doc.querySelectorAll('h2 > a, h3 > a, h4 > a, h2 a[href], h3 a[href]').length,
    hasPasswordField: doc.querySelector('input[type="password"]') !== null,
  };
}

export function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}
