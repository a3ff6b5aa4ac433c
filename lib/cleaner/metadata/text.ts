/**
 * Small string helpers shared by the metadata readers: every value a page declares (meta content, JSON-LD
 * strings, byline text) goes through `tidyText` before it reaches `Metadata`.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
};

/**
 * Decodes the entities that CMSs leave double-encoded in meta content and JSON-LD ("&amp;quot;" arrives as
 * "&quot;" after HTML parsing, WordPress JSON-LD ships "&#8217;"). Unknown names are left untouched.
 */
export function decodeEntities(text: string): string {
  // Twice: double-encoded values ("&amp;quot;") are common enough, triple-encoded ones are not.
  return decodeOnce(decodeOnce(text));
}

function decodeOnce(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Turns a declared value into display text: drops stray tags (some JSON-LD descriptions carry "<p>"),
 * decodes entities, collapses whitespace. Anything that is not a non-empty string becomes null.
 */
export function tidyText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = collapseWhitespace(decodeEntities(value.replace(/<\/?[a-z][^<>]*>/gi, ' ')));
  return text === '' ? null : text;
}

/** The first argument that is a non-empty string, or null. */
export function firstText(...values: (string | null | undefined)[]): string | null {
  for (const value of values) if (typeof value === 'string' && value !== '') return value;
  return null;
}

/** Values that are links rather than names, e.g. article:author pointing at a profile page. */
export function looksLikeUrl(text: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|\/\/|www\.)/i.test(text.trim()) || /^\/[\w-]+\//.test(text.trim());
}

/** "A" / "A and B" / "A, B and C", the way a byline reads. */
export function joinNames(names: string[]): string | null {
  const unique = dedupeCaseInsensitive(names);
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** Trims, drops empties and case-insensitive duplicates, keeps the first spelling and the order. */
export function dedupeCaseInsensitive(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = collapseWhitespace(raw);
    const key = value.toLocaleLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/**
 * Splits a comma-separated keyword list ("a, b,c") into trimmed, non-empty entries. Only commas: a
 * semicolon is as likely to be the end of an undecoded entity ("PG&amp;E") as a separator.
 */
export function splitKeywords(text: string): string[] {
  return text
    .split(',')
    .map((part) => collapseWhitespace(part))
    .filter((part) => part !== '');
}

/**
 * Normalizes a language declaration to BCP 47 casing: "en_US" -> "en-US", "EN" -> "en", "zh-hant-tw" ->
 * "zh-Hant-TW". A list ("en, de", as content-language allows) gives its first entry. Anything that is not
 * shaped like a language tag ("English", "x-default", "*") is rejected.
 */
export function normalizeLang(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const first = value.split(',')[0]?.trim().replace(/_/g, '-') ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(first)) return null;
  const [language = '', ...subtags] = first.split('-');
  const cased = subtags.map((tag) => {
    if (/^[a-z]{2}$/i.test(tag) || /^\d{3}$/.test(tag)) return tag.toUpperCase();
    if (/^[a-z]{4}$/i.test(tag)) return tag[0]?.toUpperCase() + tag.slice(1).toLowerCase();
    return tag.toLowerCase();
  });
  return [language.toLowerCase(), ...cased].join('-');
}
