/**
 * Keyboard shortcuts (manifest `commands`): the background forwards them to the active tab's content script,
 * which owns the reader view. Plain functions over a sender so they are unit-testable.
 */
// Relative: wxt.config.ts imports this file before the @ alias exists.
import { TOOLBAR_SHORTCUT } from '../../lib/keyboard';
import type { Send } from '@/lib/messages';

export const OPEN_READER_COMMAND = 'open-reader';
/** The same key the content script handles itself (lib/keyboard.ts), declared so readers can rebind it. */
export const ANNOTATE_SELECTION_COMMAND = 'annotate-selection';

/** What the manifest declares; Alt+Shift+R is free in Chrome and Firefox. */
export const COMMANDS = {
  [OPEN_READER_COMMAND]: {
    suggested_key: { default: 'Alt+Shift+R' },
    description: '__MSG_commandOpenReader__',
  },
  [ANNOTATE_SELECTION_COMMAND]: {
    suggested_key: { default: TOOLBAR_SHORTCUT },
    description: '__MSG_commandAnnotateSelection__',
  },
} as const;

/** Sends a message to one tab's content script (browser.tabs.sendMessage underneath). */
export type TabSend = (tabId: number) => Send;

export async function handleCommand(command: string, tabId: number | undefined, toTab: TabSend): Promise<void> {
  if (tabId === undefined) return;
  if (command === ANNOTATE_SELECTION_COMMAND) {
    const result = await toTab(tabId)('page/shortcut', { action: 'toolbar' });
    if (!result.ok) console.info('Gloss: no toolbar to focus:', result.error);
    return;
  }
  if (command !== OPEN_READER_COMMAND) return;
  const result = await toTab(tabId)('reader/open', { open: true });
  // Not an article, or a page without Gloss's content script (browser pages): nothing to open.
  if (!result.ok) console.info('Gloss: reader view not opened:', result.error);
}
