/** Dates from other tools, normalized to what Gloss stores (UTC ISO 8601 with milliseconds). */

/** `toISOString()` of the date, or the input unchanged when it is not a date (validation then names it). */
export function normalizeForeignDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/** Earliest and latest of ISO strings that are already normalized (so they compare as text). */
export function dateRange(dates: readonly unknown[], fallback: string): { first: string; last: string } {
  const valid = dates.filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d))).sort();
  return { first: valid[0] ?? fallback, last: valid[valid.length - 1] ?? fallback };
}
