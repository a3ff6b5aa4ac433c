/**
 * How much of a remembered context string is still found near a candidate. Context is "fuzzy" on purpose: the
 * words just before a passage may now sit behind a caption or an ad line (live page) or have lost one (reader
 * view), so we look for the best local alignment inside a window rather than demanding adjacency.
 */

const MATCH = 1;
const MISMATCH = -2;
const GAP = -2;

/**
 * Smith–Waterman score of the best local alignment between `pattern` and `text`: roughly the number of
 * characters of `pattern` found in order in `text`, minus a penalty for every edit. Random English text scores
 * a handful (common trigrams); a surviving context scores close to its length. With `driftCost`, an alignment
 * also loses that much per character between its end and the end of `text` (context that moved away from the
 * passage is weaker evidence than context right next to it).
 */
export function localAlignmentScore(pattern: string, text: string, driftCost = 0): number {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return 0;
  let prev = new Int32Array(m + 1);
  let curr = new Int32Array(m + 1);
  let best = 0;
  let driftedBest = 0;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    curr[0] = 0;
    for (let i = 1; i <= m; i++) {
      const diagonal = prev[i - 1]! + (pattern.charCodeAt(i - 1) === c ? MATCH : MISMATCH);
      const up = curr[i - 1]! + GAP;
      const left = prev[i]! + GAP;
      const score = Math.max(0, diagonal, up, left);
      curr[i] = score;
      if (score > best) best = score;
    }
    if (driftCost > 0) {
      // Only alignments that end here count, minus what it costs to drift from here to the end of `text`.
      let column = 0;
      for (let i = 1; i <= m; i++) if (curr[i]! > column) column = curr[i]!;
      const drifted = column - driftCost * (text.length - 1 - j);
      if (drifted > driftedBest) driftedBest = drifted;
    }
    const swap = prev;
    prev = curr;
    curr = swap;
  }
  return driftCost > 0 ? driftedBest : best;
}

/** Length of the longest common suffix of a and b (a cheap exact-context test). */
export function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Length of the longest common prefix of a and b. */
export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

export function reverse(text: string): string {
  return text.split('').reverse().join('');
}

/** Levenshtein distance (two rows; callers keep both strings short). */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  let prev = Array.from({ length: a.length + 1 }, (_, i) => i);
  let curr = new Array<number>(a.length + 1).fill(0);
  for (let j = 1; j <= b.length; j++) {
    curr[0] = j;
    const c = b.charCodeAt(j - 1);
    for (let i = 1; i <= a.length; i++) {
      curr[i] = Math.min(prev[i - 1]! + (a.charCodeAt(i - 1) === c ? 0 : 1), prev[i]! + 1, curr[i - 1]! + 1);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[a.length]!;
}

/**
 * Best score of an alignment that starts at the beginning of both `pattern` and `text` (no restart, unlike
 * localAlignmentScore): how far the context agrees *from the passage's edge outwards*. Context found only a
 * few words away, with something else right next to the passage, scores low here.
 */
export function anchoredAlignmentScore(pattern: string, text: string): number {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return 0;
  let prev = Int32Array.from({ length: m + 1 }, (_, i) => GAP * i);
  let curr = new Int32Array(m + 1);
  let best = 0;
  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    curr[0] = GAP * j;
    for (let i = 1; i <= m; i++) {
      const score = Math.max(prev[i - 1]! + (pattern.charCodeAt(i - 1) === c ? MATCH : MISMATCH), curr[i - 1]! + GAP, prev[i]! + GAP);
      curr[i] = score;
      if (score > best) best = score;
    }
    [prev, curr] = [curr, prev];
  }
  return best;
}
