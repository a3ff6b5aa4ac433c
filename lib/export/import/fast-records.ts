/**
 * Hand-written checks for the common, valid shape of a record, used before the valibot schemas of
 * lib/model/schema.ts: valibot costs ~5 µs per annotation, which is most of the validation time of a
 * 100,000-annotation backup. Each function returns exactly what `v.parse(schema, record)` would return
 * (fresh objects, schema key order, trimmed names and tags), or `undefined` when it is not sure; the caller
 * then runs the schema itself, so every refusal and its message still come from valibot. These functions may
 * be stricter than the schemas (then they are only slower), never looser: tests/unit/import-fast-path.test.ts
 * checks that with fast-check over mutated records.
 */
import {
  ANNOTATION_KINDS,
  STANCES,
  VERDICTS,
  type Annotation,
  type PageRecord,
  type Selector,
  type Source,
  type Speaker,
} from '../../model/annotation';
import { ANNOTATION_ID, ISO_DATE, ISO_DATE_TIME, LIMITS, isPageIdentity, isRealDate, parsesAsUrl } from '../../model/schema';

type Plain = Record<string, unknown>;

/** A non-array object; valibot's `v.object` also takes arrays, which then fail on their missing keys. */
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const nullableText = (value: unknown, max: number): value is string | null => value === null || text(value, max);

const isDateTime = (value: unknown): value is string => typeof value === 'string' && ISO_DATE_TIME.test(value) && isRealDate(value);
const isDateOrDateTime = (value: unknown): value is string =>
  typeof value === 'string' && (ISO_DATE.test(value) || ISO_DATE_TIME.test(value)) && isRealDate(value);

/**
 * Parsing a URL is the dearest check; a backup lists a page's annotations together (9 in 10 repeat the
 * previous record's page), so the last answer is remembered. isPageIdentity is pure, so this cannot change it.
 */
let lastPageUrl: string | undefined;
let lastPageUrlOk = false;
function isPageUrl(value: unknown): value is string {
  if (!text(value, LIMITS.url)) return false;
  if (value !== lastPageUrl) {
    lastPageUrlOk = isPageIdentity(value);
    lastPageUrl = value;
  }
  return lastPageUrlOk;
}
const isWebUrl = (value: unknown): value is string => text(value, LIMITS.url) && parsesAsUrl(value, ['http:', 'https:']);

/** `requiredText`: trimmed, then non-empty and within `max`; the trimmed text is what the schema outputs. */
function trimmedText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= max ? trimmed : undefined;
}

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function fastSelector(value: unknown): Selector | undefined {
  if (!isPlain(value)) return undefined;
  if (value.type === 'TextQuoteSelector') {
    const { exact, prefix, suffix } = value;
    if (!text(exact, LIMITS.exact) || !text(prefix, LIMITS.context) || !text(suffix, LIMITS.context)) return undefined;
    return { type: 'TextQuoteSelector', exact, prefix, suffix };
  }
  if (value.type === 'TextPositionSelector') {
    const { start, end } = value;
    if (!isOffset(start) || !isOffset(end) || end < start) return undefined;
    return { type: 'TextPositionSelector', start, end };
  }
  return undefined;
}

/** `speakerSchema` given its two fields (so a wire format's own key names can be read without a copy). */
export function fastSpeaker(name: unknown, role: unknown): Speaker | undefined {
  const trimmed = trimmedText(name, LIMITS.name);
  return trimmed !== undefined && nullableText(role, LIMITS.role) ? { name: trimmed, role } : undefined;
}

/** `sourceSchema` given its five fields. */
export function fastSource(url: unknown, title: unknown, publisher: unknown, date: unknown, stance: unknown): Source | undefined {
  if (!isWebUrl(url) || !nullableText(title, LIMITS.title) || !nullableText(publisher, LIMITS.publisher)) return undefined;
  if (!(date === null || isDateOrDateTime(date)) || !(STANCES as readonly unknown[]).includes(stance)) return undefined;
  return { url, title, publisher, date, stance: stance as Source['stance'] };
}

export const fastTag = (tag: unknown): string | undefined => trimmedText(tag, LIMITS.tag);

/** Maps every item with `fast`, or `undefined` as soon as one item is not sure (or there are more than `max`). */
export function fastList<I, T>(list: readonly I[], max: number, fast: (item: I) => T | undefined): T[] | undefined {
  if (list.length > max) return undefined;
  const out: T[] = [];
  for (const item of list) {
    const checked = fast(item);
    if (checked === undefined) return undefined;
    out.push(checked);
  }
  return out;
}

