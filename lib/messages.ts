/**
 * The one message protocol between Gloss's parts (content script, background, popup, later the reader view).
 *
 * Every message is `{ type, payload }`; every answer is a `Result`. Adding a message means adding one entry to
 * `MessageMap` and one payload schema to `payloadSchemas` (the `satisfies` below makes TypeScript insist on it).
 * Pure module: the transport (`browser.runtime.sendMessage`, `browser.tabs.sendMessage`…) is passed in, so it
 * runs in unit tests without a browser.
 */
import * as v from 'valibot';
import type { Detection } from './cleaner/types';
import type { AnnotationConflict } from './sync/conflicts';
import type { SyncStatus } from './sync/service';
import type { Annotation, AnnotationKind, PageRecord, PageWordingChange, Source, Speaker } from './model/annotation';
import { annotationSchema, changeSchema, describeIssues, LIMITS, pageInputSchema, pageUrlSchema, type PageInput } from './model/schema';

import { fail, ok, type Result } from './result';

// Re-exported: most of the code base reads Result and the sender from the protocol they travel in.
export { fail, ok, type Result };
export { CONTENT_MESSAGE_TYPES, createSender, type Send, type Transport } from './message-sender';

/** What the popup needs to show about an article; small enough to keep per tab. */
export interface ArticleSummary {
  title: string;
  siteName: string | null;
  /** ISO 8601 as the cleaner gave it. */
  published: string | null;
  byline: string | null;
  wordCount: number;
  url: string;
}

/** What the background knows about one tab. */
export interface PageStatus {
  url: string;
  detection: Detection;
  summary: ArticleSummary | null;
  /** ms since epoch, when the content script reported. */
  updatedAt: number;
}

/** message type -> request payload and response value. */
export interface MessageMap {
  /** content -> background: the page finished loading and was checked. */
  'page/detected': { request: { url: string; detection: Detection; summary: ArticleSummary | null }; response: null };
  /**
   * content -> background: does the sender's page have annotations? Answered from memory (lib/db/page-keys.ts).
   * The page is the sender's document as the browser names it, with the canonical link the page declares.
   */
  'page/hasAnnotations': { request: { canonical: string | null }; response: boolean };
  /** content -> background: load the rest of Gloss (highlights, suggestions, toolbar, reader) into the sender's frame. */
  'content/load': { request: Record<string, never>; response: null };
  /** content -> background: insert Gloss's highlight styles into the sender's frame (at its first highlight). */
  'content/styles': { request: Record<string, never>; response: null };
  /** popup -> background: what is known about this tab (null: nothing reported yet). */
  'page/status': { request: { tabId: number }; response: PageStatus | null };
  /** background/popup -> content: summary of the article in this tab (null: not an article). */
  'article/summary': { request: Record<string, never>; response: ArticleSummary | null };

  // Storage, answered by the background (which owns the database). A content script may only touch its own
  // page's annotations; extension pages (popup, reader, library) may touch any.
  /** Create or update; answers the stored copy (normalized page URL, `updated` stamped). */
  'annotation/save': { request: { annotation: Annotation }; response: Annotation };
  /** Answers the deleted copy, for undo. */
  'annotation/delete': { request: { id: string }; response: Annotation };
  /** Undo of a delete: puts the annotation back as it was. */
  'annotation/restore': { request: { annotation: Annotation }; response: Annotation };
  /** The page's annotations, oldest first. */
  'annotations/forPage': { request: { url: string }; response: Annotation[] };
  /** Records a visit (first/last seen are the background's clock); answers the merged record. */
  'page/upsert': { request: { page: PageInput }; response: PageRecord };
  /** The stored page record (null when the page was never recorded): what an export of the page carries. */
  'page/get': { request: { url: string }; response: PageRecord | null };
  /**
   * content -> background: the token of an editor frame it is about to open (lib/editor-frame.ts), so that the
   * frame can check it was opened by Gloss and not framed directly by the page.
   */
  'editor/register': { request: { token: string }; response: null };
  /** editor frame -> background: whether Gloss's content script in this tab opened a frame with this token (once). */
  'editor/claim': { request: { token: string }; response: boolean };
  /** Autocomplete, most used first; `limit` defaults to 8, at most 50. */
  'suggest/speakers': { request: { prefix: string; limit?: number }; response: Speaker[] };
  'suggest/sources': { request: { prefix: string; limit?: number }; response: Source[] };

