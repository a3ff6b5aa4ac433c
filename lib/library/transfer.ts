/**
 * Export of a selection and import of a file, as the library does them. Pure (the page downloads and reads
 * files). The library page loads this module when first needed: it holds all of lib/export.
 */
import { exportFileName, parseImport, toClaimReview, toCsv, toMarkdown, type ExportKind, type Library } from '../export';
import { toWebAnnotationsJsonChunks } from '../export/web-annotation';
import { fail, ok, type Result } from '../messages';
import type { Annotation, PageRecord } from '../model/annotation';
import { applyImport } from '../db/import';
import type { GlossDb } from '../db/schema';
import { readStores } from './read';
import { currentLibrary, type LibraryCopy } from './snapshot';
import type { ExportFile, ImportSummary } from './transfer-text';

const MIME: Record<ExportKind, string> = {
  jsonld: 'application/ld+json',
  markdown: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  claimreview: 'application/ld+json',
};

export const GENERATOR = 'Gloss';

/** The pages these annotations are on (sorted by URL, so the same selection gives the same file). */
export function selectionLibrary(annotations: readonly Annotation[], pages: ReadonlyMap<string, PageRecord>): Library {
  const urls = [...new Set(annotations.map((a) => a.pageUrl))].sort();
  return { annotations: [...annotations], pages: urls.map((url) => pages.get(url)).filter((p): p is PageRecord => p !== undefined) };
}

/**
 * The file for `lib` in `kind`. JSON-LD is compact (no indentation: lib/export's toWebAnnotationsJson pretty-prints,
 * which for a 100k-annotation backup is megabytes of spaces). `title` names the file (a page title, "backup"); none gives "library".
 */
export function exportFile(lib: Library, kind: ExportKind, now: Date, title?: string): ExportFile {
  const exportedAt = now.toISOString();
  let parts: string[];
  switch (kind) {
    case 'jsonld':
      // Pushed, not spread: a 100k backup is 200k parts.
      parts = toWebAnnotationsJsonChunks(lib, { exportedAt, generator: GENERATOR });
      parts.push('\n');
      break;
    case 'markdown':
      parts = [toMarkdown(lib)];
      break;
    case 'csv':
      parts = [toCsv(lib)];
      break;
    case 'claimreview':
      parts = [`${JSON.stringify(toClaimReview(lib), null, 2)}\n`];
      break;
  }
  return { fileName: exportFileName(kind, now, title), mimeType: MIME[kind], parts };
}

export function hasQuote(annotation: Annotation): boolean {
  return annotation.selectors.some((s) => s.type === 'TextQuoteSelector' && s.exact.trim() !== '');
}

/**
 * Parses `text` (any format parseImport knows) and writes it in one transaction (lib/db's applyImport);
 * nothing is written on error.
 */
export async function importText(db: GlossDb, text: string, options: { now?: string } = {}): Promise<Result<ImportSummary>> {
  const parsed = parseImport(text, options);
  if (!parsed.ok) return parsed;
  const { format, pages, annotations, warnings } = parsed.value;
  const outcome = await applyImport(db, { pages, annotations }, { annotationsValidated: true });
  if (!outcome.ok) return fail(`Nothing was imported: ${outcome.error}`);
  return ok({
    format,
    total: annotations.length,
    added: outcome.value.added,
    skipped: outcome.value.skipped,
    orphaned: annotations.filter((a) => !hasQuote(a)).length,
    warnings,
  });
}

const chronological = (a: Annotation, b: Annotation) =>
  a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Everything a backup holds, as stored: one `getAll` per store in one read transaction. The stored records go
 * to the export as they are (their extra index field is not written), not copied into 100k new objects first.
 */
export const readBackup = readStores;

/** The backup file of what `readBackup` read (sorts the arrays in place): oldest annotation first, pages by URL. */
export function backupFromLibrary(lib: { annotations: Annotation[]; pages: PageRecord[] }, now: Date): ExportFile {
  lib.annotations.sort(chronological);
  lib.pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return exportFile(lib, 'jsonld', now, 'backup');
}

/**
 * "Back up everything": every page and annotation as it is in the database, oldest first, as compact JSON-LD.
 * `memory` (the library page's loaded copy) is used when the database provably still holds exactly it (see
 * snapshot.ts), otherwise the stores are read. Restoring it with `importText` into an empty profile gives the
 * same library.
 */
export async function backupFile(db: GlossDb, now: Date, memory: LibraryCopy | null = null): Promise<ExportFile> {
  return backupFromLibrary(await currentLibrary(db, memory), now);
}
