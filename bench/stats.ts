/** Small order statistics for timings. */

/** Linear-interpolated quantile (numpy's default), q in [0, 1]; NaN for no data. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

export interface TimingSummary {
  medianMs: number;
  p95Ms: number;
  totalMs: number;
}

export function summarizeTimes(perPageMs: readonly number[]): TimingSummary {
  return { medianMs: median(perPageMs), p95Ms: p95(perPageMs), totalMs: perPageMs.reduce((a, b) => a + b, 0) };
}
