import { browser } from 'wxt/browser';
import { openGlossDb } from '@/lib/db';
import { fail } from '@/lib/messages';
import { createBackgroundHandler, forgetTab, type BackgroundDeps } from './handler';
import { createLazyDb } from './lazy-db';
import { classifySender, type MessageSenderLike } from './sender';
import { createTabStatusStore } from './tab-status';
import type { BadgeApi } from './badge';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`; both have the same badge calls.
  const badge = (browser.action ?? (browser as unknown as { browserAction: BadgeApi }).browserAction) as BadgeApi;
  const deps: BackgroundDeps = {
    store: createTabStatusStore(browser.storage.session),
    badge,
    // Opened on the first storage message, not at startup: most wake-ups only badge a tab.
    db: createLazyDb((onClose) => openGlossDb(indexedDB, { onClose })),
  };
  const handle = createBackgroundHandler(deps);
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };

  // Returning the promise answers the sender (webextension-polyfill semantics).
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSenderLike) => {
    const context = classifySender(sender, self);
    return context ? handle(message, context) : Promise.resolve(fail('Gloss answers only its own pages and scripts'));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(deps, tabId).catch(console.warn);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(deps, tabId, { clearBadge: false }).catch(console.warn));
});
