/**
 * valibot schemas for the shared model (lib/model/annotation.ts): everything that crosses a trust boundary
 * (messages from content scripts, imported files) is parsed with these before it reaches storage.
 * `v.object` drops unknown keys, so a parsed value holds only the model's fields.
 */
import * as v from 'valibot';
import {
  ANNOTATION_KINDS,
  STANCES,
  VERDICTS,
  type Annotation,
  type PageRecord,
  type Selector,
  type Source,
  type Speaker,
} from './annotation';

import { LIMITS } from './limits';

export { LIMITS };

// The patterns and predicates below are exported for lib/export/import/fast-records.ts, which must accept
// exactly what these schemas accept (a faster check for the common case, same rules).
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Date-time with seconds optional, fractions optional, offset optional (the cleaner keeps local times as written). */
export const ISO_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;

/**
 * A calendar date that exists (rejects Feb 30), checked on the date part only. Runs for every date of every
 * imported record (200k+ in a big backup), so the usual "YYYY-MM-DD…" shape is checked with arithmetic; any
 * other text takes the Date-based rule, which is the definition (tests/unit/import-fast-path.test.ts compares).
 */
export function isRealDate(text: string): boolean {
  if (!hasDateShape(text)) return isRealDateByDate(text);
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  // Date.UTC reads years 0-99 as 1900-1999, so the Date-based rule never accepts them; neither do we.
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[m - 1] ?? 0));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

function hasDateShape(text: string): boolean {
  for (const i of DATE_DIGITS) if (!isDigitAt(text, i)) return false;
  return text.charCodeAt(4) === 0x2d && text.charCodeAt(7) === 0x2d;
}

function digits(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
}

/** The definition of a real date, for text that is not shaped "YYYY-MM-DD…". Exported for the tests. */
export function isRealDateByDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** ISO 8601 date-time ("2026-03-14T09:30:00.000Z"), as `Date.prototype.toISOString` writes. */
export const isoDateTimeSchema = v.pipe(
  v.string(),
  v.regex(ISO_DATE_TIME, 'expected an ISO 8601 date-time like 2026-03-14T09:30:00Z'),
  v.check(isRealDate, 'not a real calendar date'),
);

/** ISO 8601 date ("2026-03-14") or date-time. */
export const isoDateOrDateTimeSchema = v.pipe(
  v.string(),
  v.check((s) => ISO_DATE.test(s) || ISO_DATE_TIME.test(s), 'expected an ISO 8601 date (YYYY-MM-DD) or date-time'),
  v.check(isRealDate, 'not a real calendar date'),
);

export function parsesAsUrl(text: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Schemes that run or embed code when a URL is opened: never a page identity, never a link in Gloss's UI. */
const SCRIPT_SCHEMES = ['javascript:', 'data:', 'blob:', 'vbscript:'];

export function isPageIdentity(text: string): boolean {
  try {
    return !SCRIPT_SCHEMES.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The page an annotation belongs to: any absolute URL (web, file, Hypothesis' `urn:x-pdf:…`) but script ones. */
export const pageUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url, `URL longer than ${LIMITS.url} characters`),
  v.check(isPageIdentity, 'expected an absolute URL (not javascript:, data: or blob:)'),
);

/** Evidence links must be followable. */
export const webUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url, `URL longer than ${LIMITS.url} characters`),
  v.check((s) => parsesAsUrl(s, ['http:', 'https:']), 'expected an absolute http(s) URL'),
);

export const ANNOTATION_ID = /^[A-Za-z0-9_-]{1,128}$/;

const boundedText = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const requiredText = (max: number) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `longer than ${max} characters`));
const offset = v.pipe(v.number(), v.integer('expected an integer offset'), v.minValue(0, 'offsets start at 0'));

export const speakerSchema = v.object({
  name: requiredText(LIMITS.name),
  role: v.nullable(boundedText(LIMITS.role)),
});

