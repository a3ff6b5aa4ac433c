/**
 * The last step of every import format: check the converted records against the model's own schemas
 * (lib/model/schema.ts, the same ones storage uses, so whatever is accepted here can be stored), refuse
 * duplicates, give orphaned annotations a page, and return all or nothing.
 */
import type { Annotation, PageRecord } from '../../model/annotation';
import { fail, ok, type Result } from '../../messages';
import { fallbackPage } from '../library';
import { fastAnnotation, fastPageRecord } from './fast-records';
import { summarize, validateEach } from './issues';
import { annotationSchema, pageRecordSchema } from '../../model/schema';

export type ImportFormat = 'gloss' | 'hypothesis' | 'obsidian-clipper';

export interface ImportedLibrary {
  format: ImportFormat;
  pages: PageRecord[];
  annotations: Annotation[];
  /** Things the user should know that did not stop the import (skipped replies, missing titles…). */
  warnings: string[];
}

export interface Candidates {
  format: ImportFormat;
  pages: unknown[];
  annotations: unknown[];
  /** How to name record i in messages: where it is in the file (`annotations[12]`) and its id there. */
  pageAt: (index: number) => string;
  annotationAt: (index: number) => string;
  annotationIdInFile?: (index: number) => unknown;
  /**
   * Annotations the reader already turned into checked model records (fast-records.ts), by index; the same
   * object is in `annotations`. The others are checked here.
   */
  checkedAnnotations?: readonly (Annotation | undefined)[];
  /** Problems an earlier step found (its records are `undefined` here); reported together with ours. */
  problems?: string[];
  warnings: string[];
}

export function finishImport(c: Candidates): Result<ImportedLibrary> {
  const pages = validateEach(pageRecordSchema, c.pages, c.pageAt, undefined, fastPageRecord);
  const annotations = validateEach(
    annotationSchema,
    c.annotations,
    c.annotationAt,
    c.annotationIdInFile,
    (record, index) => c.checkedAnnotations?.[index] ?? fastAnnotation(record),
  );
  const problems = [...(c.problems ?? []), ...(pages.ok ? [] : pages.problems), ...(annotations.ok ? [] : annotations.problems)];
  if (!pages.ok || !annotations.ok || problems.length > 0) return fail(summarize(problems));

  problems.push(
    ...duplicates(
      pages.value.map((p) => p.url),
      c.pageAt,
      'url',
    ),
  );
  problems.push(
    ...duplicates(
      annotations.value.map((a) => a.id),
      c.annotationAt,
      'id',
    ),
  );
  if (problems.length > 0) return fail(summarize(problems));

  const warnings = [...c.warnings];
  const known = new Set(pages.value.map((p) => p.url));
  const added: PageRecord[] = [];
  for (const a of annotations.value) {
    if (known.has(a.pageUrl)) continue;
    known.add(a.pageUrl);
    added.push(fallbackPage(a.pageUrl, a.created, a.updated));
  }
  if (added.length > 0 && c.format === 'gloss') {
    warnings.push(
      `${added.length} page${added.length === 1 ? ' was' : 's were'} missing from the file; they were recreated from their annotations (the URL is used as title).`,
    );
  }
  return ok({ format: c.format, pages: [...pages.value, ...added], annotations: annotations.value, warnings });
}

function duplicates(keys: readonly string[], at: (index: number) => string, field: string): string[] {
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  keys.forEach((key, index) => {
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else problems.push(`${at(index)}.${field}: same ${field} as ${at(first)} (${JSON.stringify(key.slice(0, 80))})`);
  });
  return problems;
}
