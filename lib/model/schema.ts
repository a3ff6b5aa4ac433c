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

/**
 * Sane upper bounds: far above real use (a long article is ~100k characters), small enough that a hostile
 * message or file can't bloat the database. The same as lib/export's import limits, so an import the importer
 * accepts is never refused by storage.
 */
export const LIMITS = {
  id: 128,
  url: 8_192,
  exact: 100_000,
  context: 10_000,
  comment: 100_000,
  name: 500,
  role: 500,
  title: 2_000,
  publisher: 500,
  tag: 200,
  tags: 200,
  sources: 500,
  selectors: 20,
} as const;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Date-time with seconds optional, fractions optional, offset optional (the cleaner keeps local times as written). */
const ISO_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;

/** A calendar date that exists (rejects Feb 30), checked on the date part only. */
function isRealDate(text: string): boolean {
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

function parsesAsUrl(text: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Schemes that run or embed code when a URL is opened: never a page identity, never a link in Gloss's UI. */
const SCRIPT_SCHEMES = ['javascript:', 'data:', 'blob:', 'vbscript:'];

function isPageIdentity(text: string): boolean {
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

const boundedText = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const requiredText = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `longer than ${max} characters`));
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

export const annotationSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,128}$/, 'expected 1-128 letters, digits, "-" or "_" (a UUID)')),
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
