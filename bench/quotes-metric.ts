/**
 * Scoring attributions against a gold set: match found to expected items of the same kind whose texts overlap
 * by at least half their tokens, one-to-one, best overlap first; then precision, recall and speaker accuracy.
 */

export interface GoldAttribution {
  kind: 'quote' | 'claim';
  text: string;
  speaker: string | null;
  cue?: string;
}

export interface FoundAttribution {
  kind: 'quote' | 'claim';
  text: string;
  speaker: { name: string } | null;
}

export interface KindCounts {
  expected: number;
  found: number;
  matched: number;
  speakerCorrect: number;
}

export const emptyCounts = (): KindCounts => ({ expected: 0, found: 0, matched: 0, speakerCorrect: 0 });

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Shared tokens (as a multiset) over the longer item's token count. */
export function tokenOverlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return shared / Math.max(ta.length, tb.length);
}

/** Case, surrounding space and a leading article don't matter: "The US" = "the US", "Die IG Metall" = "IG Metall", "la Fiscalía" = "Fiscalía". */
export function normalizeName(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|der|die|das|den|dem|des|le|la|les|el|los|las) |^l'/u, '');
}

/** "RSF" for "Rapid Support Forces", "the FAA" for "the Federal Aviation Administration": initials of the capitalised words. */
function initials(name: string): string {
  return normalizeName(name)
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:of|and|for|the|on|in|und|für|der|des|de|du|la|le|del|y|et)$/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Whether a found speaker names the gold one: the same name (see normalizeName), or its acronym, which the blind
 * sets' conventions accept as an alias ("The RSF" for "Rapid Support Forces").
 */
export function sameSpeaker(gold: string | null | undefined, found: string | null | undefined): boolean {
  const [g, f] = [normalizeName(gold), normalizeName(found)];
  if (g === f) return true;
  if (!g || !f) return false;
  const acronym = (short: string, long: string): boolean =>
    /^[a-z&.]{2,8}$/u.test(short) && !short.includes(' ') && short.replace(/[.&]/g, '') === initials(long);
  return acronym(f, g) || acronym(g, f);
}

export interface MatchPair {
  expected: GoldAttribution;
  found: FoundAttribution;
  overlap: number;
  speakerOk: boolean;
}

/** One-to-one matching of one article's found items to its expected items, best overlap first. */
export function matchAttributions(
  expected: readonly GoldAttribution[],
  found: readonly FoundAttribution[],
  minOverlap = 0.5,
): { pairs: MatchPair[]; missed: GoldAttribution[]; spurious: FoundAttribution[] } {
  const candidates: Array<{ e: number; f: number; overlap: number }> = [];
  expected.forEach((e, ei) =>
    found.forEach((f, fi) => {
      if (e.kind !== f.kind) return;
      const overlap = tokenOverlap(e.text, f.text);
      if (overlap >= minOverlap) candidates.push({ e: ei, f: fi, overlap });
    }),
  );
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedE = new Set<number>();
  const usedF = new Set<number>();
  const pairs: MatchPair[] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedF.has(c.f)) continue;
    usedE.add(c.e);
    usedF.add(c.f);
    const e = expected[c.e]!;
    const f = found[c.f]!;
    pairs.push({ expected: e, found: f, overlap: c.overlap, speakerOk: sameSpeaker(e.speaker, f.speaker?.name) });
  }
  return {
    pairs,
    missed: expected.filter((_, i) => !usedE.has(i)),
    spurious: found.filter((_, i) => !usedF.has(i)),
  };
}

export function addCounts(
  into: KindCounts,
  expected: readonly GoldAttribution[],
  found: readonly FoundAttribution[],
  pairs: readonly MatchPair[],
): void {
  into.expected += expected.length;
  into.found += found.length;
  into.matched += pairs.length;
  into.speakerCorrect += pairs.filter((p) => p.speakerOk).length;
}
