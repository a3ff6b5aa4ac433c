/** Inline clean-up of one line of Markdown / leaked HTML into plain text, measuring links on the way. */

export interface InlineResult {
  text: string;
  linkChars: number;
  urls: number;
  images: string[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  shy: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// Spans are bounded ({0,500}) so that a long line full of unmatched markers stays linear, not quadratic.
const IMAGE = /!\[([^\]]{0,500})\]\(\s*<?([^)\s>]{0,2000})>?(?:\s+["'][^"']{0,300}["'])?\s*\)/g;
const LINK = /\[([^\]]{0,500})\]\(\s*<?[^)\s>]{0,2000}>?(?:\s+["'][^"']{0,300}["'])?\s*\)/g;
const REF_LINK = /\[([^\]]{1,500})\]\[[^\]]{0,100}\]/g;
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]+|mailto:[^\s<>]+)>/gi;
const HTML_TAG = /<\/?[a-z][a-z0-9-]{0,30}(?:\s[^<>]{0,1000})?\/?>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

/** Removes emphasis markers (`**x**`, `__x__`, `*x*`, `_x_`, `~~x~~`) but keeps snake_case and `2 * 3`. */
export function stripEmphasis(text: string): string {
  let out = text;
  for (let i = 0; i < 2; i++) {
    out = out
      .replace(/\*\*(?=\S)([^\n]{0,500}?\S)\*\*/g, '$1')
      .replace(/(^|[^\p{L}\p{N}_])__(?=\S)([^\n]{0,500}?\S)__(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/~~(?=\S)([^\n]{0,500}?\S)~~/g, '$1')
      .replace(/(^|[^\p{L}\p{N}*\\])\*(?=[^\s*])([^*\n]{0,500}?[^\s*\\])\*(?![\p{L}\p{N}*])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_\\])_(?=[^\s_])([^_\n]{0,500}?[^\s_\\])_(?![\p{L}\p{N}_])/gu, '$1$2');
  }
  // A lone unmatched `**` or `__` left by a truncated rendering is never text.
  return out.replace(/\*\*|(^|\s)__(?=\s|$)/g, '$1');
}

/** True when the whole line is one emphasised span (`*Lead.*`, `**Lead.**`, `_Lead._`). */
export function isWhollyEmphasized(line: string): boolean {
  const t = line.trim();
  for (const marker of ['**', '__', '*', '_']) {
    if (t.length <= marker.length * 2 + 2 || !t.startsWith(marker) || !t.endsWith(marker)) continue;
    const inner = t.slice(marker.length, -marker.length);
    if (/^\s|\s$/.test(inner) || inner.startsWith(marker[0] ?? '')) continue;
    return !inner.includes(marker);
  }
  return false;
}

/** Counts the characters the replaced link texts take in the output. */
function replaceCounting(text: string, re: RegExp, onMatch: (m: string[]) => string): [string, number] {
  let chars = 0;
  const out = text.replace(re, (...args: unknown[]) => {
    const groups = args.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''));
    const replacement = onMatch(groups);
    chars += replacement.trim().length;
    return replacement;
  });
  return [out, chars];
}

export function cleanInline(line: string): InlineResult {
  const images: string[] = [];
  let text = line.replace(IMAGE, (_m, _alt: string, src: string) => {
    if (/^https?:\/\//i.test(src)) images.push(src);
    return ' ';
  });
  let linkChars = 0;
  let n: number;
  [text, n] = replaceCounting(text, LINK, (g) => ` ${g[1] ?? ''} `);
  linkChars += n;
  [text, n] = replaceCounting(text, REF_LINK, (g) => g[1] ?? '');
  linkChars += n;
  let urls = 0;
  text = text.replace(AUTOLINK, (_m, url: string) => {
    urls++;
    return url;
  });
  text = text.replace(/<br\s*\/?>/gi, ' ').replace(HTML_TAG, '');
  text = decodeEntities(text);
  text = text.replace(/`+([^`]{0,2000})`+/g, '$1');
  text = stripEmphasis(text);
  text = text.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  urls += (text.match(BARE_URL) ?? []).length;
  text = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])(?=\s|$)/g, '$1')
    .replace(/([([])\s+/g, '$1')
    .replace(/\s+([)\]])/g, '$1')
    .trim();
  return { text, linkChars: Math.min(linkChars, text.length), urls, images };
}
