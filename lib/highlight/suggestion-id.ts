/**
 * Suggestion ids: a short hash of the paragraph's text and the span, so the same suggestion gets the same id on
 * every visit (dismissals are remembered by id) and the popup and the reader agree on it.
 */

/** 64-bit FNV-1a over UTF-16 code units, as two 32-bit halves (no BigInt: this runs on every suggestion). */
function fnv1a64(text: string): [number, number] {
  let lo = 0x84222325;
  let hi = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // Multiply (hi, lo) by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, keeping 64 bits.
    const loTimes = lo * 0x1b3;
    const carry = Math.floor(loTimes / 0x100000000);
    const newLo = loTimes >>> 0;
    hi = (Math.imul(hi, 0x1b3) + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = newLo;
  }
  return [hi >>> 0, lo >>> 0];
}

export function suggestionId(paragraph: string, start: number, end: number): string {
  const [hi, lo] = fnv1a64(`${start}:${end}:${paragraph}`);
  return `s-${hi.toString(36)}${lo.toString(36).padStart(7, '0')}`;
}
