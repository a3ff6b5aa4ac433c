/**
 * Writing an import: all or nothing. Every record is validated first (a bad one names itself and nothing is
 * written); then everything goes in ONE transaction, so a failure halfway leaves the database exactly as it was.
 * An annotation is a duplicate (skipped) when its id is already there, or when one with the same page, kind,
 * exact text and creation time is (the same annotation exported twice under different ids).
 */
import * as v from 'valibot';
import { fail, ok, type Result } from '../messages';
import type { Annotation, PageRecord } from '../model/annotation';
import { annotationSchema, describeIssues, pageRecordSchema } from '../model/schema';
import { recordUses } from './annotations';
import { bareRecord, putPage } from './pages';
import { toStored, type GlossDb, type WriteTx } from './schema';
import { inWriteTx } from './transaction';
import { normalizePageUrl } from './url';

export interface ImportData {
  pages: readonly PageRecord[];
  annotations: readonly Annotation[];
}

export interface ImportOutcome {
  added: number;
  skipped: number;
}

function validateAll<T>(schema: v.GenericSchema<unknown, T>, items: readonly unknown[], label: string): Result<T[]> {
  const parsed: T[] = [];
  for (const [index, item] of items.entries()) {
    const result = v.safeParse(schema, item);
    if (!result.success) return fail(`${label}[${index}] ${describeIssues(result.issues)}`);
    parsed.push(result.output);
  }
  return ok(parsed);
}

const signature = (a: Pick<Annotation, 'pageUrl' | 'kind' | 'exact' | 'created'>) => JSON.stringify([a.pageUrl, a.kind, a.exact, a.created]);

/** Signatures of what is on a page, read once per page and kept up to date as the import adds to it. */
function signatureCache(tx: WriteTx) {
  const byPage = new Map<string, Set<string>>();
  return async (pageUrl: string): Promise<Set<string>> => {
    let known = byPage.get(pageUrl);
    if (!known) {
      known = new Set((await tx.objectStore('annotations').index('byPage').getAll(pageUrl)).map(signature));
      byPage.set(pageUrl, known);
    }
    return known;
  };
}

export async function applyImport(db: GlossDb, data: ImportData): Promise<Result<ImportOutcome>> {
  const pages = validateAll(pageRecordSchema, data.pages, 'pages');
  if (!pages.ok) return pages;
  const annotations = validateAll(annotationSchema, data.annotations, 'annotations');
  if (!annotations.ok) return annotations;

  return inWriteTx(db, async (tx) => {
    for (const page of pages.value) await putPage(tx, page);
    const store = tx.objectStore('annotations');
    const signaturesOn = signatureCache(tx);
    let added = 0;
    for (const incoming of annotations.value) {
      const annotation: Annotation = { ...incoming, pageUrl: normalizePageUrl(incoming.pageUrl) };
      const onPage = await signaturesOn(annotation.pageUrl);
      if (onPage.has(signature(annotation)) || (await store.getKey(annotation.id)) !== undefined) continue;
      await store.put(toStored(annotation));
      onPage.add(signature(annotation));
      await putPage(tx, bareRecord(annotation.pageUrl, annotation.created, annotation.updated));
      await recordUses(tx, annotation, undefined, annotation.updated);
      added += 1;
    }
    return ok({ added, skipped: annotations.value.length - added });
  });
}