  // Sync (lib/sync), answered by the background to extension pages only: settings hold the password.
  /** Where sync stands: settings without the password, the last pass, pending changes, errors in words. */
  'sync/status': { request: Record<string, never>; response: SyncStatus };
  /** Checks the server and account, saves the settings and syncs (the settings are checked by lib/sync). */
  'sync/configure': { request: { settings: unknown }; response: SyncStatus };
  'sync/now': { request: Record<string, never>; response: SyncStatus };
  /** Annotations two people changed apart: every version, with who wrote it. */
  'sync/conflicts': { request: Record<string, never>; response: AnnotationConflict[] };
  /** Keeps one version (by revision); the others are removed everywhere with the next sync. */
  'sync/keep': { request: { id: string; rev: string }; response: SyncStatus };
  /** Stops syncing and forgets the account; the library keeps what it has. */
  'sync/disconnect': { request: Record<string, never>; response: SyncStatus };

  // Answered by the content script of a tab (sent with tabs.sendMessage by the popup or the background).
  /** Where each of the page's annotations landed (orphans included), in reading order. */
  'page/anchors': { request: Record<string, never>; response: AnchorReport };
  /** Open (or close, with open: false) the reader view in this tab. */
  /** `anyway`: open it on a page Gloss did not take for an article, or say why it can't. */
  'reader/open': { request: { open: boolean; anyway?: boolean }; response: null };
  /** A keyboard shortcut the reader pressed (a manifest command): 'toolbar' focuses the selection toolbar. */
  'page/shortcut': { request: { action: 'toolbar' }; response: boolean };
  /** Record the current selection as a new annotation of this kind; answers it (null: nothing selected). */
  /**
   * A new annotation over the selection, not saved: the page's editor opens for it (`editor: 'page'`, the default)
   * or the caller shows its own (`'caller'`, the popup). Only the editor's Save stores it.
   */
  'selection/annotate': { request: { kind: AnnotationKind; editor?: 'page' | 'caller' }; response: Annotation | null };
  /** Scroll to and flash an annotation's highlight. */
  'annotation/reveal': { request: { id: string }; response: boolean };
  /**
   * The page's wording changed under an annotation (or changed back: `changed` null). Only that field is written,
   * and only while the stored quote is still `exact`; answers whether it was.
   */
  'annotation/setChanged': { request: { id: string; exact: string; changed: PageWordingChange | null }; response: boolean };
  /** A changed wording: the annotation takes `text`, the page's new words the reader saw (answers it as saved). */
  'annotation/usePageWording': { request: { id: string; text: string }; response: Annotation };
  /** Suggested quotes and claims found in the article (lib/quotes), with what the reader decided. */
  'page/suggestions': { request: Record<string, never>; response: Suggestion[] };
  /** Accept (creates a quote/claim annotation with the speaker filled in) or dismiss (remembered per page). */
  /**
   * Dismiss (remembered for the page) or accept a suggestion. Accepting saves it with the suggested speaker, or with
   * `editor: 'caller'` answers the unsaved annotation for the caller's editor (the popup's), to correct first.
   */
  'suggestion/decide': { request: { id: string; accept: boolean; editor?: 'caller' }; response: Annotation | null };
}

/** A quote or claim Gloss found in the article, not yet confirmed by the reader. */
export interface Suggestion {
  /** Stable across visits: derived from the paragraph text and the span. */
  id: string;
  kind: 'quote' | 'claim';
  text: string;
  speaker: Speaker | null;
  /** With no speaker: an unnamed source's description as written ("American officials"). */
  unnamed?: string;
  cue: string;
  /** Calibrated: among suggestions at confidence c, about c are right. */
  confidence: number;
  state: 'open' | 'accepted' | 'dismissed';
}

/** One annotation's place on the current page: anchored (with its text offset, for reading order) or not. */
export interface AnchorEntry {
  id: string;
  state: 'anchored' | 'orphan';
  /** Offset in the page's text when anchored; orders annotations as they read. */
  position: number | null;
}

export interface AnchorReport {
  url: string;
  entries: AnchorEntry[];
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];
export type Message<K extends MessageType = MessageType> = { [T in K]: { type: T; payload: RequestOf<T> } }[K];

const nullableString = v.nullable(v.string());

export const detectionSchema = v.object({
  isArticle: v.boolean(),
  score: v.number(),
  reasons: v.array(v.string()),
});

export const articleSummarySchema = v.object({
  title: v.string(),
  siteName: nullableString,
  published: nullableString,
  byline: nullableString,
  wordCount: v.number(),
  url: v.string(),
});

export const pageStatusSchema = v.object({
  url: v.string(),
  detection: detectionSchema,
  summary: v.nullable(articleSummarySchema),
  updatedAt: v.number(),
});

const suggestPrefix = v.pipe(v.string(), v.maxLength(LIMITS.title));
/** What lib/random-id's randomToken makes: 32 hex digits. */
const editorToken = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, 'expected 32 hex digits'));
const suggestLimit = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)));

