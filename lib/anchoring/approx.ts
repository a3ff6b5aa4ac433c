/**
 * Approximate string matching for anchoring: Myers' bit-vector algorithm (G. Myers, "A Fast Bit-Vector
 * Algorithm for Approximate String Matching Based on Dynamic Programming", 1999), in blocks of 32 pattern
 * characters, after the approx-string-match package (MIT, Robert Knight) whose results it reproduces.
 *
 * Why not that package: it finds a start for every match end, by a second search over about a pattern's length
 * of text. On repetitive text (a page of 'aaaa…', a repeated table row) every position is a match end, so that
 * is the pattern's length in work per character of the page: minutes on 2 MB. Here one pass over the text hands
 * each end of a best match to a collector that keeps only the few the caller will use (the first, or those
 * nearest a position), and starts are found for those alone. Like the package, only the matches with the fewest
 * errors are reported.
 */

const W = 32;

interface CompiledPattern {
  length: number;
  /** Index of the last 32-character block. */
  lastBlock: number;
  /** Per character code: bit i of block b set where pattern[32b + i] is that character. */
  peq: Map<number, Uint32Array>;
  ascii: Uint32Array[];
  none: Uint32Array;
  lastRowMask: Uint32Array;
}

function compile(pattern: string): CompiledPattern {
  const lastBlock = Math.ceil(pattern.length / W) - 1;
  const none = new Uint32Array(lastBlock + 1);
  const peq = new Map<number, Uint32Array>();
  const ascii: Uint32Array[] = new Array<Uint32Array>(256).fill(none);
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let bits = peq.get(code);
    if (!bits) {
      bits = new Uint32Array(lastBlock + 1);
      peq.set(code, bits);
      if (code < 256) ascii[code] = bits;
    }
    bits[(i / W) | 0]! |= 1 << (i % W);
  }
  const lastRowMask = new Uint32Array(lastBlock + 1).fill(1 << 31);
  lastRowMask[lastBlock] = 1 << ((pattern.length - 1) % W);
  return { length: pattern.length, lastBlock, peq, ascii, none, lastRowMask };
}

const oneIfNotZero = (n: number): number => ((n | -n) >> 31) & 1;

/** One block of one text column (Fig. 8 of the paper); returns the horizontal delta out of the block. */
function advanceBlock(P: Uint32Array, M: Uint32Array, lastRowMask: number, eqBits: number, b: number, hIn: number): number {
  let pV = P[b]!;
  let mV = M[b]!;
  const hInIsNegative = hIn >>> 31;
  const eq = eqBits | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = oneIfNotZero(pH & lastRowMask) - oneIfNotZero(mH & lastRowMask);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  P[b] = pV;
  M[b] = mV;
  return hOut;
}

/**
 * Calls `onMatch(end, errors)` for every end in text[from, to) of a match with at most `maxErrors` errors, the
 * error bound ratcheting down to the best found so far (so a call with fewer errors than the previous one means
 * the earlier ends are no longer best). Block-based search, Fig. 9 of the paper. Linear in the text.
 */
function scanMatchEnds(
  text: string,
  pattern: CompiledPattern,
  maxErrors: number,
  from: number,
  to: number,
  onMatch: (end: number, errors: number) => void,
): void {
  const { lastBlock, peq, ascii, none, lastRowMask } = pattern;
  let bound = Math.min(maxErrors, pattern.length);
  const P = new Uint32Array(lastBlock + 1);
  const M = new Uint32Array(lastBlock + 1);
  const score = new Uint32Array(lastBlock + 1);
  let y = Math.max(0, Math.ceil(bound / W) - 1);
  for (let b = 0; b <= y; b++) {
    score[b] = (b + 1) * W;
    P[b] = ~0;
    M[b] = 0;
  }
  score[lastBlock] = pattern.length;
  for (let j = from; j < to; j++) {
    const code = text.charCodeAt(j);
    const bits = code < 256 ? ascii[code]! : (peq.get(code) ?? none);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(P, M, lastRowMask[b]!, bits[b]!, b, carry);
      score[b]! += carry;
    }
    if (score[y]! - carry <= bound && y < lastBlock && ((bits[y + 1]! & 1) !== 0 || carry < 0)) {
      y += 1;
      P[y] = ~0;
      M[y] = 0;
      const blockRows = y === lastBlock ? pattern.length % W || W : W;
      score[y] = score[y - 1]! + blockRows - carry + advanceBlock(P, M, lastRowMask[y]!, bits[y]!, y, carry);
    } else {
      while (y > 0 && score[y]! >= bound + W) y -= 1;
    }
    if (y === lastBlock && score[y]! <= bound) {
      bound = score[y]!;
      onMatch(j + 1, bound);
    }
  }
}

