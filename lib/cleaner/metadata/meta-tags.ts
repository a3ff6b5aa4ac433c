/**
 * Metadata from `<meta>` and `<link>` in the page: Open Graph, article:*, Twitter cards, Dublin Core,
 * Parse.ly / Sailthru, plain name=description/author/keywords, and `<meta itemprop>` outside any scope.
 * One pass over the document's meta elements builds a lower-cased key -> contents map; every field is then
 * a lookup, so this stays cheap on every page.
 */
import { headOf } from '../dom/document-parts';
import { cleanPersonName } from './byline';
import { splitArticleTags } from './tags';
import { joinNames, looksLikeUrl, splitKeywords, tidyText } from './text';

export interface MetaTagFields {
  ogTitle: string | null;
  twitterTitle: string | null;
  ogSiteName: string | null;
  applicationName: string | null;
  ogDescription: string | null;
  description: string | null;
  twitterDescription: string | null;
  ogImage: string | null;
  twitterImage: string | null;
  ogUrl: string | null;
  canonical: string | null;
  /** Raw date strings in priority order; the caller normalizes and picks. */
  published: string[];
  modified: string[];
  section: string | null;
  byline: string | null;
  /** article:tag values. */
  tags: string[];
  /** name=keywords / news_keywords / parsely-tags: used only when no real tags exist. */
  fallbackTags: string[];
  contentLanguage: string | null;
  ogLocale: string | null;
}

type MetaMap = Map<string, string[]>;

/**
 * Publication date keys, most specific first. `itemprop:*` entries are `<meta itemprop>` tags, which the
 * microdata reader also sees when they sit inside the article's scope.
 */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'og:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dcterms.date',
  'dcterms.issued',
  'dc.date.issued',
  'dcterms.created',
  'dc.date.created',
  'dc.date',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'article.published',
  'itemprop:datepublished',
  'itemprop:datecreated',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'article:modified',
  'modified_time',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
  'article.updated',
  'itemprop:datemodified',
];
const AUTHOR_KEYS = ['author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'];

export function readMetaTags(doc: Document): MetaTagFields {
  const map = buildMetaMap(doc);
  const one = (...keys: string[]): string | null => {
    for (const key of keys) {
      for (const value of map.get(key) ?? []) {
        const text = tidyText(value);
        if (text !== null) return text;
      }
    }
    return null;
  };
  const all = (...keys: string[]): string[] => keys.flatMap((key) => map.get(key) ?? []);

  return {
    ogTitle: one('og:title'),
    twitterTitle: one('twitter:title'),
    ogSiteName: one('og:site_name'),
    applicationName: one('application-name', 'apple-mobile-web-app-title'),
    ogDescription: one('og:description'),
    description: one('description', 'dc.description', 'dcterms.description', 'itemprop:description'),
    twitterDescription: one('twitter:description'),
    ogImage: one('og:image', 'og:image:url', 'og:image:secure_url'),
    twitterImage: one('twitter:image', 'twitter:image:src', 'itemprop:image'),
    ogUrl: one('og:url'),
    canonical: linkHref(doc, 'canonical'),
    published: all(...PUBLISHED_KEYS),
    modified: all(...MODIFIED_KEYS),
    section: one('article:section', 'parsely-section', 'itemprop:articlesection'),
    byline: metaByline(map),
    tags: splitArticleTags(
      all('article:tag')
        .map((tag) => tidyText(tag) ?? '')
        .filter((tag) => tag !== ''),
    ),
    fallbackTags: all('news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags', 'itemprop:keywords').flatMap((value) =>
      splitKeywords(tidyText(value) ?? ''),
    ),
    contentLanguage: one('content-language', 'language', 'dc.language', 'dcterms.language'),
    ogLocale: one('og:locale'),
  };
}

/**
 * Meta and link tags belong in <head>, which is small: query it first and fall back to the whole document
 * (a full traversal, the costliest thing metadata does) only when the head has none.
 */
function headFirst(doc: Document, selector: string): Element[] {
  const head = headOf(doc);
  const inHead = head ? Array.from(head.querySelectorAll(selector)) : [];
  return inHead.length > 0 ? inHead : Array.from(doc.querySelectorAll(selector));
}

function buildMetaMap(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  const add = (key: string, value: string): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const meta of headFirst(doc, 'meta[content]')) {
    const content = meta.getAttribute('content') ?? '';
    if (content.trim() === '') continue;
    // Sites mix name= and property= for the same keys (name="og:title" is common), so both count.
    for (const attribute of ['property', 'name', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key) add(key, content);
    }
    const itemprop = meta.getAttribute('itemprop');
    if (itemprop) for (const token of itemprop.trim().toLowerCase().split(/\s+/)) add(`itemprop:${token}`, content);
  }
  return map;
}

function metaByline(map: MetaMap): string | null {
  // article:author is usually a profile URL (Facebook's original meaning); keep only actual names.
  const articleAuthors = (map.get('article:author') ?? [])
    .map((value) => cleanPersonName(value))
    .filter((name): name is string => name !== null);
  if (articleAuthors.length > 0) return joinNames(articleAuthors);
  for (const key of AUTHOR_KEYS) {
    for (const value of map.get(key) ?? []) {
      const name = looksLikeUrl(value) ? null : cleanPersonName(value);
      if (name !== null) return name;
    }
  }
  return null;
}

function linkHref(doc: Document, rel: string): string | null {
  for (const link of headFirst(doc, `link[rel~="${rel}" i][href]`)) {
    const href = link.getAttribute('href')?.trim();
    if (href) return href;
  }
  return null;
}
