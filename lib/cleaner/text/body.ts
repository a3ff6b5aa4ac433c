/**
 * Step 4: pick the body, the densest contiguous run of content blocks. Each block adds its weight (prose counts
 * up, noise counts down); the run with the highest total wins (maximum subarray), never crossing a hard end
 * such as a copyright footer. Short lines inside the run survive (a one-line quote), noise inside it is dropped.
 */
import type { BlockClass, ScoredBlock } from './types';

export interface BodyRun {
  /** Index of the first and one past the last block of the run in the scored list. */
  start: number;
  end: number;
  /** The blocks kept as the body, in order. */
  blocks: ScoredBlock[];
}

const KEEP_INSIDE: ReadonlySet<BlockClass> = new Set(['good', 'near', 'short', 'heading']);
const KEEP_AT_EDGE: ReadonlySet<BlockClass> = new Set(['good', 'near']);

/** Maximum-sum run of weights; -Infinity weights split the list. */
function bestRun(weights: number[]): { start: number; end: number; total: number } | null {
  let best: { start: number; end: number; total: number } | null = null;
  let start = 0;
  let total = 0;
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || total + w <= 0) {
      start = i + 1;
      total = 0;
      return;
    }
    total += w;
    if (!best || total > best.total) best = { start, end: i + 1, total };
  });
  return best;
}

export function selectBody(blocks: ScoredBlock[]): BodyRun | null {
  const run = bestRun(blocks.map((b) => b.weight));
  if (!run) return null;
  let { start, end } = run;
  while (start < end && !KEEP_AT_EDGE.has(blocks[start]?.cls ?? 'bad')) start++;
  while (end > start && !KEEP_AT_EDGE.has(blocks[end - 1]?.cls ?? 'bad')) end--;
  const kept = blocks.slice(start, end).filter((b) => KEEP_INSIDE.has(b.cls));
  if (!kept.some((b) => b.cls === 'good')) return null;
  return { start, end, blocks: kept };
}