export const sourceSchema = v.object({
  url: webUrlSchema,
  title: v.nullable(boundedText(LIMITS.title)),
  publisher: v.nullable(boundedText(LIMITS.publisher)),
  date: v.nullable(isoDateOrDateTimeSchema),
  stance: v.picklist(STANCES, `expected one of ${STANCES.join(', ')}`),
});

export const textQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: boundedText(LIMITS.exact),
  prefix: boundedText(LIMITS.context),
  suffix: boundedText(LIMITS.context),
});

export const textPositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check(({ start, end }) => end >= start, 'end comes before start'),
);

export const selectorSchema = v.variant('type', [textQuoteSelectorSchema, textPositionSelectorSchema]);

export const changeSchema = v.object({ text: boundedText(LIMITS.exact), seen: isoDateTimeSchema, kept: v.boolean() });

export const annotationSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(ANNOTATION_ID, 'expected 1-128 letters, digits, "-" or "_" (a UUID)')),
    kind: v.picklist(ANNOTATION_KINDS, `expected one of ${ANNOTATION_KINDS.join(', ')}`),
    pageUrl: pageUrlSchema,
    exact: boundedText(LIMITS.exact),
    selectors: v.pipe(v.array(selectorSchema), v.maxLength(LIMITS.selectors, `more than ${LIMITS.selectors} selectors`)),
    speaker: v.nullable(speakerSchema),
    verdict: v.nullable(v.picklist(VERDICTS, `expected one of ${VERDICTS.join(', ')} or null`)),
    sources: v.pipe(v.array(sourceSchema), v.maxLength(LIMITS.sources, `more than ${LIMITS.sources} sources`)),
    comment: boundedText(LIMITS.comment),
    tags: v.pipe(v.array(requiredText(LIMITS.tag)), v.maxLength(LIMITS.tags, `more than ${LIMITS.tags} tags`)),
    created: isoDateTimeSchema,
    updated: isoDateTimeSchema,
    changed: v.optional(v.nullable(changeSchema)),
    creator: v.optional(v.nullable(requiredText(LIMITS.name))),
  }),
  // The model says verdict and sources belong to claims; name the field so the UI can point at it.
  v.forward(
    v.partialCheck([['kind'], ['verdict']], (a) => a.kind === 'claim' || a.verdict === null, 'only claims have a verdict'),
    ['verdict'],
  ),
  v.forward(
    v.partialCheck([['kind'], ['sources']], (a) => a.kind === 'claim' || a.sources.length === 0, 'only claims have sources'),
    ['sources'],
  ),
);

export const pageRecordSchema = v.object({
  url: pageUrlSchema,
  title: boundedText(LIMITS.title),
  siteName: v.nullable(boundedText(LIMITS.publisher)),
  published: v.nullable(isoDateOrDateTimeSchema),
  firstSeen: isoDateTimeSchema,
  lastSeen: isoDateTimeSchema,
});

/** What a content script knows about its page; storage fills in when it was first and last seen. */
export const pageInputSchema = v.object({
  url: pageUrlSchema,
  title: boundedText(LIMITS.title),
  siteName: v.nullable(boundedText(LIMITS.publisher)),
  published: v.nullable(isoDateOrDateTimeSchema),
});
export type PageInput = v.InferOutput<typeof pageInputSchema>;

// Compile-time checks that the schemas produce exactly the model's types.
type SchemaFor<T> = v.GenericSchema<unknown, T>;
const _annotation: SchemaFor<Annotation> = annotationSchema;
const _speaker: SchemaFor<Speaker> = speakerSchema;
const _source: SchemaFor<Source> = sourceSchema;
const _selector: SchemaFor<Selector> = selectorSchema;
const _page: SchemaFor<PageRecord> = pageRecordSchema;

/** "selectors.0.exact: must not be empty; tags: …" — each issue with the path of the field it is about. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`).join('; ');
}
