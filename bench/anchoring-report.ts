/** The anchoring benchmark's table: per case, correct / false-anchor / orphan rates of every system. */
import { formatTable } from './table';
import type { AnchoringReport, Tally } from './anchoring';

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(2)}%` : '-');
const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '-');

const rates = (t: Tally): string[] =>
  t.anchors ? [pct(t.correct / t.anchors), pct(t.falseAnchors / t.anchors), pct(t.orphans / t.anchors)] : ['-', '-', '-'];

export function formatAnchoring(report: AnchoringReport): string {
  const { systems } = report;
  const header = ['case', ...systems.flatMap((s) => [`${s.label} ok`, 'false', 'orphan'])];
  const rows = report.cases.map((c) => [c.label, ...systems.flatMap((s) => rates(s.cases[c.key]))]);
  rows.push(['mean over cases', ...systems.flatMap((s) => [pct(s.meanCorrect), pct(s.meanFalseAnchors), ''])]);
  const speed = formatTable(
    ['system', 'median ms', 'p95 ms'],
    systems.map((s) => [s.label, ms(s.medianMs), ms(s.p95Ms)]),
  );
  const gloss = systems.find((s) => s.key === 'gloss');
  const mark = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const goals = gloss
    ? [
        `Goals for Gloss: mean correct ≥ 99% ${mark(report.goals.meanCorrect)}; mean false anchors ≤ 0.2% ` +
          `${mark(report.goals.meanFalseAnchors)}; false anchors ≤ 0.5% in every case ${mark(report.goals.worstCaseFalseAnchors)} ` +
          `(worst ${pct(report.worstCaseFalseAnchors)});`,
        `  deleted orphaned ≥ 99.5% ${mark(report.goals.deletedOrphaned)} (${pct(gloss.deletedOrphaned)}); unchanged 100% ` +
          `${mark(report.goals.unchangedCorrect)}; p95 ≤ 5× Hypothesis-style's ${mark(report.goals.p95VersusHypothesis)} ` +
          `(${report.p95VersusHypothesis.toFixed(1)}×)`,
      ]
    : [];
  const passages = systems[0] ? systems[0].cases.unchanged.anchors : 0;
  return [
    `Anchoring — ${passages} passages (3–60 words) on ${report.pages} article texts of ${report.dataset}, seed ${report.seed}`,
    `(ok = anchored on ≥ 50% of the passage's true span and within ±${report.tolerance} chars of it; for deleted`,
    ' passages ok = orphan; false = highlighted the wrong text; orphan = not anchored;',
    ` ${report.skippedAmbiguous} passage slots skipped: their words and context occur twice in the article)`,
    '',
    formatTable(header, rows),
    '',
    speed,
    '',
    ...goals,
  ].join('\n');
}
