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

const DATE_OR_BYLINE =
  'time, [itemprop="datePublished"], [itemprop="author"], [rel="author"], [class*="byline"], [class*="Byline"], [class*="dateline"]';

/**
 * The headline, a date or byline and the text in one frame, and no list of headline links inside it: how a story
 * page is built, whatever its length. A section front's frame is the whole listing, and holds many linked headlines.
 */
export function isStoryFrame(frame: Element | null): boolean {
  if (!frame || !frame.querySelector(DATE_OR_BYLINE)) return false;
  return frame.querySelectorAll('h2 a, h3 a, h4 a, a h2, a h3, a h4').length < 3;
}

const PLAYER =
  'video, audio, iframe[src*="player"], iframe[src*="youtube"], iframe[src*="vimeo"], iframe[src*="dailymotion"], [class*="player"], [class*="Player"], [data-video-id], [data-player]';

/** A video or audio player in the story's frame (or its main text's parent): the text may be its caption. */
export function hasPlayerNear(frame: Element | null, container: Element | null): boolean {
  const box = frame ?? container?.parentElement ?? null;
  return box !== null && box.querySelector(PLAYER) !== null;
}
