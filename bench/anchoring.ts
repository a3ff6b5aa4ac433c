/**
 * Anchoring benchmark: random passages of the article-extraction-benchmark's article texts, each annotated on
 * one text and re-anchored on an edited copy (cases in anchoring-cases.ts), for Gloss and two reference
 * matchers side by side. Deterministic for a given seed. Only the anchor call is timed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type AnchoringCase, CASES, type CaseKey, foreignParagraphs, MAKE_CASE, pickPassage, splitParagraphs } from './anchoring-cases';
import { ANCHOR_SYSTEMS, type AnchorSystem } from './anchoring-systems';
import { mixSeed, rng, type Span } from './anchoring-text';
import { median, p95 } from './stats';

export interface AnchoringOptions {
  datasetDir: string;
  /** Use only the first n pages (sorted by id); all 181 by default. */
  pages?: number;
  seed?: number;
  /** Passages per page (default 20). */
  spansPerPage?: number;
}

export interface Tally {
  anchors: number;
  correct: number;
  falseAnchors: number;
  orphans: number;
  errors: number;
}

export interface Miss {
  page: string;
  case: CaseKey;
  quote: string;
  truth: string | null;
  got: string | null;
}

export interface SystemResult {
  key: string;
  label: string;
  cases: Record<CaseKey, Tally>;
  /** Rates averaged over the cases (each case weighs the same). */
  meanCorrect: number;
  meanFalseAnchors: number;
  deletedOrphaned: number;
  unchangedCorrect: number;
  medianMs: number;
  p95Ms: number;
  /** A few failures per case, for debugging (Gloss only). */
  misses: Miss[];
}

export interface AnchoringReport {
  dataset: string;
  pages: number;
  passagesPerPage: number;
  /** Passage slots left empty because five draws in a row were ambiguous (see isAmbiguous). */
  skippedAmbiguous: number;
  seed: number;
  /** "correct": anchored on at least half of the passage's true span and nowhere beyond `tolerance` chars of it. */
  tolerance: number;
  cases: { key: CaseKey; label: string }[];
  systems: SystemResult[];
  goals: {
    meanCorrect: boolean;
    meanFalseAnchors: boolean;
    worstCaseFalseAnchors: boolean;
    deletedOrphaned: boolean;
    unchangedCorrect: boolean;
    p95VersusHypothesis: boolean;
  };
  /** Gloss's highest false-anchor rate over the cases, and its p95 time over the Hypothesis-style matcher's. */
  worstCaseFalseAnchors: number;
  p95VersusHypothesis: number;
}

const TOLERANCE = 8;
const MISSES_PER_CASE = 6;

interface Article {
  id: string;
  text: string;
}

