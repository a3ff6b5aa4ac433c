/**
 * Context-menu entries: "Gloss: Quote / Claim / Note" on a selection (sent to the tab as `selection/annotate`)
 * and "Open in Gloss reader view" on the page (`reader/open`).
 */
import type { AnnotationKind } from '@/lib/model/annotation';
import type { TabSend } from './commands';

export interface MenuItem {
  id: string;
  title: string;
  contexts: Array<'selection' | 'page'>;
}

const ANNOTATE_PREFIX = 'gloss-annotate-';
export const READER_MENU_ID = 'gloss-reader';

export const MENU_ITEMS: MenuItem[] = [
  { id: `${ANNOTATE_PREFIX}quote`, title: 'Gloss: Quote', contexts: ['selection'] },
  { id: `${ANNOTATE_PREFIX}claim`, title: 'Gloss: Claim', contexts: ['selection'] },
  { id: `${ANNOTATE_PREFIX}note`, title: 'Gloss: Note', contexts: ['selection'] },
  { id: READER_MENU_ID, title: 'Open in Gloss reader view', contexts: ['page'] },
];

/** The slice of `browser.contextMenus` (Firefox: `browser.menus`) used here. */
export interface MenusApi {
  removeAll(): Promise<void> | void;
  create(item: MenuItem): unknown;
}

/** Recreates Gloss's entries (on install and update; Chrome keeps them across browser restarts). */
export async function installMenus(menus: MenusApi): Promise<void> {
  await menus.removeAll();
  for (const item of MENU_ITEMS) menus.create(item);
}

function kindOf(menuItemId: string | number): AnnotationKind | null {
  const id = String(menuItemId);
  if (!id.startsWith(ANNOTATE_PREFIX)) return null;
  const kind = id.slice(ANNOTATE_PREFIX.length);
  return kind === 'quote' || kind === 'claim' || kind === 'note' ? kind : null;
}

export async function handleMenuClick(menuItemId: string | number, tabId: number | undefined, toTab: TabSend): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const kind = kindOf(menuItemId);
  const send = toTab(tabId);
  const result = kind
    ? await send('selection/annotate', { kind })
    : menuItemId === READER_MENU_ID
      ? await send('reader/open', { open: true })
      : null;
  if (result && !result.ok) console.info('Gloss: menu action failed:', result.error);
}
