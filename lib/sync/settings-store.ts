/**
 * Sync settings and the last sync's outcome, kept in an IndexedDB database of the extension's own origin:
 * content scripts run in the page's origin and can't open it (unlike `storage.local`, which they can read), so
 * the password stays in the background. The factory is passed in (fake-indexeddb in unit tests).
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { SyncSettings } from './settings';

const NAME = 'gloss-sync';
const STORE = 'state';

export interface SyncStore {
  settings(): Promise<SyncSettings | null>;
  saveSettings(settings: SyncSettings | null): Promise<void>;
}

export function createSyncStore(factory: IDBFactory): SyncStore {
  let opening: Promise<IDBPDatabase> | null = null;
  const db = () => {
    const previous = globalThis.indexedDB;
    // idb's openDB uses the global factory; swap it in for the call only.
    globalThis.indexedDB = factory;
    try {
      opening ??= openDB(NAME, 1, { upgrade: (upgrade) => void upgrade.createObjectStore(STORE) });
    } finally {
      globalThis.indexedDB = previous;
    }
    return opening;
  };
  return {
    async settings() {
      return ((await (await db()).get(STORE, 'settings')) as SyncSettings | undefined) ?? null;
    },
    async saveSettings(settings) {
      if (settings === null) await (await db()).delete(STORE, 'settings');
      else await (await db()).put(STORE, settings, 'settings');
    },
  };
}
