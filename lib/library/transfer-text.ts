/** What the library says about exports and imports; kept apart from transfer.ts so the page starts without lib/export. */
import type { ExportKind, ImportFormat } from '../export';

export const EXPORT_LABELS: Record<ExportKind, string> = {
  jsonld: 'W3C Web Annotations (JSON-LD)',
  markdown: 'Markdown',
  csv: 'CSV (spreadsheet)',
  claimreview: 'ClaimReview (schema.org, claims only)',
};

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** The file's text in pieces, to concatenate: a 100k-annotation backup goes to a Blob without ever being one string. */
  parts: readonly string[];
}

/** The whole text of a file (for the clipboard, or a test). */
export function fileText(file: ExportFile): string {
  return file.parts.join('');
}

export interface ImportSummary {
  format: ImportFormat;
  /** Annotations in the file. */
  total: number;
  added: number;
  /** Already in the library (same id, or same page, kind, text and time). */
  skipped: number;
  /**
   * Annotations in the file with no quote selector (or an empty one): nothing to find them by on their page,
   * so they will be listed as orphans there. Counted over the file, added or skipped.
   */
  orphaned: number;
  warnings: string[];
}

export function describeImport(summary: ImportSummary): string {
  const n = (count: number) => count.toLocaleString('en');
  const parts = [
    `${n(summary.added)} added`,
    `${n(summary.skipped)} skipped (already in your library)`,
    `${n(summary.orphaned)} without a quote to anchor`,
  ];
  return `Imported ${n(summary.total)} annotation${summary.total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
