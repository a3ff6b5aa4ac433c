/**
 * Reads the JSON that Hypothesis' "Export annotations" writes: `{ export_date, export_userid, client_version,
 * annotations: [...] }` (a bare array of API annotations is accepted too). Each annotation becomes a Gloss
 * note: Hypothesis records the reader's own remarks on a passage, with no speaker or claimant, which is what a
 * note is. The comment (`text`) and tags are kept; TextQuote/TextPosition selectors are kept, others (Range,
 * Fragment…) are dropped with a warning because Gloss anchors by quote and position. Replies (annotations with
 * `references`) are skipped with a warning: Gloss has no threads.
 */
import * as v from 'valibot';
import { fail, type Result } from '../../messages';
import { stableUuid } from '../stable-id';
import { finishImport, type ImportedLibrary } from './finish';
import { dateRange, normalizeForeignDate } from './foreign-dates';
import { describeIssue, tooMany } from './issues';
import { isObject, type JsonObject } from './json-shapes';
import { LIMITS } from '../../model/schema';
import { IMPORT_LIMITS } from './limits';

/** Decided on the envelope or the first entry; every entry is then validated and a bad one is named. */
export const isHypothesisExport = (doc: unknown): boolean =>
  (isObject(doc) && Array.isArray(doc.annotations)) || (Array.isArray(doc) && (doc.length === 0 || (isObject(doc[0]) && 'uri' in doc[0])));

const hypothesisAnnotationSchema = v.object({
  id: v.string(),
  uri: v.string(),
  text: v.optional(v.string()),
  tags: v.optional(v.array(v.string())),
  created: v.string(),
  updated: v.optional(v.string()),
  target: v.optional(
    v.array(v.object({ source: v.optional(v.string()), selector: v.optional(v.array(v.looseObject({ type: v.string() }))) })),
  ),
  document: v.optional(v.object({ title: v.optional(v.union([v.string(), v.array(v.string())])) })),
  references: v.optional(v.array(v.string())),
});

type HypothesisAnnotation = v.InferOutput<typeof hypothesisAnnotationSchema>;

export function readHypothesis(doc: unknown): Result<ImportedLibrary> {
  const records: unknown[] = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc.annotations) ? doc.annotations : [];
  if (records.length > IMPORT_LIMITS.maxRecords) return fail(tooMany(records.length, 'annotations', IMPORT_LIMITS.maxRecords));
  const exportDate = isObject(doc) && typeof doc.export_date === 'string' ? doc.export_date : undefined;

  const problems: string[] = [];
  const kept: { record: HypothesisAnnotation; fileIndex: number }[] = [];
  let replies = 0;
  records.forEach((item, index) => {
    const parsed = v.safeParse(hypothesisAnnotationSchema, item);
    if (!parsed.success) {
      for (const issue of parsed.issues) problems.push(describeIssue(`annotations[${index}]`, issue, isObject(item) ? item.id : undefined));
    } else if ((parsed.output.references ?? []).length > 0) {
      replies++;
    } else {
      kept.push({ record: parsed.output, fileIndex: index });
    }
  });
  const dropped = new Map<string, number>();
  const annotations = kept.map(({ record }) => toNote(record, dropped));
  const warnings: string[] = [];
  if (records.length === 0) warnings.push('The file holds no annotations.');
  if (replies > 0) warnings.push(`${replies} repl${replies === 1 ? 'y was' : 'ies were'} skipped: Gloss does not keep discussion threads.`);
  for (const [type, count] of dropped) {
    warnings.push(`${count} ${type}${count === 1 ? ' was' : 's were'} dropped; Gloss finds passages by quote and position.`);
  }
  const pages = pagesOf(
    kept.map((k) => k.record),
    annotations,
    exportDate,
    warnings,
  );
  return finishImport({
    format: 'hypothesis',
    pages,
    annotations,
    pageAt: (i) => `page ${JSON.stringify(String(pages[i]?.url).slice(0, 80))}`,
    annotationAt: (i) => `annotations[${kept[i]?.fileIndex ?? i}]`,
    annotationIdInFile: (i) => kept[i]?.record.id,
    problems,
    warnings,
  });
}

function toNote(h: HypothesisAnnotation, dropped: Map<string, number>): JsonObject {
  const selectors: JsonObject[] = [];
  for (const s of h.target?.[0]?.selector ?? []) {
    if (s.type === 'TextQuoteSelector') {
      selectors.push({ type: s.type, exact: s.exact, prefix: s.prefix ?? '', suffix: s.suffix ?? '' });
    } else if (s.type === 'TextPositionSelector') {
      selectors.push({ type: s.type, start: s.start, end: s.end });
    } else {
      dropped.set(s.type, (dropped.get(s.type) ?? 0) + 1);
    }
  }
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const created = normalizeForeignDate(h.created);
  return {
    id: stableUuid('hypothesis', h.id),
    kind: 'note',
    pageUrl: h.uri,
    exact: typeof quote?.exact === 'string' ? quote.exact : '',
    selectors,
    speaker: null,
    verdict: null,
    sources: [],
    comment: h.text ?? '',
    tags: (h.tags ?? []).map((t) => t.trim()).filter((t) => t !== ''), // Gloss tags are trimmed and non-empty
    created,
    updated: h.updated === undefined ? created : normalizeForeignDate(h.updated),
  };
}

function pagesOf(records: HypothesisAnnotation[], notes: JsonObject[], exportDate: string | undefined, warnings: string[]): JsonObject[] {
  const byUri = new Map<string, { title: string | undefined; dates: unknown[] }>();
  records.forEach((h, i) => {
    const entry = byUri.get(h.uri) ?? { title: undefined, dates: [] };
    const title = Array.isArray(h.document?.title) ? h.document.title[0] : h.document?.title;
    entry.title ??= title?.trim().slice(0, LIMITS.title) || undefined;
    entry.dates.push(notes[i]?.created, notes[i]?.updated);
    byUri.set(h.uri, entry);
  });
  const fallback = String(normalizeForeignDate(exportDate ?? '1970-01-01T00:00:00.000Z'));
  let untitled = 0;
  const pages = [...byUri].map(([uri, { title, dates }]) => {
    if (title === undefined) untitled++;
    const { first, last } = dateRange(dates, fallback);
    return { url: uri, title: title ?? uri, siteName: null, published: null, firstSeen: first, lastSeen: last };
  });
  if (untitled > 0) warnings.push(`${untitled} page${untitled === 1 ? ' has' : 's have'} no title in the file; the URL is used instead.`);
  return pages;
}
