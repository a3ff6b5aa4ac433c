/**
 * Page URLs as the W3C model's identifiers. The model's ids and target sources are IRIs (RFC 3987), but a page
 * URL as the WHATWG URL parser keeps it (and so as Gloss stores it, lib/db/url.ts) may hold characters no IRI
 * may: `|`, `^`, `{`, `}` in a query, a space in an opaque `urn:` URL. On the wire those are percent-encoded,
 * which every web server reads as the same address; `gloss:url` keeps the URL exactly as stored, and the reader
 * maps a target back to it (gloss-wire.ts `restorePageUrls`), so a backup restores the same page identities.
 */

/** ASCII characters RFC 3987 allows nowhere in an IRI: controls, space, <>"{}|\^` and DEL. */
// eslint-disable-next-line no-control-regex
const NOT_IN_IRI = /[\u0000-\u0020<>"{}|\\^`\u007f]/;
const EACH_NOT_IN_IRI = new RegExp(NOT_IN_IRI.source, 'g');

const percentEncode = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/** The URL with only the characters an IRI forbids percent-encoded; most URLs come back unchanged. */
export function toIri(url: string): string {
  return NOT_IN_IRI.test(url) ? url.replace(EACH_NOT_IN_IRI, percentEncode) : url;
}
