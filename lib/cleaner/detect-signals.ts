const ARTICLE_TYPES =
  /^(article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|blogposting|socialmediaposting|report|scholarlyarticle|techarticle|liveblogposting)$/i;
const LISTING_TYPES =
  /^(collectionpage|itemlist|searchresultspage|profilepage|videoobject|imagegallery|mediagallery|contactpage|aboutpage|checkoutpage|product|event|faqpage|qapage|discussionforumposting|recipe|podcastepisode|podcastseries|radioepisode|jobposting|realestatelisting|howto)$/i;
/** Media a story embeds and often declares beside its article type: no evidence against the story then. */
const MEDIA_TYPES = /^(videoobject|imagegallery|mediagallery|event)$/i;

export interface SchemaSignal {
  /** The first article type the page declares about itself (not one it merely links to or lists). */
  articleType: string | null;
  /** The first type it declares about itself that is never a story: a gallery, a recipe, a forum thread, a list. */
  listingType: string | null;
  /** listingType is a video, gallery or event, which a story may declare beside its own type. */
  listingIsMedia: boolean;
}

const typeName = (t: unknown): string[] =>
  (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));

/**
 * The types a JSON-LD block says the page is: its top-level items, the items of an @graph, and a page's
 * mainEntity. Not the types nested deeper (an article's author, its video, a collection's hasPart articles).
 */
function ownTypes(node: unknown, out: string[], depth = 0): void {
  if (depth > 3 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 50)) ownTypes(item, out, depth + 1);
    return;
  }
  const item = node as Record<string, unknown>;
  out.push(...typeName(item['@type']));
  if (item['@graph']) ownTypes(item['@graph'], out, depth + 1);
  if (item.mainEntity) ownTypes(item.mainEntity, out, depth + 1);
}

function jsonLdTypes(source: string, out: string[]): void {
  try {
    ownTypes(JSON.parse(source), out);
  } catch {
    // Broken JSON (trailing commas, CMS templating): fall back to every @type in the text.
    for (const m of source.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of (m[1] ?? '').matchAll(/"([^"]+)"/g)) out.push(...typeName(t[1]));
    }
  }
}

/** The @types the page declares about itself in JSON-LD and top-level microdata. */
export function schemaSignal(doc: Document): SchemaSignal {
  const types: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) jsonLdTypes(script.textContent ?? '', types);
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    if (!el.parentElement?.closest('[itemscope]')) types.push(...typeName(el.getAttribute('itemtype') ?? ''));
  }
  const articleType = types.find((t) => ARTICLE_TYPES.test(t)) ?? null;
  const listingType = types.find((t) => LISTING_TYPES.test(t)) ?? null;
  return { articleType, listingType, listingIsMedia: listingType !== null && MEDIA_TYPES.test(listingType) };
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

/**
 * A date written out: 2024-01-09, 2024年1月9日, 2024.01.09, 09.01.2024, 9 January 2024, 9. Januar 2024,
 * January 9, 2024. Any language's month name, since only the shape is checked.
 */
const WRITTEN_DATE =
  /(?:^|[^\d])(?:(?:19|20)\d\d\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|\d{1,2}\.?\s\p{L}{3,12}\.?,?\s(?:19|20)\d\d|\p{L}{3,12}\.?\s\d{1,2},\s(?:19|20)\d\d)/u;

/** How much of the story's frame is searched for a written date: the date line sits by the headline. */
const DATE_SEARCH_CHARS = 4000;

/** A machine-readable publication date: article:published_time, a JSON-LD datePublished, a <time> element. */
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

/** A date written in the text of the story's frame (policy pages have them too: "Last updated 3 March 2024"). */
export function hasWrittenDate(frame: Element | null): boolean {
  return frame !== null && WRITTEN_DATE.test((frame.textContent ?? '').slice(0, DATE_SEARCH_CHARS));
}

const DATE_OR_BYLINE =
  'time, [itemprop="datePublished"], [itemprop="author"], [rel="author"], [class*="byline"], [class*="Byline"], [class*="dateline"]';

/**
 * The headline, a date or byline and the text in one frame, and no list of headline links inside it: how a story
 * page is built, whatever its length. A section front's frame is the whole listing, and holds many linked headlines.
 */
export function isStoryFrame(frame: Element | null): boolean {
  if (!frame || !(frame.querySelector(DATE_OR_BYLINE) || hasWrittenDate(frame))) return false;
  return frame.querySelectorAll('h2 a, h3 a, h4 a, a h2, a h3, a h4').length < 3;
}

const PLAYER =
  'video, audio, iframe[src*="player"], iframe[src*="youtube"], iframe[src*="vimeo"], iframe[src*="dailymotion"], [class*="player"], [class*="Player"], [data-video-id], [data-player]';

/** A video or audio player in the story's frame (or its main text's parent): the text may be its caption. */
export function hasPlayerNear(frame: Element | null, container: Element | null): boolean {
  const box = frame ?? container?.parentElement ?? null;
  return box !== null && box.querySelector(PLAYER) !== null;
}
