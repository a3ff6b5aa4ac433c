/**
 * Page keys that fit. Storage and messages refuse URLs over LIMITS.url (8,192) characters, so a page whose
 * normalized URL is longer (some search and single-page-app addresses carry whole documents in the query) is
 * stored under a shorter stand-in: scheme, host and path as they are, and the rest replaced by a digest of the
 * whole URL. The same page always gets the same key; two long URLs differing anywhere get different ones.
 */
import { LIMITS } from '../model/schema';

/** The query parameter that holds the digest; the name says where it came from to anyone reading the key. */
export const LONG_URL_DIGEST_PARAM = 'gloss-long-url-digest';

/**
 * 128 bits of a fast non-cryptographic hash (cyrb128, public domain), as 32 hex digits. A collision would only
 * merge two overlong URLs on the same scheme, host and path, which only that site's own pages could aim at.
 */
function digest(text: string): string {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

/**
 * `url` (already normalized) as a key of at most LIMITS.url characters: itself when it fits, else its scheme, host
 * and path with `?gloss-long-url-digest=<digest of the whole URL>`, and the path dropped too if even that is over.
 */
export function fitPageUrl(url: URL): string {
  if (url.href.length <= LIMITS.url) return url.href;
  const suffix = `?${LONG_URL_DIGEST_PARAM}=${digest(url.href)}`;
  const withoutQueryAndHash = url.href.slice(0, url.href.length - url.search.length - url.hash.length);
  if (withoutQueryAndHash.length + suffix.length <= LIMITS.url) return withoutQueryAndHash + suffix;
  // An opaque URL (urn:…) has no host to keep; a web or file URL keeps its root.
  const root = url.host !== '' || url.protocol === 'file:' ? `${url.protocol}//${url.host}/` : url.protocol;
  return root + suffix;
}
