import { segment } from './dom/segment';
import { nameTokens } from './dom/hints';
import { scoreCandidates } from './steps/score-candidates';
import { selectContainers } from './steps/select-container';

/** Readability's cue: blocks of 140+ characters, weighted by the square root of their excess length. */
const PROSE_MIN_LENGTH = 140;

export interface ProseSignal {
  score: number;
  /** Long prose blocks inside the best container. */
  paragraphs: number;
  /** Characters of prose (blocks of 40+ characters with few links) inside the best container. */
  chars: number;
  /** Long blocks elsewhere: comments, sidebars, teasers. */
  furnitureParagraphs: number;
  /** Headings inside the best container that are links: a list of teasers rather than a story. */
  linkedHeadings: number;
  /** The main text sits in a dialog or a consent, login or paywall layer: an interstitial, not a story. */
  inOverlay: boolean;
}

const OVERLAY_TOKENS = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'cmp',
  'paywall',
  'modal',
  'popup',
  'login',
  'signin',
  'interstitial',
  'overlay',
]);

function inOverlay(el: Element): boolean {
  for (let node: Element | null = el; node && node.localName !== 'body'; node = node.parentElement) {
    if (node.localName === 'dialog' || node.getAttribute('role') === 'dialog' || node.getAttribute('aria-modal') === 'true') return true;
    if (nameTokens(node).some((t) => OVERLAY_TOKENS.has(t))) return true;
  }
  return false;
}

/**
 * Prose in the element that would be cleaned, measured on the same text blocks the cleaner sees (so <div>
 * and <br><br> paragraphs count, unlike a <p>-only check), but without building any HTML.
 */
// Chinese, Japanese and Korean say in one character what a Latin script needs about three for: 300 characters of
// Chinese are a full short story, not a caption.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const proseLength = (text: string): number => text.length + 2 * (text.match(CJK)?.length ?? 0);

export function proseSignal(root: Element): ProseSignal {
  const seg = segment(root, null, { html: false });
  const candidates = scoreCandidates(seg, root);
  const containers = candidates.ranked.length ? selectContainers(seg, candidates, root, null) : [];
  const ranges = containers.map((c) => seg.ranges.get(c)).filter((r) => r !== undefined);
  const signal: ProseSignal = { score: 0, paragraphs: 0, chars: 0, furnitureParagraphs: 0, linkedHeadings: 0, inOverlay: false };
  const overlayCache = new Map<Element, boolean>();
  let overlayChars = 0;
  for (const b of seg.blocks) {
    const inside = ranges.some((r) => b.index >= r.start && b.index < r.end);
    const linkShare = b.text.length ? b.linkChars / b.text.length : 1;
    if (b.kind === 'heading') {
      if (inside && linkShare > 0.6) signal.linkedHeadings++;
      continue;
    }
    const length = proseLength(b.text);
    if (linkShare > 0.3 || length < 40) continue;
    if (!inside) {
      if (length >= PROSE_MIN_LENGTH) signal.furnitureParagraphs++;
      continue;
    }
    signal.chars += length;
    let overlay = overlayCache.get(b.owner);
    if (overlay === undefined) overlayCache.set(b.owner, (overlay = inOverlay(b.owner)));
    if (overlay) overlayChars += length;
    if (length >= PROSE_MIN_LENGTH) {
      signal.paragraphs++;
      signal.score += Math.sqrt(length - PROSE_MIN_LENGTH);
    }
  }
  signal.inOverlay = signal.chars > 0 && overlayChars > signal.chars / 2;
  return signal;
}

const ARTICLE_TYPES =
  /^(article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|blogposting|socialmediaposting|report|scholarlyarticle|techarticle|liveblogposting)$/i;
const LISTING_TYPES =
  /^(collectionpage|itemlist|searchresultspage|profilepage|videoobject|imagegallery|mediagallery|contactpage|aboutpage|checkoutpage|product|event|faqpage|qapage|discussionforumposting|recipe|podcastepisode|podcastseries|radioepisode|jobposting|realestatelisting|howto)$/i;

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

/**
 * Path segments of pages that are never stories, whatever their slug or date says: /gallery/2025/mar/07/…,
 * /recipes/grandmas-soup/, /podcasts/show/episode-214, /forum/thread/…, /jobs/…, /property/for-sale/….
 */
const NON_STORY_SEGMENT =
  /^(gallery|galleries|photos|fotos|bilder|fotostrecke|diaporama|video|videos|recipes?|rezepte?|recettes?|recetas?|podcasts?|episodes?|forum|forums|thread|threads|community|jobs|careers|stellenmarkt|emploi|empleo|property|properties|real-estate|immobilien|immobilier|inmuebles|shopping|deals|shop|about|about-us|ueber-uns|qui-sommes-nous|quienes-somos|corrections|policies|policy|standards|ethics|horoscopes?|puzzles?|crosswords?|games|obituaries|traueranzeigen|events)$/i;

const LISTING_SEGMENT =
  /^(tag|tags|topic|topics|thema|themen|category|categories|section|sections|rubrik|search|suche|author|authors|autor|profile|people|video|videos|live|ticker|liveticker|gallery|galleries|photos|fotos|bilder|login|signin|sign-in|register|account|subscribe|abo|comments|kommentare|archive|archiv|page|index|sitemap|contact|kontakt|about|impressum|weather|wetter|podcasts?|newsletters?)$/i;

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
  if (segments.slice(0, -1).some((s) => NON_STORY_SEGMENT.test(s)) || (segments.length === 1 && NON_STORY_SEGMENT.test(last)))
    return 'listing';
  if (/(^|\/)20\d\d\/[01]?\d\//.test(path) || /(^|[-_/])20\d\d[01]\d[0-3]\d/.test(path)) return 'article';
  if (last.split(/[-_]/).length >= 4 || /\d{6,}/.test(last)) return 'article';
  if (segments.some((s) => LISTING_SEGMENT.test(s))) return 'listing';
  if (/[?&](q|query|s|search|page)=/.test(query)) return 'listing';
  return 'unknown';
}

export interface ListingSignal {
  /** <article> elements: one for a story page, many for a list of teasers. */
  articleElements: number;
  hasPasswordField: boolean;
}

export function listingSignal(doc: Document): ListingSignal {
  return {
    articleElements: doc.querySelectorAll('article').length,
    // A login box in the site's header or menu is chrome on every page; a login page has it in its body.
    hasPasswordField: Array.from(doc.querySelectorAll('input[type="password"]')).some(
      (input) => !input.closest('header, nav, [role="navigation"], [role="banner"], .navbar, .dropdown-menu, .menu'),
    ),
  };
}

export function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/** Any sign of a publication date: article:published_time, a JSON-LD datePublished, a <time> element. */
export function hasDate(doc: Document): boolean {
  if (
    doc.querySelector(
      'meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"], [itemprop="datePublished"], time',
    )
  )
    return true;
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((s) =>
    (s.textContent ?? '').includes('"datePublished"'),
  );
}
