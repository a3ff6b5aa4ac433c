/**
 * Annotation reads and writes. Writes return a `Result` and never throw; each is one transaction, so two
 * tabs saving at once both persist (IndexedDB runs overlapping read-write transactions one after another).
 * `onlyPage` confines a write to one page: a content script may only touch annotations of its own page.
 */
import { fail, ok, type Result } from '../messages';
import type { Annotation } from '../model/annotation';
import { recordSourceUse, recordSpeakerUse } from './autocomplete';
import { bareRecord, putPage } from './pages';
import { annotationsOf, byCreated, byUpdatedDesc, pageRange } from './page-parts';
import { PartsEditor } from './parts-editor';
import { foldKey, fromStored, type GlossDb, type StoredAnnotation, type WriteTx } from './schema';
import { readItems } from './shards';
import { inWriteTx, nowIso, stampAfter } from './transaction';
import { isPageUrlFor, normalizePageUrl } from './url';

export interface WriteOptions {
  /** ISO time to stamp (default: now). */
  now?: string;
  /**
   * The URL of the document a content script runs in. When set, refuse to create, change or remove an
   * annotation that isn't on that page (its own URL or a canonical it may claim, see `isPageUrlFor`).
   */
  onlyPage?: string;
}

function outsideScope(pageUrl: string, onlyPage: string | undefined): boolean {
  return onlyPage !== undefined && !isPageUrlFor(pageUrl, onlyPage);
}

const sameSpeaker = (a: Annotation['speaker'], b: Annotation['speaker']) =>
  a !== null && b !== null && foldKey(a.name) === foldKey(b.name) && foldKey(a.role ?? '') === foldKey(b.role ?? '');

/** Feeds autocomplete with what this version cites that the previous one didn't (edits don't inflate counts). */
export async function recordUses(tx: WriteTx, next: Annotation, previous: Annotation | undefined, when: string): Promise<void> {
  if (next.speaker && !sameSpeaker(next.speaker, previous?.speaker ?? null)) await recordSpeakerUse(tx, next.speaker, when);
  const cited = new Set(previous?.sources.map((s) => s.url));
  for (const source of next.sources) if (!cited.has(source.url)) await recordSourceUse(tx, source, when);
}

/** Creates or updates an annotation (keeping its first `created`), stamps `updated`, and records page and uses. */
export async function saveAnnotation(db: GlossDb, annotation: Annotation, options: WriteOptions = {}): Promise<Result<Annotation>> {
  const now = options.now ?? nowIso();
  const pageUrl = normalizePageUrl(annotation.pageUrl);
  if (outsideScope(pageUrl, options.onlyPage)) return fail(`annotation ${annotation.id} is not on this page`);
  return inWriteTx(db, async (tx) => {
    const parts = new PartsEditor(tx);
    await Promise.all([parts.loadIds([annotation.id]), parts.loadPages([pageUrl])]);
    const previous = parts.get(annotation.id);
    if (previous && outsideScope(previous.pageUrl, options.onlyPage)) return fail(`annotation ${annotation.id} belongs to another page`);
    const next: Annotation = {
      ...annotation,
      pageUrl,
      created: previous?.created ?? annotation.created,
      updated: stampAfter(now, previous?.updated),
    };
    // Spread over the stored copy: a record may carry fields this version doesn't know, and saving must keep them.
    parts.put({ ...previous, ...next });
    parts.flush();
    await putPage(tx, bareRecord(pageUrl, now));
    await recordUses(tx, next, previous && fromStored(previous), now);
    return ok(next);
  });
}

/**
 * Records (or clears) that the page's wording changed under an annotation, and nothing else: the stored record
 * keeps every field it has now (the page's cached copy may be stale) and its `updated` time. Nothing happens when
 * the annotation is gone or its quote is no longer `expectExact` (edited elsewhere meanwhile): answers false.
 */
