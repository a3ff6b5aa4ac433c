/**
 * The attribution benchmark: lib/quotes' findAttributions on our hand-labelled passages
 * (tests/fixtures/attributions/*.json) and on the seed article, scored per kind (quote, claim) and language.
 * Exposed as a module for bench/run.ts; bench/quotes-main.ts runs it alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { explainAttributions, findAttributions, SUGGESTION_THRESHOLD, type Attribution } from '../lib/quotes';
import type { FindAttributions } from './baseline-quotes';
import { addCounts, emptyCounts, matchAttributions, type GoldAttribution, type KindCounts, type MatchPair } from './quotes-metric';
import { median, p95 } from './stats';
import { coverage, f1, formatReliability, namedPrecision, scoreTrust, type TrustScore } from './quotes-trust';

export interface QuotesArticle {
  id: string;
  lang: string;
  paragraphs: string[];
  attributions: GoldAttribution[];
}

export interface KindScore extends KindCounts {
  precision: number;
  recall: number;
  /** Share of matched items whose speaker is the expected full name (case-insensitive, leading article ignored). */
  speakerAccuracy: number;
}

export interface GroupScore {
  articles: number;
  quotes: KindScore;
  claims: KindScore;
  medianMs: number;
  p95Ms: number;
}

export interface ArticleErrors {
  id: string;
  missed: GoldAttribution[];
  spurious: Array<{ kind: string; text: string; speaker: string | null }>;
  wrongSpeaker: Array<{ kind: string; text: string; expected: string | null; found: string | null }>;
}

export interface QuotesReport {
  gold: GroupScore;
  byLanguage: Record<string, GroupScore>;
  seed: GroupScore | null;
  /** Passages written after the rules were tuned (tests/fixtures/attributions/heldout): a check on overfitting. */
  heldout: GroupScore | null;
  /**
   * The first blind set (tests/fixtures/attributions/blind): written by another annotator without seeing the code,
   * scored once untuned, then used as a development set for an error review.
   */
  blind: GroupScore | null;
  /** The second blind set (tests/fixtures/attributions/blind2): scored untuned once, a development set from round 3. */
  blind2: GroupScore | null;
  /** The third blind set (tests/fixtures/attributions/blind3): scored untuned once, a development set from round 4. */
  blind3: GroupScore | null;
  /** The fourth blind set (tests/fixtures/attributions/blind4): scored untuned once, a development set from round 5. */
  blind4: GroupScore | null;
  /** The fifth blind set (tests/fixtures/attributions/blind5): scored untuned once, a development set from 2026-12-07. */
  blind5: GroupScore | null;
  /** Misses on the sets asked for (by default gold, seed and held-out; blind5's are never listed). */
  errors: ArticleErrors[];
  /** What a reader sees, per set: today's finder at SUGGESTION_THRESHOLD next to the baseline showing everything. */
  trust: TrustRow[];
  /** Median ms per article over every set, today's finder and the baseline, timed in the same run. */
  speed: { medianMs: number; baselineMedianMs: number | null };
  /** ms for pages built to make the finder slow (issue 13's hostile inputs), today's finder only. */
  hostile: Array<{ input: string; ms: number }>;
}

/** Pages a hostile site could serve; each must finish within a second (the finder runs on the page's main thread). */
const HOSTILE_INPUTS: ReadonlyArray<{ input: string; paragraphs: () => string[] }> = [
  {
    input: '42,000-character paragraph of unbalanced quotes',
    paragraphs: () => ['“' + 'He said the plan was “good and the team said “it works. '.repeat(750).slice(0, 42_000)],
  },
  {
    input: '10,000 short quotes in one paragraph',
    paragraphs: () => ['He said ' + Array.from({ length: 10_000 }, (_, i) => `“word${i}”`).join(' and ')],
  },
  {
    input: '10,000 paragraphs of short quotes',
    paragraphs: () => Array.from({ length: 10_000 }, (_, i) => `He said “word${i}” and “more${i}”.`),
  },
  {
    input: '1 MB paragraph',
    paragraphs: () => ['The minister said that ' + 'the plan would work and officials said it was fine, '.repeat(20_000)],
  },
];