function loadArticles(datasetDir: string, limit?: number): Article[] {
  const truth = JSON.parse(readFileSync(path.join(datasetDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const ids = Object.keys(truth).sort();
  return ids.slice(0, limit ?? ids.length).map((id) => ({ id, text: truth[id]?.articleBody ?? '' }));
}

export function isCorrect(got: Span | null, truth: Span | null): boolean {
  if (!truth) return got === null;
  if (!got) return false;
  const overlap = Math.min(got.end, truth.end) - Math.max(got.start, truth.start);
  return overlap >= 0.5 * (truth.end - truth.start) && got.start >= truth.start - TOLERANCE && got.end <= truth.end + TOLERANCE;
}

const emptyTally = (): Tally => ({ anchors: 0, correct: 0, falseAnchors: 0, orphans: 0, errors: 0 });

function runCase(system: AnchorSystem, c: AnchoringCase, times: number[]): { got: Span | null; error: boolean } {
  try {
    const selectors = system.describe(c.before, c.span.start, c.span.end);
    const t0 = performance.now();
    const got = system.anchor(c.after, selectors);
    times.push(performance.now() - t0);
    return { got, error: false };
  } catch {
    return { got: null, error: true };
  }
}

export function runAnchoringBench(opts: AnchoringOptions): AnchoringReport {
  const seed = opts.seed ?? 1;
  const perPage = opts.spansPerPage ?? 20;
  const articles = loadArticles(opts.datasetDir, opts.pages).map((a) => ({ id: a.id, article: splitParagraphs(a.text) }));
  const state = ANCHOR_SYSTEMS.map((system) => ({
    system,
    cases: Object.fromEntries(CASES.map((c) => [c.key, emptyTally()])) as Record<CaseKey, Tally>,
    times: [] as number[],
    misses: [] as Miss[],
  }));

  let skipped = 0;
  articles.forEach(({ id, article }, pageIndex) => {
    const foreign = foreignParagraphs(articles[(pageIndex + 1) % articles.length]!.article);
    for (let n = 0; n < perPage; n++) {
      const passage = pickPassage(article, rng(mixSeed(seed, pageIndex, n)));
      if (!passage) {
        skipped++;
        continue;
      }
      CASES.forEach(({ key }, caseIndex) => {
        const c = MAKE_CASE[key]({ article, passage, foreign, random: rng(mixSeed(seed, pageIndex, n, caseIndex + 1)) });
        for (const s of state) {
          const { got, error } = runCase(s.system, c, s.times);
          const tally = s.cases[key];
          tally.anchors++;
          if (error) tally.errors++;
          const ok = isCorrect(got, c.truth);
          if (ok) tally.correct++;
          if (got === null) tally.orphans++;
          else if (!ok) tally.falseAnchors++;
          if (!ok && s.system.key === 'gloss' && s.misses.filter((m) => m.case === key).length < MISSES_PER_CASE) {
            s.misses.push({
              page: id,
              case: key,
              quote: c.before.slice(c.span.start, c.span.end),
              truth: c.truth && c.after.slice(c.truth.start, c.truth.end),
              got: got && c.after.slice(got.start, got.end),
            });
          }
        }
      });
    }
  });

  const systems = state.map(({ system, cases, times, misses }): SystemResult => {
    const rate = (k: CaseKey, f: (t: Tally) => number): number => (cases[k].anchors ? f(cases[k]) / cases[k].anchors : Number.NaN);
    const mean = (f: (t: Tally) => number): number => CASES.reduce((sum, c) => sum + rate(c.key, f), 0) / CASES.length;
    return {
      key: system.key,
      label: system.label,
      cases,
      meanCorrect: mean((t) => t.correct),
      meanFalseAnchors: mean((t) => t.falseAnchors),
      deletedOrphaned: rate('deleted', (t) => t.orphans),
      unchangedCorrect: rate('unchanged', (t) => t.correct),
      medianMs: median(times),
      p95Ms: p95(times),
      misses,
    };
  });
  const gloss = systems.find((s) => s.key === 'gloss')!;
  const hypothesis = systems.find((s) => s.key === 'hypothesisStyle')!;
  const worstCaseFalseAnchors = Math.max(...CASES.map((c) => gloss.cases[c.key].falseAnchors / Math.max(1, gloss.cases[c.key].anchors)));
  const p95VersusHypothesis = gloss.p95Ms / hypothesis.p95Ms;
  return {
    dataset: opts.datasetDir,
    pages: articles.length,
    passagesPerPage: perPage,
    skippedAmbiguous: skipped,
    seed,
    tolerance: TOLERANCE,
    cases: CASES.map((c) => ({ ...c })),
    systems,
    worstCaseFalseAnchors,
    p95VersusHypothesis,
    goals: {
      meanCorrect: gloss.meanCorrect >= 0.99,
      meanFalseAnchors: gloss.meanFalseAnchors <= 0.002,
      worstCaseFalseAnchors: worstCaseFalseAnchors <= 0.005,
      deletedOrphaned: gloss.deletedOrphaned >= 0.995,
      unchangedCorrect: gloss.unchangedCorrect === 1,
      p95VersusHypothesis: p95VersusHypothesis <= 5,
    },
  };
}

export { formatAnchoring } from './anchoring-report';
