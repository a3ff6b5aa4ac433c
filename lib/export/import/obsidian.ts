/**
 * Reads Obsidian Web Clipper's "Export highlights" JSON. As its exporter writes it (obsidianmd/obsidian-clipper,
 * src/utils/highlighter export): an array of pages `{ url, highlights: [{ text, timestamp?, color?, notes?,
 * comment? }] }`, where `text` is the highlighted HTML fragment, `timestamp` an ISO date, `notes` the user's
 * notes (older versions wrote only `text` and `timestamp`). There are no page titles and no positions.
 *
 * Each highlight becomes a Gloss note whose selector is a TextQuoteSelector on the highlight's plain text
 * (anchoring finds it by quote); notes become the comment. Colors are not kept (Gloss has none). Highlights with
 * no text (an image) are skipped with a warning.
 */
import * as v from 'valibot';
import { fail, type Result } from '../../messages';
import { stableUuid } from '../stable-id';
import { finishImport, type ImportedLibrary } from './finish';
import { dateRange, normalizeForeignDate } from './foreign-dates';
import { htmlToText } from './html-text';
import { describeIssue, tooMany } from './issues';
import { isObject, type JsonObject } from './json-shapes';
import { IMPORT_LIMITS } from './limits';

/** Decided on the first entry; every entry is then validated, so a bad one is named rather than unrecognized. */
export const isObsidianExport = (doc: unknown): doc is unknown[] => Array.isArray(doc) && isObject(doc[0]) && 'highlights' in doc[0];

const highlightSchema = v.object({
  text: v.string(),
  timestamp: v.optional(v.string()),
  notes: v.optional(v.array(v.string())),
  comment: v.optional(v.string()),
});

const pageSchema = v.object({ url: v.string(), highlights: v.array(v.unknown()) });

export function readObsidian(doc: unknown[], now: string): Result<ImportedLibrary> {
  const count = doc.reduce<number>((n, page) => n + (isObject(page) && Array.isArray(page.highlights) ? page.highlights.length : 0), 0);
  if (count > IMPORT_LIMITS.maxRecords) return fail(tooMany(count, 'highlights', IMPORT_LIMITS.maxRecords));

  const problems: string[] = [];
  const annotations: JsonObject[] = [];
  const where: string[] = [];
  const pages: JsonObject[] = [];
  let imageOnly = 0;
  let undated = 0;
  doc.forEach((item, pageIndex) => {
    const page = v.safeParse(pageSchema, item);
    if (!page.success) {
      for (const issue of page.issues) problems.push(describeIssue(`[${pageIndex}]`, issue));
      return;
    }
    const { url, highlights } = page.output;
    const before = annotations.length;
    highlights.forEach((raw, index) => {
      const at = `[${pageIndex}].highlights[${index}]`;
      const parsed = v.safeParse(highlightSchema, raw);
      if (!parsed.success) {
        for (const issue of parsed.issues) problems.push(describeIssue(at, issue));
        return;
      }
      const h = parsed.output;
      const exact = htmlToText(h.text);
      if (exact === '') {
        imageOnly++;
        return;
      }
      if (h.timestamp === undefined) undated++;
      const date = normalizeForeignDate(h.timestamp ?? now);
      where.push(at);
      annotations.push({
        id: stableUuid('obsidian-clipper', `${url}\n${index}\n${h.text}`),
        kind: 'note',
        pageUrl: url,
        exact,
        selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
        speaker: null,
        verdict: null,
        sources: [],
        comment: h.notes && h.notes.length > 0 ? h.notes.join('\n\n') : (h.comment ?? ''),
        tags: [],
        created: date,
        updated: date,
      });
    });
    if (annotations.length === before) return; // nothing imported from this page
    const dates = annotations.slice(before).map((a) => a.created);
    const { first, last } = dateRange(dates, normalizeForeignDate(now) as string);
    pages.push({ url, title: url, siteName: null, published: null, firstSeen: first, lastSeen: last });
  });
  const warnings = ['Obsidian Web Clipper exports carry no page titles; the URL is used as title.'];
  if (imageOnly > 0) warnings.push(`${imageOnly} highlight${imageOnly === 1 ? '' : 's'} without text (images) skipped.`);
  if (undated > 0) warnings.push(`${undated} highlight${undated === 1 ? ' has' : 's have'} no date; dated to the import.`);
  const merged = mergeSameUrl(pages);
  return finishImport({
    format: 'obsidian-clipper',
    pages: merged,
    annotations,
    pageAt: (i) => `page ${JSON.stringify(String(merged[i]?.url).slice(0, 80))}`,
    annotationAt: (i) => where[i] ?? `highlights[${i}]`,
    problems,
    warnings,
  });
}

/** The same URL can appear twice (before and after normalization on their side); keep one page. */
function mergeSameUrl(pages: JsonObject[]): JsonObject[] {
  const byUrl = new Map<unknown, JsonObject>();
  for (const page of pages) {
    const seen = byUrl.get(page.url);
    if (!seen) byUrl.set(page.url, page);
    else {
      seen.firstSeen = [seen.firstSeen, page.firstSeen].sort()[0];
      seen.lastSeen = [seen.lastSeen, page.lastSeen].sort()[1];
    }
  }
  return [...byUrl.values()];
}
