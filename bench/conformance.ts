/**
 * `npm run bench -- --suites conformance`: how many of the W3C Web Annotation MUST assertions (the Working
 * Group's test set, run by tests/w3c-check.ts) hold on a varied Gloss JSON-LD export: a generated library with,
 * besides its quotes, claims, sources, verdicts, notes and tags, some annotations made by colleagues, some with no
 * selector, and date-times the model accepts without seconds or offset.
 */
import { toWebAnnotations } from '../lib/export';
import { generateLibrary } from '../lib/library/sample';
import type { Annotation } from '../lib/model/annotation';
import { checkCollection, formatConformance, type ConformanceReport } from '../tests/w3c-check';

function variedLibrary() {
  const lib = generateLibrary({ pages: 30, annotations: 300, seed: 7 });
  const annotations = lib.annotations.map((a, i): Annotation => ({
    ...a,
    ...(i % 4 === 0 ? { creator: `desk-member-${i % 3}` } : {}),
    ...(i % 9 === 0 ? { selectors: [] } : {}),
    ...(i % 5 === 0 ? { created: a.created.slice(0, 16), updated: `${a.updated.slice(0, 19)}+0200` } : {}),
  }));
  return { pages: lib.pages, annotations };
}

export function runConformanceBench(): ConformanceReport {
  const doc = toWebAnnotations(variedLibrary(), { exportedAt: '2026-12-07T12:00:00.000Z', generator: 'Gloss bench', readerName: 'reader' });
  return checkCollection(JSON.parse(JSON.stringify(doc)));
}

export const formatConformanceBench = (report: ConformanceReport): string =>
  `W3C Web Annotation conformance (varied export, 300 annotations)\n${formatConformance(report)}`;
