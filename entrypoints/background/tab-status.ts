import * as v from 'valibot';
import { pageStatusSchema, type PageStatus } from '@/lib/messages';

/** The slice of `browser.storage.session` the store uses; a plain object in tests. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabStatusStore {
  get(tabId: number): Promise<PageStatus | null>;
  set(tabId: number, status: PageStatus): Promise<void>;
  delete(tabId: number): Promise<void>;
}

const keyFor = (tabId: number) => `tab:${tabId}`;

/**
 * Per-tab status in memory, mirrored to `storage.session` when there is one: an MV3 service worker is stopped
 * after ~30 s idle and would otherwise forget every tab. Session storage failures only cost the mirror.
 */
export function createTabStatusStore(session?: SessionArea): TabStatusStore {
  const memory = new Map<number, PageStatus>();
  const quietly = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      console.warn('Gloss: storage.session unavailable', error);
    }
  };
  return {
    async get(tabId) {
      const known = memory.get(tabId);
      if (known || !session) return known ?? null;
      let stored: unknown;
      try {
        stored = (await session.get(keyFor(tabId)))[keyFor(tabId)];
      } catch {
        return null;
      }
      const parsed = v.safeParse(pageStatusSchema, stored);
      if (!parsed.success) return null;
      memory.set(tabId, parsed.output);
      return parsed.output;
    },
    async set(tabId, status) {
      memory.set(tabId, status);
      if (session) await quietly(() => session.set({ [keyFor(tabId)]: status }));
    },
    async delete(tabId) {
      memory.delete(tabId);
      if (session) await quietly(() => session.remove(keyFor(tabId)));
    },
  };
}
