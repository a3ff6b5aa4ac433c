import { browser } from 'wxt/browser';
import { openGlossDb } from '@/lib/db';
import { createSender, fail } from '@/lib/messages';
import { handleCommand, type TabSend } from './commands';
import { handleMenuClick, installMenus, type MenusApi } from './context-menu';
import { createEditorTokens } from './editor-tokens';
import { createBackgroundHandler, forgetTab, type BackgroundDeps } from './handler';
import { createLazyDb } from './lazy-db';
import { insertGlossStyles, loadRestOfGloss, watchAnnotatedPages } from './page-loading';
import { classifySender, type MessageSenderLike } from './sender';
import { installSyncBenchHook } from './bench-hook';
import { startSync } from './sync';
import { createTabStatusStore } from './tab-status';
import type { BadgeApi } from './badge';
import { openWelcomeOnInstall } from './welcome';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`; both have the same badge calls.
  const badge = (browser.action ?? (browser as unknown as { browserAction: BadgeApi }).browserAction) as BadgeApi;
  const deps: BackgroundDeps = {
    store: createTabStatusStore(browser.storage.session),
    badge,
    // Opened on the first storage message, not at startup: most wake-ups only badge a tab.
    db: createLazyDb((onClose) => openGlossDb(indexedDB, { onClose })),
    editorTokens: createEditorTokens(),
  };
  deps.annotatedPages = watchAnnotatedPages(deps.db);
  deps.loadContent = loadRestOfGloss;
  deps.insertStyles = insertGlossStyles;
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  deps.sync = startSync(deps.db, self.baseUrl);
  const handle = createBackgroundHandler(deps);
  // Product builds have __GLOSS_BENCH__ false: the hook (which can save and sync at will) is not in them at all.
  if (__GLOSS_BENCH__) installSyncBenchHook({ db: deps.db, handle });

  // Returning the promise answers the sender (webextension-polyfill semantics).
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSenderLike) => {
    const context = classifySender(sender, self);
    return context ? handle(message, context) : Promise.resolve(fail('Gloss answers only its own pages and scripts'));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(deps, tabId).catch(console.warn);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(deps, tabId, { clearBadge: false }).catch(console.warn));

  // Shortcut and context menu act in the tab's content script (reader view, selection).
  const toTab: TabSend = (tabId) => createSender((message) => browser.tabs.sendMessage(tabId, message));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab?.id, toTab));
  const menus = browser.contextMenus as unknown as MenusApi;
  browser.runtime.onInstalled.addListener(() => void installMenus(menus).catch(console.warn));
  openWelcomeOnInstall(browser);
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info.menuItemId, tab?.id, toTab));
});
