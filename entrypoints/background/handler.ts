import { createMessageHandler, type PageStatus } from '@/lib/messages';
import { applyBadge, badgeFor, NO_BADGE, type BadgeApi } from './badge';
import { createEditorTokens, type EditorTokens } from './editor-tokens';
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

export interface BackgroundDeps extends StorageDeps {
  store: TabStatusStore;
  badge: BadgeApi;
  /** The editor frames' one-time tokens (editor-tokens.ts); the handler makes its own when not given. */
  editorTokens?: EditorTokens;
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
    'page/status'({ tabId }, context) {
      // Another tab's URL and title are none of a web page's business.
      if (context.kind !== 'extension-page') throw new Error('only extension pages may ask about tabs');
      return store.get(tabId);
    },
    'annotation/save': (payload, context) => handleSaveAnnotation(deps, payload, context),
    'annotation/setChanged': (payload, context) => handleSetChanged(deps, payload, context),
    'annotation/delete': (payload, context) => handleDeleteAnnotation(deps, payload, context),
    'annotation/restore': (payload, context) => handleRestoreAnnotation(deps, payload, context),
    'annotations/forPage': (payload, context) => handleAnnotationsForPage(deps, payload, context),
    'page/upsert': (payload, context) => handleUpsertPage(deps, payload, context),
    'page/get': (payload, context) => handleGetPage(deps, payload, context),
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
