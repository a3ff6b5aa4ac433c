/**
 * A word diff between an annotation's stored wording and what the page says now, for "changed on the page": the
 * longest common subsequence of words, so a reader sees exactly which words went and came. Quotes are short; the
 * table is capped (MAX_WORDS a side), and anything longer is shown as one removal and one addition.
 */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

const MAX_WORDS = 400;
// Chinese, Japanese and Thai write no spaces between words: there a character is the unit a reader compares.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const words = (text: string): string[] => {
  const spaced = text.split(/\s+/).filter((w) => w !== '');
  return spaced.some((w) => w.length > 1 && UNSPACED.test(w)) ? spaced.flatMap((w) => (UNSPACED.test(w) ? Array.from(w) : [w])) : spaced;
};

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS)
    return merge([
      { kind: 'removed', text: a.join(' ') },
      { kind: 'added', text: b.join(' ') },
    ]);
  // lcs[i][j]: common words of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i++]! });
      j++;
    }
    // What went before what came, as a reader reads a correction.
    else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) parts.push({ kind: 'removed', text: a[i++]! });
    else parts.push({ kind: 'added', text: b[j++]! });
  }
  return merge(parts);
}

/** Neighbouring parts of the same kind as one part ("the new plan" rather than three). */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out.at(-1);
    if (last?.kind === part.kind)
      last.text += UNSPACED.test(part.text.at(0) ?? '') && UNSPACED.test(last.text.at(-1) ?? '') ? part.text : ` ${part.text}`;
    else out.push({ ...part });
  }
  return out;
}

/**
 * Whether two wordings differ beyond spacing, quote marks and the comma, colon or semicolon a selection may take
 * along. A question mark for a full stop, a minus sign or a per cent sign are changes of meaning: they count.
 */
export function wordingDiffers(stored: string, current: string): boolean {
  const fold = (s: string): string =>
    s
      .normalize('NFKC')
      .replace(/[“”„«»]/g, '"')
      .replace(/[‘’‚‹›]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[\s“”„«»"‘’‚‹›']+|[\s“”„«»"‘’‚‹›',;:]+$/gu, '');
  return fold(stored) !== fold(current);
}
