/**
 * The background's storage messages, as plain functions over a database opener and the sender's context.
 * Payloads arrive validated (lib/messages); these add who-may-touch-what and turn failed results into errors
 * that the dispatcher answers as `{ ok: false, error }`.
 */
import {
  deleteAnnotation,
  getPage,
  listAnnotationsByPage,
  restoreAnnotation,
  saveAnnotation,
  setAnnotationChange,
  suggestSources,
  suggestSpeakers,
  upsertPage,
  isPageUrlFor,
  type GlossDb,
} from '@/lib/db';
import type { Result, RequestOf } from '@/lib/messages';
import type { Annotation, PageRecord, Source, Speaker } from '@/lib/model/annotation';
import { pageScope, type SenderContext } from './sender';

export interface StorageDeps {
  db: () => Promise<GlossDb>;
  /** Clock in ms since epoch (tests pin it); shared with the tab-status code. */
  now?: () => number;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function requirePage(url: string, context: SenderContext, what: string): void {
  const scope = pageScope(context);
  if (scope !== undefined && !isPageUrlFor(url, scope)) throw new Error(`a page may only ${what} its own annotations`);
}

const stamp = (deps: StorageDeps) => ({ now: deps.now && new Date(deps.now()).toISOString() });

export async function handleSaveAnnotation(
  deps: StorageDeps,
  { annotation }: RequestOf<'annotation/save'>,
  context: SenderContext,
): Promise<Annotation> {
  return unwrap(await saveAnnotation(await deps.db(), annotation, { ...stamp(deps), onlyPage: pageScope(context) }));
}

export async function handleSetChanged(
  deps: StorageDeps,
  { id, exact, changed }: RequestOf<'annotation/setChanged'>,
  context: SenderContext,
): Promise<boolean> {
  return unwrap(await setAnnotationChange(await deps.db(), id, exact, changed, { onlyPage: pageScope(context) }));
}

export async function handleDeleteAnnotation(
  deps: StorageDeps,
  { id }: RequestOf<'annotation/delete'>,
  context: SenderContext,
): Promise<Annotation> {
  return unwrap(await deleteAnnotation(await deps.db(), id, { onlyPage: pageScope(context) }));
}

export async function handleRestoreAnnotation(
  deps: StorageDeps,
  { annotation }: RequestOf<'annotation/restore'>,
  context: SenderContext,
): Promise<Annotation> {
  return unwrap(await restoreAnnotation(await deps.db(), annotation, { onlyPage: pageScope(context) }));
}

export async function handleAnnotationsForPage(
  deps: StorageDeps,
  { url }: RequestOf<'annotations/forPage'>,
  context: SenderContext,
): Promise<Annotation[]> {
  requirePage(url, context, 'read');
  return listAnnotationsByPage(await deps.db(), url);
}

export async function handleGetPage(deps: StorageDeps, { url }: RequestOf<'page/get'>, context: SenderContext): Promise<PageRecord | null> {
  requirePage(url, context, 'read');
  return getPage(await deps.db(), url);
}

export async function handleUpsertPage(deps: StorageDeps, { page }: RequestOf<'page/upsert'>, context: SenderContext): Promise<PageRecord> {
  requirePage(page.url, context, 'record');
  return unwrap(await upsertPage(await deps.db(), page, stamp(deps)));
}

export async function handleSuggestSpeakers(deps: StorageDeps, { prefix, limit }: RequestOf<'suggest/speakers'>): Promise<Speaker[]> {
  return suggestSpeakers(await deps.db(), prefix, limit);
}

export async function handleSuggestSources(deps: StorageDeps, { prefix, limit }: RequestOf<'suggest/sources'>): Promise<Source[]> {
  return suggestSources(await deps.db(), prefix, limit);
}
