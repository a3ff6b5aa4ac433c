/**
 * Page identity. Annotations are keyed by a normalized page URL so the same article reached through a
 * newsletter link, a social share or a `#section` link finds the same annotations.
 *
 * Rules (each one is a trade-off: merging two different pages is as bad as splitting one):
 * - a canonical link wins when it is on the same site (Public Suffix List, see site.ts) with the same scheme and
 *   port, unless it points at the site's front page from an inner page (a common CMS misconfiguration that would
 *   merge every article of the site);
 * - the fragment goes, except hash-bang / hash routes (`#!/…`, `#/…`) that name the page in single-page apps;
 * - tracking parameters go, the rest are sorted by name (stable: repeated names keep their order) and kept
 *   byte-for-byte (no re-encoding, `?a` does not become `?a=`);
 * - host lowercased, default port and credentials dropped (the URL parser does the first two);
 * - a final `index.html` / `index.htm` goes: servers answer `/dir/` with `/dir/index.html` almost universally.
 * The path's case and trailing slash stay: `/Story` and `/story/` can be different pages.
 * A normalized URL over 8,192 characters is stored under a digest of its query (long-url.ts).
 * Normalizing is idempotent, so the background can re-normalize what a content script sent.
 */
import { fitPageUrl } from './long-url';
import { siteOf } from './site';

export { siteOf };

/** Exact (lowercase) names of parameters that only track where a click came from. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  '_ga',
  '_gl',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'smid',
  'smtyp',
  'cmp',
  'at_medium',
  'at_campaign',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'sr_share',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  's_cid',
  'soc_src',
  'soc_trk',
  'wt_mc',
  'wt.mc_id',
  'xtor',
  'spm',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_'];

function isTrackingParam(rawName: string): boolean {
  let name: string;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    name = rawName.toLowerCase();
  }
  return TRACKING_PARAMS.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}

function cleanQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => ({ pair, name: pair.split('=', 1)[0] ?? '' }))
    .filter(({ name }) => !isTrackingParam(name));
  // Array.prototype.sort is stable, so repeated names (a=1&a=2) keep their order.
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return pairs.length === 0 ? '' : `?${pairs.map(({ pair }) => pair).join('&')}`;
}

function keepsFragment(hash: string): boolean {
  return hash.startsWith('#!') || hash.startsWith('#/');
}

const isWeb = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';

/** Whether two http(s) URLs belong to the same site (same registrable domain by `siteOf`; scheme may differ). */
export function isSameSite(a: string | URL, b: string | URL): boolean {
  const ua = toUrl(a);
  const ub = toUrl(b);
  if (!ua || !ub || !isWeb(ua) || !isWeb(ub)) return false;
  return siteOf(ua.hostname) === siteOf(ub.hostname);
}

/**
 * Whether `target` may stand for `page`: same site, and the same scheme and port, so a plain-http page (which
 * anyone on the network can rewrite) or another server on the host can't claim an https page's annotations.
 */
function mayStandFor(page: URL, target: URL): boolean {
  return target.protocol === page.protocol && target.port === page.port && isSameSite(page, target);
}

function toUrl(value: string | URL, base?: string | URL): URL | null {
  if (value instanceof URL) return value;
  try {
    return new URL(value.trim(), base);
  } catch {
    return null;
  }
}

/** The canonical link, resolved against the (cleaned) page, when it may stand for the page; null otherwise. */
function acceptableCanonical(page: URL, canonical: string | null | undefined): URL | null {
  if (!canonical || !isWeb(page)) return null;
  const target = toUrl(canonical, page);
  if (!target || !isWeb(target) || !mayStandFor(page, target)) return null;
  const isFrontPage = (u: URL) => u.pathname === '/' && u.search === '';
  if (isFrontPage(cleaned(target)) && !isFrontPage(page)) return null;
  return target;
}

/** Every rule but the canonical one. */
function cleaned(url: URL): URL {
  const target = new URL(url.href);
  if (!keepsFragment(target.hash)) target.hash = '';
  if (!isWeb(target)) return target;
  target.username = '';
  target.password = '';
  target.hostname = target.hostname.replace(/\.$/, '');
  target.search = cleanQuery(target.search);
  target.pathname = target.pathname.replace(/\/index\.html?$/, '/');
  return target;
}

/**
 * The URL annotations of this page are stored under. `canonical` is the page's `<link rel=canonical>` href
 * (relative or absolute). Input that is not a URL comes back trimmed rather than throwing.
 */
export function normalizePageUrl(url: string, canonical?: string | null): string {
  const parsed = toUrl(url);
  if (!parsed) return url.trim();
  // Judge the canonical against the cleaned page, so "/?ref=x" counts as the front page: that keeps this idempotent.
  const page = cleaned(parsed);
  const target = acceptableCanonical(page, canonical);
  return fitPageUrl(target ? cleaned(target) : page);
}

/**
 * Whether annotations stored under `requested` may be read or written by a script running in the document at
 * `documentUrl`: `requested` is that document's own normalized URL, or a URL it could name as its canonical
 * (same site, not the front page). This is exactly what `normalizePageUrl(documentUrl, anyCanonical)` can
 * produce, so a page can't reach another site's annotations by lying about its canonical link.
 */
export function isPageUrlFor(requested: string, documentUrl: string): boolean {
  const wanted = normalizePageUrl(requested);
  return wanted === normalizePageUrl(documentUrl) || wanted === normalizePageUrl(documentUrl, requested);
}
