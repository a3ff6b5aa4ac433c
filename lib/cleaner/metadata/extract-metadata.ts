/**
 * Gathers article metadata from every source a page may declare it in and merges them field by field.
 *
 * Priority, when sources disagree (first non-empty wins):
 * - title:     og:title > twitter:title > JSON-LD headline/name > microdata headline > the story's h1 >
 *              `<title>`; site-name prefixes/suffixes are then removed (brand-like tails only from `<title>`).
 *              Social titles come first because editors write them for sharing and they rarely carry the
 *              site name; JSON-LD is next as it is generated from the same CMS field.
 * - byline:    JSON-LD author > meta (article:author names, name=author, parsely/sailthru/DC) > microdata
 *              author > a byline element on the page. Structured names beat page text, which is noisier.
 * - published / modified: JSON-LD > meta (article:*, parsely, sailthru, DC, itemprop) > microdata >
 *              (published only) `<time>`. A less precise winner is refined by a later source that says the same
 *              thing more exactly: "2014-11-21" from JSON-LD + "2014-11-21T02:13:00+03:00" from meta gives
 *              the latter.
 * - siteName:  og:site_name > JSON-LD publisher.name > JSON-LD WebSite name > microdata publisher >
 *              application-name. Values that are URLs ("https://…") are skipped; a bare host is kept.
 * - section:   JSON-LD articleSection > article:section / parsely-section > microdata articleSection
 *              (a comma list there gives its first entry).
 * - tags:      article:tag + JSON-LD keywords + microdata keywords, merged in that order; name=keywords
 *              (and news_keywords, parsely-tags) only when none of those exist: it is often SEO filler.
 *              CMS plumbing ("@post-id:1", "ctp_video", "Category: X" prefixes) is cleaned out (tags.ts).
 * - lang:      `<html lang>` > content-language meta > og:locale > JSON-LD inLanguage. The html attribute is
 *              what the browser itself uses for the page.
 * - excerpt:   og:description > meta description > JSON-LD description > twitter:description > microdata.
 * - leadImage: og:image > JSON-LD image > twitter:image > microdata image.
 * - url:       `<link rel=canonical>` > og:url > JSON-LD url / mainEntityOfPage > microdata url. Null when the
 *              page declares none: callers fall back to the URL they loaded.
 * - schemaType: JSON-LD main entity @type > microdata itemtype. articleBody: JSON-LD only.
 * URLs are made absolute against `<base href>`, the given url, or the page's own canonical / og:url.
 */
import { readPageByline } from './byline';
import { EMPTY_JSON_LD, readJsonLd, type JsonLdFields } from './json-ld';
import { readMetaTags, type MetaTagFields } from './meta-tags';
import { EMPTY_MICRODATA, readMicrodata } from './microdata';
import { normalizeDate } from './normalize-date';
import { documentTitle, pageHeading, timeElementDate } from './page-signals';
import { cleanSection, pickTags } from './tags';
import { firstText, normalizeLang } from './text';
import { stripSiteSuffix } from './title';
import { documentBase, firstResolved, hostOf } from './urls';
import type { Metadata } from '../types';

const EMPTY_META: MetaTagFields = {
  ogTitle: null,
  twitterTitle: null,
  ogSiteName: null,
  applicationName: null,
  ogDescription: null,
  description: null,
  twitterDescription: null,
  ogImage: null,
  twitterImage: null,
  ogUrl: null,
  canonical: null,
  published: [],
  modified: [],
  section: null,
  byline: null,
  tags: [],
  fallbackTags: [],
  contentLanguage: null,
  ogLocale: null,
};

export function emptyMetadata(): Metadata {
  return {
    title: null,
    byline: null,
    published: null,
    modified: null,
    siteName: null,
    section: null,
    tags: [],
    lang: null,
    excerpt: null,
    leadImage: null,
    url: null,
    schemaType: null,
    articleBody: null,
  };
}

/** One source failing (a DOM quirk, a hostile page) must not cost the others: each runs on its own. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * Reads the page's metadata. Pure and read-only: it only queries `doc`, never changes it, and never throws
 * (a broken source is skipped). `url` is the page's address, used to resolve relative URLs.
 */
export function extractMetadata(doc: Document, url?: string): Metadata {
  try {
    return extract(doc, url);
  } catch {
    return emptyMetadata();
  }
}

function extract(doc: Document, url: string | undefined): Metadata {
  const ld: JsonLdFields = safely(() => readJsonLd(doc), EMPTY_JSON_LD);
  const meta = safely(() => readMetaTags(doc), EMPTY_META);
  const micro = safely(() => readMicrodata(doc), EMPTY_MICRODATA);

  const base = safely(() => documentBase(doc, url, [meta.canonical, meta.ogUrl, ld.url]), null);
  const canonicalUrl = firstResolved([meta.canonical, meta.ogUrl, ld.url, micro.url], base);
  const siteName = firstText(
    ...[meta.ogSiteName, ld.publisherName, ld.websiteName, micro.publisherName, meta.applicationName].map((name) =>
      name !== null && /:\/\/|^\/\//.test(name) ? null : name,
    ),
  );

  return {
    title: pickTitle(doc, { ld, meta, headline: micro.headline }, { siteName, host: hostOf(canonicalUrl ?? base) }),
    byline: firstText(ld.byline, meta.byline, micro.byline) ?? safely(() => readPageByline(doc), null),
    published: pickDate([ld.published, ...meta.published, micro.published]) ?? safely(() => timeElementDate(doc), null),
    modified: pickDate([ld.modified, ...meta.modified, micro.modified]),
    siteName,
    section: cleanSection(firstText(ld.section, meta.section, micro.section)),
    tags: pickTags([...meta.tags, ...ld.keywords, ...micro.keywords], meta.fallbackTags),
    lang: firstText(
      normalizeLang(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang')),
      normalizeLang(meta.contentLanguage),
      normalizeLang(meta.ogLocale),
      normalizeLang(ld.lang),
    ),
    excerpt: firstText(meta.ogDescription, meta.description, ld.description, meta.twitterDescription, micro.description),
    leadImage: firstResolved([meta.ogImage, ld.image, meta.twitterImage, micro.image], base),
    url: canonicalUrl,
    schemaType: firstText(ld.schemaType, micro.schemaType),
    articleBody: ld.articleBody,
  };
}

interface TitleSources {
  ld: JsonLdFields;
  meta: MetaTagFields;
  headline: string | null;
}

function pickTitle(doc: Document, { ld, meta, headline }: TitleSources, site: Parameters<typeof stripSiteSuffix>[1]): string | null {
  // The h1 and <title> cost a DOM query each, so they are read only when nothing declared a title.
  const declared = firstText(meta.ogTitle, meta.twitterTitle, ld.headline, headline) ?? safely(() => pageHeading(doc), null);
  if (declared !== null) return stripSiteSuffix(declared, site) || null;
  const fromTitleTag = safely(() => documentTitle(doc), null);
  return fromTitleTag === null ? null : stripSiteSuffix(fromTitleTag, site, true) || null;
}

/**
 * The first valid date in priority order, refined by a later candidate that extends it: a date-only winner
 * takes a later same-day date-time, a winner without offset takes the same wall time with an offset.
 */
export function pickDate(candidates: (string | null | undefined)[]): string | null {
  const valid = candidates.map((candidate) => normalizeDate(candidate ?? null)).filter((date) => date !== null);
  let best = valid[0] ?? null;
  if (best === null) return null;
  for (const date of valid.slice(1)) {
    if (date.length > best.length && date.startsWith(best)) best = date;
  }
  return best;
}