function timeHostile(): QuotesReport['hostile'] {
  return HOSTILE_INPUTS.map(({ input, paragraphs }) => {
    const text = paragraphs();
    const t0 = performance.now();
    findAttributions(text, { lang: 'en' });
    return { input, ms: performance.now() - t0 };
  });
}

export interface TrustRow {
  set: string;
  /** Whether rules were tuned while looking at this set. */
  tuned: boolean;
  /** Whether the report prints its reliability table (every row prints its calibration error). */
  reliability: boolean;
  articles: number;
  now: TrustScore;
  before: TrustScore | null;
}

/**
 * Sets scored for trust. Every one has been tuned on: blind 6 (written 2026-12-07 before the trust work, scored once
 * untuned) was demoted to a development set on 2026-12-07, with blind 5 and both halves of dev 7 and dev 8. Blind 6
 * still gets its reliability table: its counts came into the calibration only that day. Blind 7 (written
 * 2026-12-07 without seeing the code, scored once before that round's tuning; see its README) is never tuned on
 * and never counted into the calibration.
 */
const TRUST_SETS: ReadonlyArray<{ set: string; dir: string; tuned: boolean; lang?: string; reliability?: boolean }> = [
  { set: 'gold en', dir: '', tuned: true, lang: 'en' },
  { set: 'gold de', dir: '', tuned: true, lang: 'de' },
  { set: 'gold fr (dev)', dir: '', tuned: true, lang: 'fr' },
  { set: 'gold es (dev)', dir: '', tuned: true, lang: 'es' },
  { set: 'held-out', dir: 'heldout', tuned: true },
  { set: 'blind 1-4', dir: 'blind,blind2,blind3,blind4', tuned: true },
  { set: 'blind 5', dir: 'blind5', tuned: true },
  { set: 'blind 6 en', dir: 'blind6', tuned: true, lang: 'en', reliability: true },
  { set: 'blind 6 de', dir: 'blind6', tuned: true, lang: 'de', reliability: true },
  { set: 'blind 6 fr', dir: 'blind6', tuned: true, lang: 'fr', reliability: true },
  { set: 'blind 6 es', dir: 'blind6', tuned: true, lang: 'es', reliability: true },
  { set: 'dev 7', dir: 'dev7', tuned: true },
  { set: 'dev 8', dir: 'dev8', tuned: true },
  { set: 'blind 7 en', dir: 'blind7', tuned: false, lang: 'en' },
  { set: 'blind 7 de', dir: 'blind7', tuned: false, lang: 'de' },
  { set: 'blind 7 fr', dir: 'blind7', tuned: false, lang: 'fr' },
  { set: 'blind 7 es', dir: 'blind7', tuned: false, lang: 'es' },
];

function loadTrustSet(fixturesDir: string, dir: string, lang: string | undefined): QuotesArticle[] {
  const articles = dir.split(',').flatMap((d) => loadGoldArticles(path.join(fixturesDir, d)));
  return lang ? articles.filter((a) => a.lang === lang) : articles;
}

function trustRows(fixturesDir: string, seed: QuotesArticle | null, baseline: FindAttributions | null): TrustRow[] {
  const sets = TRUST_SETS.map((t) => ({ ...t, articles: loadTrustSet(fixturesDir, t.dir, t.lang) }));
  if (seed) sets.splice(2, 0, { set: 'seed article', dir: '', tuned: true, articles: [seed] });
  return sets
    .filter((t) => t.articles.length)
    .map((t) => ({
      set: t.set,
      tuned: t.tuned,
      reliability: t.reliability ?? !t.tuned,
      articles: t.articles.length,
      now: scoreTrust(t.articles, (a) => findAttributions(a.paragraphs, { lang: a.lang }), SUGGESTION_THRESHOLD),
      // The baseline showed every attribution it found.
      before: baseline ? scoreTrust(t.articles, (a) => baseline(a.paragraphs, { lang: a.lang }), 0) : null,
    }));
}

