/**
 * Structural hints shared by the detector and the cleaner: which tags never hold article text, which tags are
 * blocks, and what class/id words say about an element. Words are matched as whole tokens of the class or id
 * ("article-footer" -> ["article", "footer"]) so that "header" does not fire on "subheader-text".
 */

/** Never rendered as text, or never part of an article's prose. Their subtrees are skipped entirely. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'select',
  'option',
  'textarea',
  'input',
  'button',
  'head',
  'link',
  'meta',
  'math',
  'map',
  'dialog',
  'source',
  'track',
  'picture',
  'img',
]);

/** Elements that start a new block of text. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'legend',
]);

/** Tags whose content is page furniture, not prose, wherever they stand (unless they are the chosen body). */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'figcaption', 'menu', 'dialog']);

/** Tags whose paragraphs never vote for the article container (a page never puts its story in its <nav>). */
export const UNLIKELY_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);

/** Class/id tokens that keep an element's paragraphs out of the container vote, unless a body word is there too. */
const UNLIKELY_TOKENS = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'comment',
  'comments',
  'community',
  'disqus',
  'footer',
  'gdpr',
  'header',
  'menu',
  'nav',
  'navbar',
  'navigation',
  'related',
  'replies',
  'rss',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'social',
  'share',
  'sharing',
  'sponsor',
  'sponsored',
  'pagination',
  'pager',
  'popup',
  'modal',
  'cookie',
  'cookies',
  'consent',
  'newsletter',
  'promo',
  'outbrain',
  'taboola',
  'recommended',
  'trending',
  'mostread',
  'popular',
  'rail',
  'widget',
  'widgets',
  'masthead',
  'agegate',
  'paywall',
]);

/** Class/id tokens of boilerplate: navigation, sharing, promotion, comments, consent and paywall layers. */
const JUNK_TOKENS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'adslot',
  'adunit',
  'advertising',
  'sponsor',
  'sponsored',
  'promo',
  'promotion',
  'promoted',
  'banner',
  'outbrain',
  'taboola',
  'teaser',
  'teasers',
  'recommended',
  'recommendations',
  'related',
  'relatedposts',
  'more',
  'readmore',
  'also',
  'trending',
  'popular',
  'mostread',
  'share',
  'sharing',
  'social',
  'sharebar',
  'socialshare',
  'follow',
  'newsletter',
  'signup',
  'subscribe',
  'subscription',
  'comment',
  'comments',
  'disqus',
  'replies',
  'discussion',
  'community',
  'sidebar',
  'rail',
  'widget',
  'widgets',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'masthead',
  'footer',
  'header',
  'topbar',
  'toolbar',
  'pagination',
  'pager',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'cmp',
  'paywall',
  'modal',
  'popup',
  'overlay',
  'caption',
  'credit',
  'credits',
  'byline',
  'dateline',
  'timestamp',
  'meta',
  'tags',
  'tag',
  'keywords',
  'topics',
  'author',
  'bio',
  'print',
  'skip',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'offscreen',
  'tools',
  'utility',
  'actions',
  'reactions',
  'rating',
  'feedback',
  'jump',
  'toc',
  'inline',
  'pullquote',
  'pull',
  'callout',
  'embed',
  'aside',
  'slideshow',
  'carousel',
  'gallery',
  'headline',
  'kicker',
  'eyebrow',
  'newsletters',
  'login',
  'register',
  'account',
  'alert',
  'disclaimer',
  'copyright',
  'legal',
  'logo',
  'sitemap',
  'contact',
  'rss',
  'podcast',
  'video',
  'player',
  'thumbnail',
  'thumb',
  'dfp',
  'gpt',
  'native',
  'partner',
  'partners',
  'affiliate',
  'shop',
  'store',
  'cta',
  'donate',
]);

/** Tokens that mark the article's own body; an element with one of these is never junk by its name. */
const BODY_TOKENS = new Set([
  'articlebody',
  'article-body',
  'storybody',
  'story-body',
  'entry-content',
  'post-content',
  'article-content',
  'story-content',
  'body-text',
  'articletext',
  'article-text',
  'story-text',
  'postbody',
  'post-body',
  'entry-body',
  'rich-text',
  'richtext',
  'prose',
  'main-content',
  'content-body',
]);

