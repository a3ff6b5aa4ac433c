/**
 * The form in which anchoring compares text: whitespace and invisible characters removed, NFKC, lower case,
 * typographic quotes and dashes unified. Each normalized character remembers the raw characters it came from,
 * so a match found in normalized text maps back to offsets in the text the caller gave us.
 *
 * Why drop whitespace entirely rather than collapse it: the same article reaches us with different whitespace
 * on every surface (indentation in live markup, "\n\n" between reader-view paragraphs, nbsp, a space gained or
 * lost between inline elements). Without whitespace those differences vanish, and the odd merged word costs
 * nothing because a quote plus its context is far too long to collide by accident.
 */

export interface NormalizedText {
  /** The comparison form. */
  text: string;
  /** For normalized character i: the raw characters [rawStart[i], rawEnd[i]) it came from. */
  rawStart: Int32Array;
  rawEnd: Int32Array;
  /** Length of the raw text. */
  rawLength: number;
}

const CONTROL_OR_FORMAT = /^[\p{Cc}\p{Cf}]$/u;

/** Characters that carry no visible text: controls, format characters (soft hyphen, zero-width and directional
 * marks, BOM, word joiners), the combining grapheme joiner, Hangul and Khmer fillers, variation selectors. */
function isInvisible(ch: string): boolean {
  if (CONTROL_OR_FORMAT.test(ch)) return true;
  const cp = ch.codePointAt(0) ?? 0;
  return (
    cp === 0x34f ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

const WHITESPACE = /^\s+$/u;
const COMBINING_MARK = /^\p{M}$/u;

/** Typographic variants that editors, CMSs and reader modes swap freely. */
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2039': "'",
  '\u203a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\ufe58': '-',
  '\ufe63': '-',
  '\uff0d': '-',
};

/** Non-ASCII chunks repeat a lot (curly quotes, accented letters): remember how each one folds. */
const foldCache = new Map<string, string>();

function foldChunk(chunk: string): string {
  const cached = foldCache.get(chunk);
  if (cached !== undefined) return cached;
  let folded = '';
  if (!isInvisible(chunk) && !WHITESPACE.test(chunk)) {
    for (const ch of chunk.normalize('NFKC').toLowerCase()) {
      if (WHITESPACE.test(ch) || isInvisible(ch)) continue;
      folded += PUNCTUATION[ch] ?? ch;
    }
  }
  if (foldCache.size < 10_000) foldCache.set(chunk, folded);
  return folded;
}

/** Length of the chunk starting at i: one code point plus any combining marks that follow it. */
function chunkLength(raw: string, i: number): number {
  const cp = raw.codePointAt(i) ?? 0;
  let j = i + (cp > 0xffff ? 2 : 1);
  while (j < raw.length) {
    const next = raw.codePointAt(j) ?? 0;
    if (next < 0x300 || !COMBINING_MARK.test(String.fromCodePoint(next))) break;
    j += next > 0xffff ? 2 : 1;
  }
  return j - i;
}

/** Growable arrays of the normalized text's code units and, per unit, the raw span it came from. */
class NormalizedBuilder {
  codes: Uint16Array;
  rawStart: Int32Array;
  rawEnd: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.rawStart = new Int32Array(capacity);
    this.rawEnd = new Int32Array(capacity);
  }

  push(code: number, from: number, to: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.rawStart[this.length] = from;
    this.rawEnd[this.length] = to;
    this.length++;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const rawStart = new Int32Array(size);
    const rawEnd = new Int32Array(size);
    codes.set(this.codes);
    rawStart.set(this.rawStart);
    rawEnd.set(this.rawEnd);
    [this.codes, this.rawStart, this.rawEnd] = [codes, rawStart, rawEnd];
  }

  /** The text, decoded in slices (String.fromCharCode takes a bounded number of arguments; apply, not spread, is fast). */
  text(): string {
    const parts: string[] = [];
    for (let at = 0; at < this.length; at += 8192) {
      const slice = this.codes.subarray(at, Math.min(this.length, at + 8192));
      parts.push(String.fromCharCode.apply(null, slice as unknown as number[]));
    }
    return parts.join('');
  }
}

export function normalizeWithMap(raw: string): NormalizedText {
  // Normalized text is rarely longer than the raw text; when a chunk expands ("…" → "..."), the arrays grow.
  const out = new NormalizedBuilder(raw.length + 16);
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (code < 0x80 && !(raw.charCodeAt(i + 1) >= 0x300)) {
      // ASCII fast path (unless a combining mark follows, which NFKC may compose with it): drop whitespace and
      // controls, lower-case letters, unify the backtick.
      if (code > 0x20 && code !== 0x7f) out.push(code >= 0x41 && code <= 0x5a ? code + 32 : code === 0x60 ? 0x27 : code, i, i + 1);
      i++;
      continue;
    }
    const len = chunkLength(raw, i);
    const folded = foldChunk(raw.slice(i, i + len));
    // Code unit by code unit, so that offsets into `text` stay plain string indices.
    for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), i, i + len);
    i += len;
  }
  return { text: out.text(), rawStart: out.rawStart.slice(0, out.length), rawEnd: out.rawEnd.slice(0, out.length), rawLength: raw.length };
}

/** One-entry memo: a page anchors all its annotations against the same text, which we normalize once. */
let memo: { raw: string; norm: NormalizedText } | null = null;

export function normalizeCached(raw: string): NormalizedText {
  if (memo?.raw !== raw) memo = { raw, norm: normalizeWithMap(raw) };
  return memo.norm;
}

/** Only the comparison form, for selector strings. */
export function normalizeString(raw: string): string {
  return normalizeWithMap(raw).text;
}

/** Raw offsets of normalized [start, end); an empty span maps to an empty raw span. */
export function toRawRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.rawStart.length ? norm.rawStart[start]! : norm.rawLength;
    return { start: at, end: at };
  }
  return { start: norm.rawStart[start]!, end: norm.rawEnd[end - 1]! };
}

/** Normalized span of raw [start, end): the normalized characters whose raw source begins inside it. */
export function toNormalizedRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: lowerBound(norm.rawStart, start), end: lowerBound(norm.rawStart, end) };
}

/** First index whose value is >= target (values are non-decreasing). */
export function lowerBound(values: Int32Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Collapses whitespace runs to one space and trims: how selector strings are stored (readable, compact). */
export function collapseWhitespace(raw: string): string {
  return raw.replace(/\s+/gu, ' ').trim();
}