/** Median per-article time over every article, with each finder timed on the same articles in turn. */
function speedOf(articles: readonly QuotesArticle[], baseline: FindAttributions | null, runs: number): QuotesReport['speed'] {
  const timeWith = (find: FindAttributions): number =>
    median(
      articles.map((a) => {
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          find(a.paragraphs, { lang: a.lang });
          times.push(performance.now() - t0);
        }
        return median(times);
      }),
    );
  if (baseline) for (const a of articles) baseline(a.paragraphs, { lang: a.lang });
  return { medianMs: timeWith(findAttributions), baselineMedianMs: baseline ? timeWith(baseline) : null };
}

/** Sets whose misses may be listed (the development sets). blind5 is not one of them: nobody may tune on it. */
export type ErrorSet = 'gold' | 'seed' | 'heldout' | 'blind' | 'blind2' | 'blind3' | 'blind4';
export const ERROR_SETS: readonly ErrorSet[] = ['gold', 'seed', 'heldout', 'blind', 'blind2', 'blind3', 'blind4'];

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const score = (c: KindCounts): KindScore => ({
  ...c,
  precision: ratio(c.matched, c.found),
  recall: ratio(c.matched, c.expected),
  speakerAccuracy: ratio(c.speakerCorrect, c.matched),
});

export function loadGoldArticles(dir: string): QuotesArticle[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Omit<QuotesArticle, 'id'>;
      return { id: file.replace(/\.json$/, ''), lang: data.lang, paragraphs: data.paragraphs, attributions: data.attributions };
    });
}

export function loadSeedArticle(seedPath: string): QuotesArticle | null {
  if (!fs.existsSync(seedPath)) return null;
  const data = JSON.parse(fs.readFileSync(seedPath, 'utf8')) as { paragraphs: string[]; attributions: GoldAttribution[] };
  return { id: path.basename(path.dirname(seedPath)), lang: 'en', paragraphs: data.paragraphs, attributions: data.attributions };
}

/** Median of several runs per article, so one GC pause doesn't decide the timing. */
function timeArticle(article: QuotesArticle, runs: number): { found: Attribution[]; ms: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findAttributions(article.paragraphs, { lang: article.lang });
    times.push(performance.now() - t0);
  }
  // These tables score the rules (every name they find); the trust table scores what the reader is shown.
  return { found: explainAttributions(article.paragraphs, { lang: article.lang }).map((e) => e.attribution), ms: median(times) };
}

function scoreGroup(articles: readonly QuotesArticle[], errors: ArticleErrors[] | null, runs: number): GroupScore {
  const quotes = emptyCounts();
  const claims = emptyCounts();
  const times: number[] = [];
  for (const article of articles) {
    const { found, ms } = timeArticle(article, runs);
    times.push(ms);
    const pairs: MatchPair[] = [];
    const missed: GoldAttribution[] = [];
    const spurious: ArticleErrors['spurious'] = [];
    for (const [kind, counts] of [
      ['quote', quotes],
      ['claim', claims],
    ] as const) {
      const expected = article.attributions.filter((a) => a.kind === kind);
      const got = found.filter((a) => a.kind === kind);
      const m = matchAttributions(expected, got);
      addCounts(counts, expected, got, m.pairs);
      pairs.push(...m.pairs);
      missed.push(...m.missed);
      spurious.push(...m.spurious.map((f) => ({ kind, text: f.text, speaker: f.speaker?.name ?? null })));
    }
    const wrongSpeaker = pairs
      .filter((p) => !p.speakerOk)
      .map((p) => ({
        kind: p.expected.kind,
        text: p.expected.text,
        expected: p.expected.speaker,
        found: p.found.speaker?.name ?? null,
      }));
    if (errors && (missed.length || spurious.length || wrongSpeaker.length))
      errors.push({ id: article.id, missed, spurious, wrongSpeaker });
  }
  return { articles: articles.length, quotes: score(quotes), claims: score(claims), medianMs: median(times), p95Ms: p95(times) };
}