/** Tokens that make an element likelier to hold the article (Readability's positive class words, extended). */
const POSITIVE_TOKENS = new Set([
  'article',
  'body',
  'content',
  'entry',
  'main',
  'page',
  'post',
  'text',
  'blog',
  'story',
  'prose',
  'hentry',
  'paragraph',
  'copy',
  'artikel',
  'inhalt',
  'texte',
  'contenido',
  'noticia',
  'nachricht',
]);

/** Tokens that make an element unlikely to hold the article as a whole. */
const NEGATIVE_TOKENS = new Set([
  ...JUNK_TOKENS,
  'hid',
  'hide',
  'outer',
  'shoutbox',
  'masthead',
  'media',
  'foot',
  'com',
  'combx',
  'contact',
  'links',
  'list',
  'teaser',
  'tease',
  'summary',
  'excerpt',
  'latest',
  'headlines',
  'sidebar',
  'secondary',
]);
NEGATIVE_TOKENS.delete('inline');
NEGATIVE_TOKENS.delete('embed');

const TAXONOMY_WORD = /^(tag|tags|category|categories|format|status|type|has|postid|post-format|author|topic|section)[-_]/i;

const SPLITTABLE = /[_\-:.]|[a-z][A-Z]/;
const TOKEN_SPLIT = /[\s_\-:.]+|(?<=[a-z])(?=[A-Z])/;

/** Lower-cased tokens of an element's class and id, plus the joined class words ("article-body"). */
const tokenCache = new Map<string, string[]>();
const TOKEN_CACHE_LIMIT = 20_000;

export function nameTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (raw.length < 2) return [];
  // Pages repeat the same class strings thousands of times (menu items, list entries): tokenize each once.
  let cached = tokenCache.get(raw);
  if (cached === undefined) {
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    cached = tokenize(raw);
    tokenCache.set(raw, cached);
  }
  return cached;
}

function tokenize(raw: string): string[] {
  const tokens: string[] = [];
  const words = raw.split(/\s+/);
  // Long class lists are CMS taxonomy dumps ("tag-election category-news format-standard"): those words name
  // the story's topics, not the element's role, so they are left out.
  const taxonomyDump = words.length >= 5;
  for (const word of words) {
    if (!word || (taxonomyDump && TAXONOMY_WORD.test(word))) continue;
    const lower = word.toLowerCase();
    tokens.push(lower);
    // Splitting is the hot path of segmentation: only words with a separator or a camel hump need it.
    if (!SPLITTABLE.test(word)) continue;
    for (const part of word.split(TOKEN_SPLIT)) if (part && part.length < lower.length) tokens.push(part.toLowerCase());
  }
  return tokens;
}

export function hasBodyToken(tokens: string[]): boolean {
  for (const t of tokens) if (BODY_TOKENS.has(t)) return true;
  return false;
}

/** True when the element's name says it is boilerplate and nothing says it is the body. */
export function isJunkByName(tokens: string[]): boolean {
  if (tokens.length === 0 || hasBodyToken(tokens)) return false;
  for (const t of tokens) if (JUNK_TOKENS.has(t)) return true;
  return false;
}

/** Readability's "unlikely candidate": a furniture word and no word that could mean the article. */
export function isUnlikelyByName(tokens: string[]): boolean {
  if (tokens.length === 0) return false;
  let unlikely = false;
  for (const t of tokens) {
    if (POSITIVE_TOKENS.has(t) || BODY_TOKENS.has(t) || t === 'column' || t === 'shadow') return false;
    if (UNLIKELY_TOKENS.has(t)) unlikely = true;
  }
  return unlikely;
}

/** Readability-style class weight: +25 for body-ish names, -25 for furniture-ish names. */
export function classWeight(tokens: string[]): number {
  if (tokens.length === 0) return 0;
  let weight = 0;
  if (hasBodyToken(tokens)) return 40;
  let positive = false;
  let negative = false;
  for (const t of tokens) {
    if (POSITIVE_TOKENS.has(t)) positive = true;
    if (NEGATIVE_TOKENS.has(t)) negative = true;
  }
  if (positive) weight += 25;
  if (negative) weight -= 25;
  return weight;
}
