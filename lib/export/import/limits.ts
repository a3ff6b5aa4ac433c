/**
 * Limits on what an import accepts as a whole. A backup of years of reading stays far below them; a hostile or
 * broken file that exceeds them is refused before it can exhaust memory or flood the UI. Per-field caps (string
 * lengths, tags, sources) are the model's: LIMITS in lib/model/schema.ts.
 */
export const IMPORT_LIMITS = {
  /** Characters of file text (≈ bytes for JSON, which is mostly ASCII). */
  maxTextLength: 50 * 1024 * 1024,
  /** Annotations (or highlights) per file; exactly this many is accepted. */
  maxRecords: 100_000,
  maxPages: 100_000,
  /** Problems listed in one error message; the rest are counted. */
  maxReportedIssues: 5,
} as const;