export function runQuotesBench(opts: {
  fixturesDir: string;
  seedPath?: string;
  runs?: number;
  errorSets?: readonly ErrorSet[];
  skipBlind5?: boolean;
  baseline?: FindAttributions | null;
}): QuotesReport {
  const runs = opts.runs ?? 5;
  const listed = new Set(opts.errorSets ?? ['gold', 'seed', 'heldout']);
  const gold = loadGoldArticles(opts.fixturesDir);
  const heldout = loadGoldArticles(path.join(opts.fixturesDir, 'heldout'));
  const blind = loadGoldArticles(path.join(opts.fixturesDir, 'blind'));
  const blind2 = loadGoldArticles(path.join(opts.fixturesDir, 'blind2'));
  const blind3 = loadGoldArticles(path.join(opts.fixturesDir, 'blind3'));
  const blind4 = loadGoldArticles(path.join(opts.fixturesDir, 'blind4'));
  const blind5 = opts.skipBlind5 ? [] : loadGoldArticles(path.join(opts.fixturesDir, 'blind5'));
  const errors: ArticleErrors[] = [];
  const languages = [...new Set(gold.map((a) => a.lang))].sort();
  const seed = opts.seedPath ? loadSeedArticle(opts.seedPath) : null;
  // Warm the JIT on every article first, so the first article timed doesn't carry compilation costs.
  for (const article of seed ? [seed, ...gold] : gold) findAttributions(article.paragraphs, { lang: article.lang });
  if (seed && listed.has('seed')) scoreGroup([seed], errors, runs);
  if (heldout.length && listed.has('heldout')) scoreGroup(heldout, errors, runs);
  if (blind.length && listed.has('blind')) scoreGroup(blind, errors, runs);
  if (blind2.length && listed.has('blind2')) scoreGroup(blind2, errors, runs);
  if (blind3.length && listed.has('blind3')) scoreGroup(blind3, errors, runs);
  if (blind4.length && listed.has('blind4')) scoreGroup(blind4, errors, runs);
  return {
    gold: scoreGroup(gold, listed.has('gold') ? errors : null, runs),
    byLanguage: Object.fromEntries(
      languages.map((lang) => [
        lang,
        scoreGroup(
          gold.filter((a) => a.lang === lang),
          null,
          runs,
        ),
      ]),
    ),
    seed: seed ? scoreGroup([seed], null, runs) : null,
    heldout: heldout.length ? scoreGroup(heldout, null, runs) : null,
    blind: blind.length ? scoreGroup(blind, null, runs) : null,
    blind2: blind2.length ? scoreGroup(blind2, null, runs) : null,
    blind3: blind3.length ? scoreGroup(blind3, null, runs) : null,
    blind4: blind4.length ? scoreGroup(blind4, null, runs) : null,
    blind5: blind5.length ? scoreGroup(blind5, null, runs) : null,
    errors,
    trust: trustRows(opts.fixturesDir, seed, opts.baseline ?? null),
    hostile: timeHostile(),
    speed: speedOf(
      [
        ...gold,
        ...heldout,
        ...blind,
        ...blind2,
        ...blind3,
        ...blind4,
        ...blind5,
        ...loadGoldArticles(path.join(opts.fixturesDir, 'blind6')),
      ],
      opts.baseline ?? null,
      runs,
    ),
  };
}

const pct = (x: number): string => x.toFixed(3);

function row(label: string, g: GroupScore): string[] {
  const kind = (k: KindScore): string =>
    `P ${pct(k.precision)}  R ${pct(k.recall)}  speaker ${pct(k.speakerAccuracy)}  (${k.matched}/${k.expected} expected, ${k.found} found)`;
  return [
    `${label} (${g.articles} articles, ${g.medianMs.toFixed(2)} ms median, ${g.p95Ms.toFixed(2)} ms p95)`,
    `  quotes  ${kind(g.quotes)}`,
    `  claims  ${kind(g.claims)}`,
  ];
}

