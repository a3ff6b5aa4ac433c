import { createMessageHandler, type PageStatus } from '@/lib/messages';
import { applyBadge, badgeFor, NO_BADGE, type BadgeApi } from './badge';
import type { TabStatusStore } from './tab-status';

/** What the transport knows about who sent a message. */
export interface SenderContext {
  /** Set when a content script sent it. */
  tabId?: number;
}

export interface BackgroundDeps {
  store: TabStatusStore;
  badge: BadgeApi;
  now?: () => number;
}

/** Answers the background's messages. Plain function over its dependencies so it is unit-testable. */
export function createBackgroundHandler({ store, badge, now = Date.now }: BackgroundDeps) {
  return createMessageHandler<SenderContext>({
    async 'page/detected'(payload, { tabId }) {
      if (tabId === undefined) throw new Error('page/detected must come from a tab');
      const status: PageStatus = { ...payload, updatedAt: now() };
      await store.set(tabId, status);
      await applyBadge(badge, tabId, badgeFor(status));
      return null;
    },
    'page/status': ({ tabId }) => store.get(tabId),
  });
}

/** The tab starts loading another document: what we knew about it is stale. */
export async function forgetTab(deps: BackgroundDeps, tabId: number, { clearBadge = true } = {}): Promise<void> {
  await deps.store.delete(tabId);
  // A closed tab has no badge to clear (and setting one throws).
  if (clearBadge) await applyBadge(deps.badge, tabId, NO_BADGE);
}
