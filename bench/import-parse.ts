/**
 * parseImport alone (read, validate, no database) on the library-scale backup, in Node: the part of a restore
 * that lib/export/import owns. The file is made the way the library page's bench hook makes it
 * (entrypoints/library/bench-hook.ts): generateLibrary → backupFromLibrary → fileText. Not wired into run.ts.
 */
import { parseImport } from '../lib/export';
import { generateLibrary } from '../lib/library/sample';
import { backupFromLibrary } from '../lib/library/transfer';
import { fileText } from '../lib/library/transfer-text';
import { median } from './stats';

export interface ImportParseOptions {
  pages?: number;
  annotations?: number;
  seed?: number;
  /** Timed parses of the same text (default 5); the median is reported. */
  runs?: number;
}

export interface ImportParseReport {
  /** Median ms of parseImport over `runs`, and each sample. */
  medianMs: number;
  samplesMs: number[];
  /** Length of the file text (characters ≈ bytes: the JSON is mostly ASCII). */
  chars: number;
  annotations: number;
  pages: number;
}

export function runImportParseBench(options: ImportParseOptions = {}): ImportParseReport {
  const { pages = 10_000, annotations = 100_000, seed = 7, runs = 5 } = options;
  const text = fileText(backupFromLibrary(generateLibrary({ pages, annotations, seed }), new Date('2026-01-01T00:00:00.000Z')));
  const samplesMs: number[] = [];
  let imported = { annotations: 0, pages: 0 };
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = parseImport(text);
    samplesMs.push(performance.now() - start);
    if (!result.ok) throw new Error(`the backup did not import: ${result.error}`);
    imported = { annotations: result.value.annotations.length, pages: result.value.pages.length };
  }
  return { medianMs: median(samplesMs), samplesMs, chars: text.length, ...imported };
}
