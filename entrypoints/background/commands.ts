/**
 * Keyboard shortcuts (manifest `commands`): the background forwards them to the active tab's content script,
 * which owns the reader view. Plain functions over a sender so they are unit-testable.
 */
import type { Send } from '@/lib/messages';

export const OPEN_READER_COMMAND = 'open-reader';

/** What the manifest declares; Alt+Shift+R is free in Chrome and Firefox. */
export const COMMANDS = {
  [OPEN_READER_COMMAND]: {
    suggested_key: { default: 'Alt+Shift+R' },
    description: '__MSG_commandOpenReader__',
  },
} as const;

/** Sends a message to one tab's content script (browser.tabs.sendMessage underneath). */
export type TabSend = (tabId: number) => Send;

export async function handleCommand(command: string, tabId: number | undefined, toTab: TabSend): Promise<void> {
  if (command !== OPEN_READER_COMMAND || tabId === undefined) return;
  const result = await toTab(tabId)('reader/open', { open: true });
  // Not an article, or a page without Gloss's content script (browser pages): nothing to open.
  if (!result.ok) console.info('Gloss: reader view not opened:', result.error);
}
