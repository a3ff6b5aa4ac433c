/**
 * Limits on what an import accepts as a whole. They are sized so a full backup of a big library restores
 * (100,000 annotations on 10,000 pages is ~80 MB of compact JSON-LD, see bench/library-scale.ts), with room to
 * spare; a hostile or broken file that exceeds them is refused before it can exhaust memory or flood the UI.
 * Per-field caps (string lengths, tags, sources) are the model's: LIMITS in lib/model/schema.ts.
 */
export const IMPORT_LIMITS = {
  /** Characters of file text (≈ bytes for JSON, which is mostly ASCII). */
  maxTextLength: 256 * 1024 * 1024,
  /** Annotations (or highlights) per file; exactly this many is accepted. */
  maxRecords: 1_000_000,
  maxPages: 1_000_000,
  /** Problems listed in one error message; the rest are counted. */
  maxReportedIssues: 5,
} as const;
