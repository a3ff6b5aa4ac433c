/**
 * Article metadata (title, byline, dates, site, section, tags, language, excerpt, image, canonical URL) from
 * JSON-LD, Open Graph / meta tags, microdata, `<time>` and bylines. See extract-metadata.ts for the
 * priority between sources.
 */
export { extractMetadata } from './extract-metadata';
export { normalizeDate } from './normalize-date';
