import { createMessageHandler, type PageStatus } from '@/lib/messages';
import { applyBadge, badgeFor, NO_BADGE, type BadgeApi } from './badge';
import type { SyncService } from '@/lib/sync/service';
import { createEditorTokens, type EditorTokens } from './editor-tokens';
import { handleHasAnnotations, handleInsertStyles, handleLoadContent, type PageContentDeps } from './page-content';
import type { SenderContext } from './sender';
import {
  handleAnnotationsForPage,
  handleDeleteAnnotation,
  handleRestoreAnnotation,
  handleSaveAnnotation,
  handleSetChanged,
  handleSuggestSources,
  handleSuggestSpeakers,
  handleGetPage,
  handleUpsertPage,
  type StorageDeps,
} from './storage-handlers';
import type { TabStatusStore } from './tab-status';

export type { SenderContext } from './sender';

export interface BackgroundDeps extends StorageDeps, PageContentDeps {
  store: TabStatusStore;
  badge: BadgeApi;
  /** Sync (absent in tests that don't need it); told after each write so a pass follows soon. */
  sync?: SyncService;
  /** The editor frames' one-time tokens (editor-tokens.ts); the handler makes its own when not given. */
  editorTokens?: EditorTokens;
}

function syncOf(deps: BackgroundDeps, context: SenderContext): SyncService {
  // Sync settings hold the password: a content script lives in the web page's world and never gets near them.
  if (context.kind !== 'extension-page') throw new Error('only extension pages may use sync');
  if (!deps.sync) throw new Error('sync is not available');
  return deps.sync;
}

/** A write's answer, after which a sync pass is due. */
async function thenSync<T>(deps: BackgroundDeps, write: Promise<T>): Promise<T> {
  const value = await write;
  deps.sync?.soon();
  return value;
}

/** Answers the background's messages. Plain function over its dependencies so it is unit-testable. */
export function createBackgroundHandler(deps: BackgroundDeps) {
  const { store, badge, now = Date.now } = deps;
  const editorTokens = deps.editorTokens ?? createEditorTokens();
  return createMessageHandler<SenderContext>({
    async 'page/detected'(payload, { tabId }) {
      if (tabId === undefined) throw new Error('page/detected must come from a tab');
      const status: PageStatus = { ...payload, updatedAt: now() };
      await store.set(tabId, status);
      await applyBadge(badge, tabId, badgeFor(status));
      return null;
    },
    'page/hasAnnotations': ({ canonical }, context) => handleHasAnnotations(deps, canonical, context),
    'content/load': (_payload, context) => handleLoadContent(deps, context),
    'content/styles': (_payload, context) => handleInsertStyles(deps, context),
    'page/status'({ tabId }, context) {
      // Another tab's URL and title are none of a web page's business.
      if (context.kind !== 'extension-page') throw new Error('only extension pages may ask about tabs');
      return store.get(tabId);
    },
    'annotation/save': (payload, context) => thenSync(deps, handleSaveAnnotation(deps, payload, context)),
    'annotation/setChanged': (payload, context) => handleSetChanged(deps, payload, context),
    'annotation/delete': (payload, context) => thenSync(deps, handleDeleteAnnotation(deps, payload, context)),
    'annotation/restore': (payload, context) => thenSync(deps, handleRestoreAnnotation(deps, payload, context)),
    'annotations/forPage': (payload, context) => handleAnnotationsForPage(deps, payload, context),
    'page/upsert': (payload, context) => handleUpsertPage(deps, payload, context),
    'page/get': (payload, context) => handleGetPage(deps, payload, context),
    'sync/status': (_payload, context) => syncOf(deps, context).status(),
    'sync/now': (_payload, context) => syncOf(deps, context).syncNow(),
    'sync/disconnect': (_payload, context) => syncOf(deps, context).disconnect(),
    'sync/conflicts': (_payload, context) => syncOf(deps, context).conflicts(),
    async 'sync/keep'({ id, rev }, context) {
      const kept = await syncOf(deps, context).keep(id, rev);
      if (!kept.ok) throw new Error(kept.error);
      return kept.value;
    },
    async 'sync/configure'({ settings }, context) {
      const configured = await syncOf(deps, context).configure(settings);
      if (!configured.ok) throw new Error(configured.error);
      return configured.value;
    },
    'editor/register': ({ token }, context) => (editorTokens.register(token, context), null),
    'editor/claim': ({ token }, context) => editorTokens.claim(token, context),
    // Suggestions span every site the reader annotated: for Gloss's own pages (the editor frame, the popup), never
    // for a content script, which may only see its own page's data.
    'suggest/speakers': (payload, context) => (requireExtensionPage(context, 'suggestions'), handleSuggestSpeakers(deps, payload)),
    'suggest/sources': (payload, context) => (requireExtensionPage(context, 'suggestions'), handleSuggestSources(deps, payload)),
  });
}

function requireExtensionPage(context: SenderContext, what: string): void {
  if (context.kind !== 'extension-page') throw new Error(`only Gloss's own pages may ask for ${what}`);
}

/** The tab starts loading another document: what we knew about it is stale. */
export async function forgetTab(deps: BackgroundDeps, tabId: number, { clearBadge = true } = {}): Promise<void> {
  await deps.store.delete(tabId);
  // A closed tab has no badge to clear (and setting one throws).
  if (clearBadge) await applyBadge(deps.badge, tabId, NO_BADGE);
}
