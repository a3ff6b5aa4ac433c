/**
 * The editor's form state and its conversion to and from an Annotation. Form fields are plain strings so
 * inputs stay controlled; `draftToAnnotation` validates with the model's own valibot schemas (lib/model/schema)
 * so what the editor accepts is exactly what storage accepts, and names the field each problem is about.
 */
import * as v from 'valibot';
import type { Annotation, AnnotationKind, Source, Speaker, Stance, Verdict } from '@/lib/model/annotation';
import { annotationSchema, describeIssues, isoDateOrDateTimeSchema, LIMITS, webUrlSchema } from '@/lib/model/schema';
import { t } from '../i18n';

export interface SourceDraft {
  /** Stable key for the row (lists re-render by key, not by index, so removing a row keeps the others' focus). */
  key: number;
  url: string;
  title: string;
  publisher: string;
  date: string;
  stance: Stance;
}

export interface EditorDraft {
  kind: AnnotationKind;
  speakerName: string;
  speakerRole: string;
  /** Kept while the kind is not "claim" so switching back does not lose it. */
  verdict: Verdict;
  sources: SourceDraft[];
  comment: string;
  /** Comma-separated, as typed. */
  tags: string;
}

/** Field -> message. Keys: `speakerName`, `speakerRole`, `comment`, `tags`, `sources.N.url`, `sources.N.date`, …, `form`. */
export type DraftErrors = Record<string, string>;

let nextKey = 1;
export const newSourceKey = (): number => nextKey++;

export function emptySource(): SourceDraft {
  return { key: newSourceKey(), url: '', title: '', publisher: '', date: '', stance: 'supports' };
}

export function sourceToDraft(source: Source): SourceDraft {
  return {
    key: newSourceKey(),
    url: source.url,
    title: source.title ?? '',
    publisher: source.publisher ?? '',
    date: source.date ?? '',
    stance: source.stance,
  };
}

export function annotationToDraft(annotation: Annotation): EditorDraft {
  return {
    kind: annotation.kind,
    speakerName: annotation.speaker?.name ?? '',
    speakerRole: annotation.speaker?.role ?? '',
    verdict: annotation.verdict ?? 'unverified',
    sources: annotation.sources.map(sourceToDraft),
    comment: annotation.comment,
    tags: annotation.tags.join(', '),
  };
}

/** "a, b ,, A" -> ["a", "b"]: trimmed, empty dropped, duplicates (any case) dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

function tooLong(text: string, max: number): string | null {
  return text.length > max ? t('errTooLong', max) : null;
}

function sourceErrors(source: SourceDraft, index: number, errors: DraftErrors): void {
  const at = `sources.${index}`;
  const url = source.url.trim();
  if (url === '') errors[`${at}.url`] = t('errSourceUrlMissing');
  else if (!v.is(webUrlSchema, url)) errors[`${at}.url`] = t('errSourceUrlScheme');
  const date = source.date.trim();
  if (date !== '' && !v.is(isoDateOrDateTimeSchema, date)) errors[`${at}.date`] = t('errSourceDate');
  const title = tooLong(source.title, LIMITS.title);
  if (title) errors[`${at}.title`] = title;
  const publisher = tooLong(source.publisher, LIMITS.publisher);
  if (publisher) errors[`${at}.publisher`] = publisher;
}

/** Inline messages for what the reader typed; empty when the draft can be saved. */
export function validateDraft(draft: EditorDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.kind !== 'note') {
    const name = draft.speakerName.trim();
    if (name === '' && draft.speakerRole.trim() !== '') errors.speakerName = t('errNameForRole');
    const nameLong = tooLong(name, LIMITS.name);
    if (nameLong) errors.speakerName = nameLong;
    const roleLong = tooLong(draft.speakerRole.trim(), LIMITS.role);
    if (roleLong) errors.speakerRole = roleLong;
  }
  if (draft.kind === 'claim') draft.sources.forEach((source, index) => sourceErrors(source, index, errors));
  const commentLong = tooLong(draft.comment, LIMITS.comment);
  if (commentLong) errors.comment = commentLong;
  const tags = parseTags(draft.tags);
  if (tags.length > LIMITS.tags) errors.tags = t('errTooManyTags', LIMITS.tags);
  else if (tags.some((tag) => tag.length > LIMITS.tag)) errors.tags = t('errTagTooLong', LIMITS.tag);
  return errors;
}

function draftSpeaker(draft: EditorDraft): Speaker | null {
  if (draft.kind === 'note') return null;
  const name = draft.speakerName.trim().replace(/\s+/g, ' ');
  return name === '' ? null : { name, role: orNull(draft.speakerRole) };
}

function draftSource(source: SourceDraft): Source {
  return {
    url: source.url.trim(),
    title: orNull(source.title),
    publisher: orNull(source.publisher),
    date: orNull(source.date),
    stance: source.stance,
  };
}

export type DraftResult = { ok: true; annotation: Annotation } | { ok: false; errors: DraftErrors };

/**
 * The annotation to save: `base` with the draft's fields. Verdict and sources exist only on claims, the
 * speaker not on notes (the model's rules), so switching kind drops them from what is saved.
 */
export function draftToAnnotation(base: Annotation, draft: EditorDraft): DraftResult {
  const errors = validateDraft(draft);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const isClaim = draft.kind === 'claim';
  const candidate: Annotation = {
    ...base,
    kind: draft.kind,
    speaker: draftSpeaker(draft),
    verdict: isClaim ? draft.verdict : null,
    sources: isClaim ? draft.sources.map(draftSource) : [],
    comment: draft.comment,
    tags: parseTags(draft.tags),
  };
  // The field checks above cover what the form edits; this catches anything else (e.g. a corrupt base).
  const parsed = v.safeParse(annotationSchema, candidate);
  if (!parsed.success) return { ok: false, errors: { form: t('errCantSave', describeIssues(parsed.issues)) } };
  return { ok: true, annotation: parsed.output };
}
