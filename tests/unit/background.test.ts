import { describe, expect, it, vi } from 'vitest';
import { ARTICLE_BADGE, NO_BADGE, type BadgeApi } from '@/entrypoints/background/badge';
import { createBackgroundHandler, forgetTab, type BackgroundDeps } from '@/entrypoints/background/handler';
import { createTabStatusStore, type SessionArea } from '@/entrypoints/background/tab-status';
import type { SenderContext } from '@/entrypoints/background/sender';
import { openGlossDb } from '@/lib/db';
import type { PageStatus } from '@/lib/messages';

function fakeSession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (key) => void data.delete(key),
  };
}

function fakeBadge() {
  const calls = { text: new Map<number, string>(), color: new Map<number, string>(), title: new Map<number, string>() };
  const api: BadgeApi = {
    setBadgeText: vi.fn(({ tabId, text }) => void calls.text.set(tabId, text)),
    setBadgeBackgroundColor: vi.fn(({ tabId, color }) => void calls.color.set(tabId, color)),
    setTitle: vi.fn(({ tabId, title }) => void calls.title.set(tabId, title)),
  };
  return { api, calls };
}

const summary = { title: 'Headline', siteName: 'Site', published: null, byline: null, wordCount: 400, url: 'http://a/' };
const article = { url: 'http://a/', detection: { isArticle: true, score: 1, reasons: [] }, summary };
const notArticle = { url: 'http://b/', detection: { isArticle: false, score: 0.1, reasons: [] }, summary: null };

function setup(session: SessionArea = fakeSession()) {
  const badge = fakeBadge();
  const db = () => openGlossDb(new IDBFactory());
  const deps: BackgroundDeps = { store: createTabStatusStore(session), badge: badge.api, now: () => 1000, db };
  return { deps, badge, handle: createBackgroundHandler(deps) };
}

const popup: SenderContext = { kind: 'extension-page' };
const tab = (tabId: number): SenderContext => ({ kind: 'content-script', tabId, pageUrl: 'http://a/' });

describe('background handler', () => {
  it('records an article tab and badges it', async () => {
    const { handle, badge } = setup();
    await expect(handle({ type: 'page/detected', payload: article }, tab(5))).resolves.toEqual({ ok: true, value: null });
    expect(badge.calls.text.get(5)).toBe(ARTICLE_BADGE.text);
    expect(badge.calls.title.get(5)).toBe('Gloss: article detected');
    const expected: PageStatus = { ...article, updatedAt: 1000 };
    await expect(handle({ type: 'page/status', payload: { tabId: 5 } }, popup)).resolves.toEqual({ ok: true, value: expected });
  });

  it('leaves non-articles without a badge', async () => {
    const { handle, badge } = setup();
    await handle({ type: 'page/detected', payload: article }, tab(2));
    await handle({ type: 'page/detected', payload: notArticle }, tab(2));
    expect(badge.calls.text.get(2)).toBe('');
    expect(badge.calls.title.get(2)).toBe(NO_BADGE.title);
    await expect(handle({ type: 'page/status', payload: { tabId: 2 } }, popup)).resolves.toMatchObject({
      ok: true,
      value: { detection: { isArticle: false } },
    });
  });

  it('answers null for unknown tabs and errors for bad messages', async () => {
    const { handle } = setup();
    await expect(handle({ type: 'page/status', payload: { tabId: 99 } }, popup)).resolves.toEqual({ ok: true, value: null });
    await expect(handle({ type: 'page/detected', payload: article }, popup)).resolves.toMatchObject({ ok: false, error: /from a tab/ });
    await expect(handle({ type: 'article/summary', payload: {} }, popup)).resolves.toMatchObject({ ok: false });
    await expect(handle({ type: 'page/detected', payload: { url: 1 } }, tab(1))).resolves.toMatchObject({ ok: false });
    await expect(handle(undefined, popup)).resolves.toMatchObject({ ok: false });
  });

  it('keeps tab status across a service-worker restart via storage.session', async () => {
    const session = fakeSession();
    await setup(session).handle({ type: 'page/detected', payload: article }, tab(8));
    const restarted = setup(session);
    await expect(restarted.handle({ type: 'page/status', payload: { tabId: 8 } }, popup)).resolves.toMatchObject({
      ok: true,
      value: { summary: { title: 'Headline' } },
    });
  });

  it('forgets a tab and clears its badge on navigation', async () => {
    const session = fakeSession();
    const { deps, handle, badge } = setup(session);
    await handle({ type: 'page/detected', payload: article }, tab(4));
    await forgetTab(deps, 4);
    expect(badge.calls.text.get(4)).toBe('');
    expect(session.data.size).toBe(0);
    await expect(handle({ type: 'page/status', payload: { tabId: 4 } }, popup)).resolves.toEqual({ ok: true, value: null });
  });

  it('works without storage.session and survives its failures', async () => {
    const broken: SessionArea = {
      get: () => Promise.reject(new Error('no session')),
      set: () => Promise.reject(new Error('no session')),
      remove: () => Promise.reject(new Error('no session')),
    };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const store of [createTabStatusStore(), createTabStatusStore(broken)]) {
      await store.set(1, { ...article, updatedAt: 1 });
      await expect(store.get(1)).resolves.toMatchObject({ url: 'http://a/' });
      await expect(store.get(2)).resolves.toBeNull();
      await store.delete(1);
      await expect(store.get(1)).resolves.toBeNull();
    }
  });

  it('ignores corrupt stored entries', async () => {
    const session = fakeSession();
    session.data.set('tab:3', { url: 5 });
    await expect(createTabStatusStore(session).get(3)).resolves.toBeNull();
  });
});
