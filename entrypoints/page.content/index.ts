/**
 * The one content script on every page, kept small (issue 13: ≤ 60 kB): it reads the settings, detects whether
 * the page is an article, and asks the background whether the page has annotations. Everything else (highlights,
 * suggestions, the toolbar, the reader view) is the rest of Gloss, entrypoints/article.content, which the
 * background injects only when this page needs it (needs.ts) or when the popup or a shortcut asks something of it.
 */
import { browser } from 'wxt/browser';
import { CONTENT_MESSAGE_TYPES, createSender, fail, type MessageType } from '@/lib/messages';
import { isSiteDisabled, parseSettings, SETTINGS_KEY } from '@/lib/settings';
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
    const settings = parseSettings(stored[SETTINGS_KEY]);
    if (isSiteDisabled(settings, location.hostname) || ctx.isInvalid) return;
    const send = createSender((message) => browser.runtime.sendMessage(message));

    let current = settings;
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
      current = parseSettings(changes[SETTINGS_KEY]?.newValue);
      if (isSiteDisabled(current, location.hostname)) leave();
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