/**
 * Where the longest best match of `pattern` ending at `end` with `errors` errors starts, no earlier than `lo`
 * (searched backwards).
 */
function matchStart(text: string, reversedPattern: CompiledPattern, lo: number, end: number, errors: number): number {
  const from = Math.max(lo, end - reversedPattern.length - errors);
  const reversed = reverse(text.slice(from, end));
  let longest = 0;
  scanMatchEnds(reversed, reversedPattern, errors, 0, reversed.length, (at) => {
    longest = at;
  });
  return end - longest;
}

const reverse = (s: string): string => s.split('').reverse().join('');

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Collects the ends worth finding a start for; reset whenever a match with fewer errors turns up. */
interface EndCollector {
  add(end: number): void;
  reset(): void;
  ends(): number[];
  /** Best-match ends seen in all (kept or not). */
  seen(): number;
}

/** The first `limit` ends at least `spacing` apart (one per place: a real occurrence shows up as a cluster). */
function spacedEnds(limit: number, spacing: number): EndCollector {
  let kept: number[] = [];
  let count = 0;
  return {
    add(end) {
      count++;
      const last = kept[kept.length - 1];
      if (kept.length < limit && (last === undefined || end - last >= spacing)) kept.push(end);
    },
    reset() {
      kept = [];
      count = 0;
    },
    ends: () => kept,
    seen: () => count,
  };
}

/**
 * All ends when there are at most `limit`; otherwise about `2 * limit` around `near` by the estimate
 * end - length (enough to hold the `limit` nearest by exact start), or the first `limit` without `near`.
 */
function endsNear(near: number | undefined, length: number, limit: number): EndCollector {
  let before: number[] = [];
  let after: number[] = [];
  let count = 0;
  return {
    add(end) {
      count++;
      if (near !== undefined && end - length <= near) {
        before.push(end);
        if (before.length > 2 * limit) before = before.slice(-limit);
      } else if (after.length < (near === undefined ? limit : 2 * limit)) after.push(end);
    },
    reset() {
      before = [];
      after = [];
      count = 0;
    },
    ends: () => (count <= limit ? [...before, ...after] : [...before.slice(-limit), ...after.slice(0, limit)]),
    seen: () => count,
  };
}

/** The matches for the ends `collector` keeps, in text order. */
function collect(text: string, pattern: string, maxErrors: number, from: number, to: number, collector: EndCollector): ApproxMatch[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (pattern.length === 0 || hi <= lo) return [];
  let best = Infinity;
  scanMatchEnds(text, compile(pattern), maxErrors, lo, hi, (end, errors) => {
    if (errors < best) collector.reset();
    best = errors;
    collector.add(end);
  });
  const ends = collector.ends();
  if (ends.length === 0) return [];
  const reversed = compile(reverse(pattern));
  return ends.map((end) => ({ start: matchStart(text, reversed, lo, end, best), end, errors: best }));
}

/** The best matches of `pattern` in text[from, to): the first `limit` of them at least `spacing` apart. */
export function spacedMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
  limit: number,
  spacing: number,
): ApproxMatch[] {
  return collect(text, pattern, maxErrors, from, to, spacedEnds(limit, spacing));
}

/**
 * The best matches of `pattern` in text[from, to): all of them in text order when there are at most `limit`;
 * otherwise the `limit` whose start is nearest `near` (nearest first), or the first `limit` without `near`.
 */
export function matchesNear(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
  near: number | undefined,
  limit: number,
): ApproxMatch[] {
  const collector = endsNear(near, pattern.length, limit);
  const found = collect(text, pattern, maxErrors, from, to, collector);
  if (collector.seen() <= limit) return found;
  if (near === undefined) return found.slice(0, limit);
  return found.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near)).slice(0, limit);
}
