/**
 * URL resolution for the metadata's `url` and `leadImage`: both must be absolute http(s) URLs, because the
 * reader view and the store use them away from the page they came from.
 */

/** Resolves `raw` against `base`; null unless the result is an absolute http(s) URL. */
export function toAbsoluteUrl(raw: string | null | undefined, base: string | null): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim();
  if (value === '' || /^(?:javascript|data|about|blob):/i.test(value)) return null;
  try {
    // A protocol-relative URL with nothing to resolve against: pages are served over https these days.
    const url = base === null && value.startsWith('//') ? new URL(`https:${value}`) : new URL(value, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The base that relative URLs on the page resolve against: `<base href>` (itself relative to the page), the
 * page URL the caller gave, else the page's own canonical / og:url when those are absolute.
 */
export function documentBase(doc: Document, pageUrl: string | undefined, fallbacks: (string | null)[]): string | null {
  const pageBase = toAbsoluteUrl(pageUrl, null) ?? firstAbsolute(fallbacks);
  // <base> is only valid in <head>; searching the head alone keeps this cheap on huge pages.
  const baseHref = (doc.head ?? doc).querySelector('base[href]')?.getAttribute('href') ?? null;
  return toAbsoluteUrl(baseHref, pageBase) ?? pageBase;
}

function firstAbsolute(candidates: (string | null)[]): string | null {
  for (const candidate of candidates) {
    const absolute = toAbsoluteUrl(candidate, null);
    if (absolute !== null) return absolute;
  }
  return null;
}

/** The first candidate that resolves to an absolute http(s) URL. */
export function firstResolved(candidates: (string | null | undefined)[], base: string | null): string | null {
  for (const candidate of candidates) {
    const absolute = toAbsoluteUrl(candidate, base);
    if (absolute !== null) return absolute;
  }
  return null;
}

/** The host name without "www.", for matching title suffixes like " - example.com". */
export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