export function formatQuotes(report: QuotesReport): string {
  const lines = [
    'Attributions found by the rules, every name before calibration (goals: quotes P>=0.95 R>=0.90 speaker>=0.90; claims P>=0.85 R>=0.70; <10 ms/article)',
  ];
  lines.push(...row('gold set', report.gold));
  for (const [lang, g] of Object.entries(report.byLanguage)) lines.push(...row(`  ${lang}`, g).map((l) => `  ${l}`));
  if (report.seed) lines.push(...row('seed article', report.seed));
  else lines.push('seed article: not found, skipped');
  if (report.heldout) lines.push(...row('held-out passages (written after tuning)', report.heldout));
  if (report.blind) lines.push(...row('blind set 1 (used for development since its first run)', report.blind));
  if (report.blind2) lines.push(...row('blind set 2 (used for development from round 3)', report.blind2));
  if (report.blind3) lines.push(...row('blind set 3 (used for development from round 4)', report.blind3));
  if (report.blind4) lines.push(...row('blind set 4 (used for development from round 5)', report.blind4));
  if (report.blind5) lines.push(...row('blind set 5 (development from 2026-12-07)', report.blind5));
  lines.push('', ...formatTrust(report));
  return lines.join('\n');
}

const n3 = (x: number): string => x.toFixed(3);

/** The reader's view per set, today's finder next to the baseline; then calibration on the sets never tuned on. */
export function formatTrust(report: QuotesReport): string[] {
  const lines = [
    `What a reader sees (shown = confidence >= ${SUGGESTION_THRESHOLD}; goals for quotes: named precision >= 0.95, ` +
      'coverage >= 0.65, F1 >= 0.93; "before" = the baseline, which showed everything)',
  ];
  lines.push('  set                  kind    F1 now/before   named precision now/before   coverage now/before');
  for (const r of report.trust) {
    for (const [kind, now, before] of [
      ['quotes', r.now.quotes, r.before?.quotes],
      ['claims', r.now.claims, r.before?.claims],
    ] as const) {
      const pair = (f: (k: typeof now) => number): string => `${n3(f(now))} / ${before ? n3(f(before)) : '  -  '}`;
      lines.push(
        `  ${`${r.set}${r.tuned ? '' : ' *'} (${r.articles})`.padEnd(20)} ${kind.padEnd(7)} ${pair(f1).padEnd(15)} ` +
          `${`${pair(namedPrecision)} (${now.namedRight}/${now.shownNamed})`.padEnd(28)} ${pair(coverage)}`,
      );
    }
  }
  if (report.trust.some((t) => !t.tuned)) lines.push('  * never tuned on');
  lines.push(`  expected calibration error per set: ${report.trust.map((r) => `${r.set} ${n3(r.now.ece)}`).join(', ')}`);
  for (const r of report.trust.filter((t) => t.reliability)) {
    lines.push(`  calibration on ${r.set} (every item found, shown or not; right = a gold span naming nobody falsely)`);
    lines.push(...formatReliability(r.now.reliability, r.now.ece));
  }
  const { medianMs, baselineMedianMs } = report.speed;
  lines.push(
    `  speed: ${medianMs.toFixed(2)} ms median per article (baseline ${baselineMedianMs === null ? 'not measured' : `${baselineMedianMs.toFixed(2)} ms`}, same run; goal < 5 ms)`,
  );
  for (const h of report.hostile) lines.push(`  hostile input: ${h.input}: ${h.ms.toFixed(0)} ms (goal < 1000 ms)`);
  return lines;
}

export function formatQuotesErrors(report: QuotesReport): string {
  const lines: string[] = [];
  for (const e of report.errors) {
    lines.push(`# ${e.id}`);
    for (const m of e.missed) lines.push(`  missed ${m.kind}: ${JSON.stringify(m.text)} (${m.speaker})`);
    for (const s of e.spurious) lines.push(`  spurious ${s.kind}: ${JSON.stringify(s.text)} (${s.speaker})`);
    for (const w of e.wrongSpeaker) lines.push(`  speaker ${w.kind}: ${JSON.stringify(w.text)} expected ${w.expected}, found ${w.found}`);
  }
  return lines.join('\n');
}