export async function setAnnotationChange(
  db: GlossDb,
  id: string,
  expectExact: string,
  changed: Annotation['changed'],
  options: WriteOptions = {},
): Promise<Result<boolean>> {
  return inWriteTx(db, async (tx) => {
    const parts = new PartsEditor(tx);
    await parts.loadIds([id]);
    const stored = parts.get(id);
    if (!stored || stored.exact !== expectExact) return ok(false);
    if (outsideScope(stored.pageUrl, options.onlyPage)) return fail(`annotation ${id} belongs to another page`);
    const { changed: _old, ...rest } = stored;
    parts.put(changed ? { ...rest, changed } : rest);
    parts.flush();
    return ok(true);
  });
}

/** Removes an annotation; answers the removed copy so the UI can offer undo (`restoreAnnotation`). */
export async function deleteAnnotation(db: GlossDb, id: string, options: WriteOptions = {}): Promise<Result<Annotation>> {
  return inWriteTx(db, async (tx) => {
    const parts = new PartsEditor(tx);
    await parts.loadIds([id]);
    const previous = parts.get(id);
    if (!previous) return fail(`no annotation ${id}`);
    if (outsideScope(previous.pageUrl, options.onlyPage)) return fail(`annotation ${id} belongs to another page`);
    parts.remove(id);
    parts.flush();
    return ok(fromStored(previous));
  });
}

/** Undo of a delete: puts the annotation back exactly as it was (timestamps included). */
export async function restoreAnnotation(db: GlossDb, annotation: Annotation, options: WriteOptions = {}): Promise<Result<Annotation>> {
  const pageUrl = normalizePageUrl(annotation.pageUrl);
  if (outsideScope(pageUrl, options.onlyPage)) return fail(`annotation ${annotation.id} is not on this page`);
  return inWriteTx(db, async (tx) => {
    const parts = new PartsEditor(tx);
    await Promise.all([parts.loadIds([annotation.id]), parts.loadPages([pageUrl])]);
    const current = parts.get(annotation.id);
    if (current && outsideScope(current.pageUrl, options.onlyPage)) return fail(`annotation ${annotation.id} belongs to another page`);
    const restored: Annotation = { ...annotation, pageUrl };
    parts.put(restored);
    parts.flush();
    await putPage(tx, bareRecord(pageUrl, restored.created, restored.updated));
    return ok(restored);
  });
}

export async function getAnnotation(db: GlossDb, id: string): Promise<Annotation | null> {
  const stored = await getStoredAnnotation(db, id);
  return stored ? fromStored(stored) : null;
}

/** The record as stored, with what only storage keeps (its sync mark). */
export async function getStoredAnnotation(db: GlossDb, id: string): Promise<StoredAnnotation | null> {
  const location = (await readItems(db, 'idShards', [id])).get(id);
  if (!location) return null;
  return annotationsOf(await db.getAll('annotationsByPage', pageRange(location.url))).find((a) => a.id === id) ?? null;
}

/** The page's annotations, oldest first (the URL is normalized first). */
export async function listAnnotationsByPage(db: GlossDb, url: string): Promise<Annotation[]> {
  const parts = await db.getAll('annotationsByPage', pageRange(normalizePageUrl(url)));
  return annotationsOf(parts).sort(byCreated).map(fromStored);
}

/** Every annotation, most recently updated first. */
export async function listAllAnnotations(db: GlossDb): Promise<Annotation[]> {
  return annotationsOf(await db.getAll('annotationsByPage'))
    .sort(byUpdatedDesc)
    .map(fromStored);
}

/*
 * By speaker and by tag: a scan of every part, not an index. An index entry per annotation made a 100k restore
 * seconds slower, and the library (the one place that asks these of a large library) searches its loaded copy.
 */

/** Quotes and claims of one speaker (any capitalization or spacing of the name), oldest first. */
export async function listAnnotationsBySpeaker(db: GlossDb, name: string): Promise<Annotation[]> {
  const key = foldKey(name);
  return annotationsOf(await db.getAll('annotationsByPage'))
    .filter((a) => a.speaker !== null && foldKey(a.speaker.name) === key)
    .sort(byCreated)
    .map(fromStored);
}

export async function listAnnotationsByTag(db: GlossDb, tag: string): Promise<Annotation[]> {
  return annotationsOf(await db.getAll('annotationsByPage'))
    .filter((a) => a.tags.includes(tag))
    .sort(byCreated)
    .map(fromStored);
}
