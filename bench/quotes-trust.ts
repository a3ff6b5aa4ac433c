/**
 * What a reader sees of the attribution finder, scored as a reader would: only what is shown (confidence at or
 * above the threshold) counts. Per kind:
 * - F1 of the shown spans against the gold spans;
 * - named precision: of the shown items that name a speaker, the share whose name is right (a name on a span that
 *   is no attribution at all counts as wrong: the reader sees a false name either way);
 * - coverage: of the gold items, the share shown with the right speaker (an unnamed source shown without a name
 *   is right).
 * And the calibration of `confidence`: an item is right when its span is a gold attribution and it names nobody
 * falsely. Among items at confidence c, about c should be right.
 */
import { matchAttributions, sameSpeaker, type GoldAttribution } from './quotes-metric';

export interface ScoredItem {
  kind: 'quote' | 'claim';
  text: string;
  speaker: { name: string } | null;
  confidence: number;
}

export interface TrustArticle {
  paragraphs: string[];
  lang: string;
  attributions: GoldAttribution[];
}

export interface KindTrust {
  gold: number;
  shown: number;
  matched: number;
  shownNamed: number;
  namedRight: number;
  coveredRight: number;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface TrustScore {
  quotes: KindTrust;
  claims: KindTrust;
  /** Every found item, shown or not, binned by confidence. */
  reliability: ReliabilityBin[];
  /** Expected calibration error: the count-weighted mean gap between confidence and accuracy. */
  ece: number;
}

const emptyKind = (): KindTrust => ({ gold: 0, shown: 0, matched: 0, shownNamed: 0, namedRight: 0, coveredRight: 0 });
export const BIN_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];

export function scoreTrust(
  articles: readonly TrustArticle[],
  find: (article: TrustArticle) => ScoredItem[],
  threshold: number,
): TrustScore {
  const kinds = { quote: emptyKind(), claim: emptyKind() };
  const judged: Array<{ confidence: number; right: boolean }> = [];
  for (const article of articles) {
    const found = find(article);
    for (const kind of ['quote', 'claim'] as const) {
      const gold = article.attributions.filter((a) => a.kind === kind);
      const all = found.filter((a) => a.kind === kind);
      // Calibration over everything found; the reader's figures over what is shown.
      const everything = matchAttributions(gold, all);
      const rightOf = new Map(everything.pairs.map((p) => [p.found, p.found.speaker === null || p.speakerOk]));
      for (const item of all) judged.push({ confidence: item.confidence, right: rightOf.get(item) ?? false });
      const shown = all.filter((a) => a.confidence >= threshold);
      const m = matchAttributions(gold, shown);
      const k = kinds[kind];
      k.gold += gold.length;
      k.shown += shown.length;
      k.matched += m.pairs.length;
      k.shownNamed += shown.filter((a) => a.speaker !== null).length;
      k.namedRight += m.pairs.filter((p) => p.found.speaker !== null && p.speakerOk).length;
      k.coveredRight += m.pairs.filter((p) => sameSpeaker(p.expected.speaker, p.found.speaker?.name)).length;
    }
  }
  const reliability = BIN_EDGES.slice(0, -1).map((from, i) => {
    const to = BIN_EDGES[i + 1]!;
    const inBin = judged.filter((j) => j.confidence >= from && j.confidence < to);
    const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    return {
      from,
      to: Math.min(1, to),
      count: inBin.length,
      meanConfidence: mean(inBin.map((j) => j.confidence)),
      accuracy: mean(inBin.map((j) => (j.right ? 1 : 0))),
    };
  });
  const total = judged.length || 1;
  const ece = reliability.reduce((sum, b) => sum + (b.count / total) * Math.abs(b.meanConfidence - b.accuracy), 0);
  return { quotes: kinds.quote, claims: kinds.claim, reliability, ece };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
export const f1 = (k: KindTrust): number => {
  const p = ratio(k.matched, k.shown);
  const r = ratio(k.matched, k.gold);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
export const namedPrecision = (k: KindTrust): number => ratio(k.namedRight, k.shownNamed);
export const coverage = (k: KindTrust): number => ratio(k.coveredRight, k.gold);

const n3 = (x: number): string => x.toFixed(3);

export function formatReliability(bins: readonly ReliabilityBin[], ece: number): string[] {
  const lines = ['    confidence   items  mean conf  right'];
  for (const b of bins) {
    if (!b.count) continue;
    lines.push(
      `    ${b.from.toFixed(2)}–${b.to.toFixed(2)}  ${String(b.count).padStart(6)}  ${n3(b.meanConfidence).padStart(9)}  ${n3(b.accuracy).padStart(5)}`,
    );
  }
  lines.push(`    expected calibration error ${n3(ece)}`);
  return lines;
}
