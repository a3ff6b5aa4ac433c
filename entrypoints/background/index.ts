import { browser } from 'wxt/browser';
import { createBackgroundHandler, forgetTab, type BackgroundDeps } from './handler';
import { createTabStatusStore } from './tab-status';
import type { BadgeApi } from './badge';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`; both have the same badge calls.
  const badge = (browser.action ?? (browser as unknown as { browserAction: BadgeApi }).browserAction) as BadgeApi;
  const deps: BackgroundDeps = { store: createTabStatusStore(browser.storage.session), badge };
  const handle = createBackgroundHandler(deps);

  // Returning the promise answers the sender (webextension-polyfill semantics).
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) =>
    handle(message, { tabId: sender.tab?.id }),
  );
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(deps, tabId).catch(console.warn);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(deps, tabId, { clearBadge: false }).catch(console.warn));
});
