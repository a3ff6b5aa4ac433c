/**
 * The one content script on every page, kept small (issue 13: ≤ 60 kB): it reads the settings, detects whether
 * the page is an article, and asks the background whether the page has annotations. Everything else (highlights,
 * suggestions, the toolbar, the reader view) is the rest of Gloss, entrypoints/article.content, which the
 * background injects only when this page needs it (needs.ts) or when the popup or a shortcut asks something of it.
 */
import { browser } from 'wxt/browser';
import { CONTENT_MESSAGE_TYPES, createSender } from '@/lib/message-sender';
import type { MessageType } from '@/lib/messages';
import { fail } from '@/lib/result';
import { isSiteDisabled, readDisabledSites, SETTINGS_KEY } from '@/lib/site-switch';
import { watchForNeed } from './needs';
import { createRestLoader } from './rest-loader';

const isContentMessage = (message: unknown): boolean =>
  CONTENT_MESSAGE_TYPES.includes((message as { type?: unknown } | null)?.type as MessageType);

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage the extension's id to every page (found by tests/e2e/security.test.ts).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Sites the reader listed in the settings get nothing from Gloss: no detection, no highlights, no widgets.
    const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}));
    // Parsed in full by the rest of Gloss; this script only needs to know whether the site is off.
    const offHere = (raw: unknown) => isSiteDisabled({ disabledSites: readDisabledSites(raw) }, location.hostname);
    if (offHere(stored[SETTINGS_KEY]) || ctx.isInvalid) return;
    const send = createSender((message) => browser.runtime.sendMessage(message));

    let current: unknown = stored[SETTINGS_KEY];
    const rest = createRestLoader(
      send,
      () => current,
      () => watch.detection(),
    );
    const watch = watchForNeed(document, send, () => {
      rest.load().catch((error: unknown) => {
        // The tab still gets its status (and badge); the popup's questions try the load again.
        watch.report();
        console.warn('Gloss:', error instanceof Error ? error.message : error);
      });
    });

    // The popup and the background's commands talk to the page: the rest of Gloss answers, loaded first if needed.
    const onMessage = (message: unknown) => {
      if (!isContentMessage(message)) return undefined;
      watch.stop();
      return rest.load().then(
        (handle) => handle(message),
        (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
      );
    };
    // Turned off for this site while the page is open: nothing loads any more (the rest of Gloss leaves by itself).
    const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      current = changes[SETTINGS_KEY]?.newValue;
      if (offHere(current)) leave();
    };
    const leave = () => {
      watch.stop();
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onSettings);
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage.onChanged.addListener(onSettings);
    ctx.onInvalidated(leave);
  },
});
