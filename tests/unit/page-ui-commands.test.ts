/** The background's triggers for the in-page UI: the keyboard shortcut and the context-menu entries. */
import { describe, expect, it, vi } from 'vitest';
import { ANNOTATE_SELECTION_COMMAND, COMMANDS, handleCommand, OPEN_READER_COMMAND } from '@/entrypoints/background/commands';
import { handleMenuClick, installMenus, MENU_ITEMS } from '@/entrypoints/background/context-menu';
import { createMessageHandler, createSender, type Message } from '@/lib/messages';

/** A tab whose content script records what it was asked (through the real protocol validation). */
function fakeTabs() {
  const received: Array<{ tabId: number; message: Message }> = [];
  const toTab = (tabId: number) => {
    const handle = createMessageHandler<undefined>({
      'reader/open': () => null,
      'selection/annotate': () => null,
      'page/shortcut': () => true,
    });
    return createSender(async (message) => {
      received.push({ tabId, message });
      return handle(message, undefined);
    });
  };
  return { received, toTab };
}

describe('keyboard shortcut', () => {
  it('declares Alt+Shift+R and opens the reader in the tab it was pressed in', async () => {
    expect(COMMANDS[OPEN_READER_COMMAND].suggested_key.default).toBe('Alt+Shift+R');
    const tabs = fakeTabs();
    await handleCommand(OPEN_READER_COMMAND, 4, tabs.toTab);
    await handleCommand('something-else', 4, tabs.toTab);
    await handleCommand(OPEN_READER_COMMAND, undefined, tabs.toTab);
    expect(tabs.received).toEqual([{ tabId: 4, message: { type: 'reader/open', payload: { open: true } } }]);
  });

  it('declares Alt+Shift+A and asks the tab to focus its selection toolbar', async () => {
    expect(COMMANDS[ANNOTATE_SELECTION_COMMAND].suggested_key.default).toBe('Alt+Shift+A');
    const tabs = fakeTabs();
    await handleCommand(ANNOTATE_SELECTION_COMMAND, 7, tabs.toTab);
    await handleCommand(ANNOTATE_SELECTION_COMMAND, undefined, tabs.toTab);
    expect(tabs.received).toEqual([{ tabId: 7, message: { type: 'page/shortcut', payload: { action: 'toolbar' } } }]);
  });

  it('survives a tab without Gloss (browser pages): no throw', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const broken = () =>
      createSender(async () => {
        throw new Error('Could not establish connection');
      });
    await expect(handleCommand(OPEN_READER_COMMAND, 1, broken)).resolves.toBeUndefined();
    expect(info).toHaveBeenCalled();
    info.mockRestore();
  });
});

describe('context menu', () => {
  it('installs Quote / Claim / Note on selections and the reader entry on pages, once', async () => {
    const created: unknown[] = [];
    const menus = { removeAll: vi.fn(async () => void created.splice(0)), create: (item: unknown) => created.push(item) };
    await installMenus(menus);
    await installMenus(menus);
    expect(created.map((item) => (item as { title: string }).title)).toEqual([
      'Gloss: Quote',
      'Gloss: Claim',
      'Gloss: Note',
      'Open in Gloss reader view',
    ]);
    expect(MENU_ITEMS.slice(0, 3).every((item) => item.contexts.join() === 'selection')).toBe(true);
  });

  it('sends selection/annotate with the kind, or reader/open, to the clicked tab', async () => {
    const tabs = fakeTabs();
    for (const item of MENU_ITEMS) await handleMenuClick(item.id, 9, tabs.toTab);
    await handleMenuClick('gloss-annotate-bogus', 9, tabs.toTab);
    await handleMenuClick(MENU_ITEMS[0]!.id, undefined, tabs.toTab);
    expect(tabs.received.map((r) => r.message)).toEqual([
      { type: 'selection/annotate', payload: { kind: 'quote' } },
      { type: 'selection/annotate', payload: { kind: 'claim' } },
      { type: 'selection/annotate', payload: { kind: 'note' } },
      { type: 'reader/open', payload: { open: true } },
    ]);
  });
});
