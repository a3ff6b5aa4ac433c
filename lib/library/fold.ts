/**
 * Search folding: what makes "Zürich", "ZURICH" and "zurich" the same word, and "don’t" the same as "don't".
 * Lower-cased, accents removed (NFD, then combining marks dropped), letters that don't decompose mapped by
 * hand, typographic quotes and dashes made plain. Lengths may change (ß -> ss), white space is kept as is.
 */
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};
const EXTRA_PATTERN = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'g');
// Combining marks (U+0300-036F covers Latin, Greek and Cyrillic accents; the rest are rarer scripts' marks).
// Non-Unicode character classes: several times faster than \p{M} on the ~40 MB a big library folds.
const MARK_RANGES = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
] as const;
const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const MARKS = new RegExp(`[${MARK_RANGES.map(([from, to]) => `${escape(from)}-${escape(to)}`).join('')}]+`, 'g');
const NON_ASCII = /[\u0080-\uffff]/;

export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Lower-case before dropping marks: 'İ' lower-cases to 'i' plus a combining dot.
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(EXTRA_PATTERN, (ch) => EXTRA_FOLDS[ch] ?? ch);
}

/** A query as folded terms, all of which must occur (in any order). Empty query: no terms. */
export function queryTerms(query: string): string[] {
  return (
    foldText(query)
      // Control characters split terms too: the search corpus separates entries with NUL, no term may hold one.
      // eslint-disable-next-line no-control-regex
      .split(/[\s\u0000-\u001f]+/)
      .filter((term) => term !== '')
  );
}