/** The annotation's fields, its lists and speaker already checked (with the functions above). */
export interface CheckedParts {
  selectors: Selector[];
  speaker: Speaker | null;
  sources: Source[];
  tags: string[];
  /** The trimmed account name, or undefined when the record has none (a null creator takes the schema path). */
  creator?: string;
}

/** `requiredText` of an account name: the trimmed name, or `undefined` when not sure. */
export const fastCreator = (name: unknown): string | undefined => trimmedText(name, LIMITS.name);

/**
 * `v.parse(annotationSchema, …)` of a record with these fields, or `undefined` when not sure. The parts come
 * pre-checked so each reader can build them from its own wire shape without an intermediate copy.
 */
export function fastAnnotationOf(
  id: unknown,
  kind: unknown,
  pageUrl: unknown,
  exact: unknown,
  verdict: unknown,
  comment: unknown,
  created: unknown,
  updated: unknown,
  { selectors, speaker, sources, tags, creator }: CheckedParts,
): Annotation | undefined {
  if (typeof id !== 'string' || !ANNOTATION_ID.test(id)) return undefined;
  if (!(ANNOTATION_KINDS as readonly unknown[]).includes(kind)) return undefined;
  if (!isPageUrl(pageUrl) || !text(exact, LIMITS.exact) || !text(comment, LIMITS.comment)) return undefined;
  if (!(verdict === null || (VERDICTS as readonly unknown[]).includes(verdict))) return undefined;
  if (!isDateTime(created) || !isDateTime(updated)) return undefined;
  if (selectors.length > LIMITS.selectors || sources.length > LIMITS.sources || tags.length > LIMITS.tags) return undefined;
  // The schema's cross-field rules: only claims have a verdict or sources.
  if (kind !== 'claim' && (verdict !== null || sources.length > 0)) return undefined;
  const k = kind as Annotation['kind'];
  const verdictOut = verdict as Annotation['verdict'];
  const annotation: Annotation = {
    id,
    kind: k,
    pageUrl,
    exact,
    selectors,
    speaker,
    verdict: verdictOut,
    sources,
    comment,
    tags,
    created,
    updated,
  };
  return creator === undefined ? annotation : { ...annotation, creator };
}

/** An array as itself; anything else as a list no check passes (so the caller falls back to the schema). */
const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : NOT_A_LIST);
const NOT_A_LIST: readonly unknown[] = [undefined];

/** `v.parse(annotationSchema, record)` for a valid record in the common shape, else `undefined`. */
export function fastAnnotation(record: unknown): Annotation | undefined {
  if (!isPlain(record)) return undefined;
  // A changed wording (rare) is validated by the schema.
  if (record.changed != null) return undefined;
  const speaker =
    record.speaker === null ? null : isPlain(record.speaker) ? fastSpeaker(record.speaker.name, record.speaker.role) : undefined;
  const selectors = fastList(asList(record.selectors), LIMITS.selectors, fastSelector);
  const sources = fastList(asList(record.sources), LIMITS.sources, (s) =>
    isPlain(s) ? fastSource(s.url, s.title, s.publisher, s.date, s.stance) : undefined,
  );
  const tags = fastList(asList(record.tags), LIMITS.tags, fastTag);
  if (selectors === undefined || speaker === undefined || sources === undefined || tags === undefined) return undefined;
  // Who made it: absent on most records; anything but a valid name (null included) takes the schema path.
  const creator = 'creator' in record ? fastCreator(record.creator) : undefined;
  if ('creator' in record && creator === undefined) return undefined;
  const { id, kind, pageUrl, exact, verdict, comment, created, updated } = record;
  return fastAnnotationOf(id, kind, pageUrl, exact, verdict, comment, created, updated, { selectors, speaker, sources, tags, creator });
}

/** `v.parse(pageRecordSchema, record)` for a valid record, else `undefined`. */
export function fastPageRecord(record: unknown): PageRecord | undefined {
  if (!isPlain(record)) return undefined;
  const { url, title, siteName, published, firstSeen, lastSeen } = record;
  if (!isPageUrl(url) || !text(title, LIMITS.title) || !nullableText(siteName, LIMITS.publisher)) return undefined;
  if (!(published === null || isDateOrDateTime(published)) || !isDateTime(firstSeen) || !isDateTime(lastSeen)) return undefined;
  return { url, title, siteName, published, firstSeen, lastSeen };
}