// Compile-time checks that the schemas describe the interfaces above.
type SchemaFor<T> = v.GenericSchema<unknown, T>;
export const payloadSchemas = {
  'page/detected': v.object({ url: v.string(), detection: detectionSchema, summary: v.nullable(articleSummarySchema) }),
  'page/hasAnnotations': v.object({ canonical: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.url))) }),
  'content/load': v.object({}),
  'content/styles': v.object({}),
  'page/status': v.object({ tabId: v.pipe(v.number(), v.integer()) }),
  'article/summary': v.object({}),
  'annotation/save': v.object({ annotation: annotationSchema }),
  'annotation/delete': v.object({ id: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(LIMITS.id)) }),
  'annotation/restore': v.object({ annotation: annotationSchema }),
  'annotations/forPage': v.object({ url: pageUrlSchema }),
  'page/upsert': v.object({ page: pageInputSchema }),
  'page/get': v.object({ url: pageUrlSchema }),
  'editor/register': v.object({ token: editorToken }),
  'editor/claim': v.object({ token: editorToken }),
  'suggest/speakers': v.object({ prefix: suggestPrefix, limit: suggestLimit }),
  'suggest/sources': v.object({ prefix: suggestPrefix, limit: suggestLimit }),
  'sync/status': v.object({}),
  'sync/configure': v.object({ settings: v.unknown() }),
  'sync/now': v.object({}),
  'sync/conflicts': v.object({}),
  'sync/keep': v.object({ id: v.pipe(v.string(), v.maxLength(100)), rev: v.pipe(v.string(), v.maxLength(100)) }),
  'sync/disconnect': v.object({}),
  'page/anchors': v.object({}),
  'reader/open': v.object({ open: v.boolean(), anyway: v.optional(v.boolean()) }),
  'page/shortcut': v.object({ action: v.picklist(['toolbar']) }),
  'selection/annotate': v.object({ kind: v.picklist(['quote', 'claim', 'note']), editor: v.optional(v.picklist(['page', 'caller'])) }),
  'annotation/reveal': v.object({ id: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(LIMITS.id)) }),
  'annotation/setChanged': v.object({
    id: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(LIMITS.id)),
    exact: v.pipe(v.string(), v.maxLength(LIMITS.exact)),
    changed: v.nullable(changeSchema),
  }),
  'annotation/usePageWording': v.object({
    id: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(LIMITS.id)),
    text: v.pipe(v.string(), v.maxLength(LIMITS.exact)),
  }),
  'page/suggestions': v.object({}),
  'suggestion/decide': v.object({
    id: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(LIMITS.id)),
    accept: v.boolean(),
    editor: v.optional(v.literal('caller')),
  }),
} satisfies { [K in MessageType]: SchemaFor<RequestOf<K>> };
const _pageStatusMatches: SchemaFor<PageStatus> = pageStatusSchema;

const messageTypes = Object.keys(payloadSchemas) as MessageType[];

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && (messageTypes as string[]).includes(type);
}

/** Checks an incoming value; the parsed message, or the reason it is not one. */
export function parseMessage(raw: unknown): Result<Message> {
  if (typeof raw !== 'object' || raw === null) return fail('malformed message: not an object');
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (!isMessageType(type)) return fail(`unknown message type: ${JSON.stringify(type) ?? 'undefined'}`);
  const parsed = v.safeParse(payloadSchemas[type], payload ?? {});
  if (!parsed.success) return fail(`malformed ${type} payload: ${describeIssues(parsed.issues)}`);
  return ok({ type, payload: parsed.output } as Message);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type Handler<K extends MessageType, C> = (payload: RequestOf<K>, context: C) => ResponseOf<K> | Promise<ResponseOf<K>>;
export type Handlers<C> = { [K in MessageType]?: Handler<K, C> };

/**
 * A dispatcher for one side: validates the message, runs its handler, wraps the outcome in a `Result`.
 * Unknown, malformed or unhandled messages and throwing handlers all give `{ ok: false, error }`.
 * `context` carries what the transport knows about the sender (e.g. the tab id).
 */
export function createMessageHandler<C>(handlers: Handlers<C>): (raw: unknown, context: C) => Promise<Result<unknown>> {
  return async (raw, context) => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) return parsed;
    const { type, payload } = parsed.value;
    const handler = handlers[type] as Handler<typeof type, C> | undefined;
    if (!handler) return fail(`no handler for ${type} here`);
    try {
      return ok(await handler(payload as never, context));
    } catch (error) {
      return fail(`${type} failed: ${errorText(error)}`);
    }
  };
}
