import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BadgeApi } from '@/entrypoints/background/badge';
import { createBackgroundHandler } from '@/entrypoints/background/handler';
import { createLazyDb } from '@/entrypoints/background/lazy-db';
import { classifySender, type SenderContext } from '@/entrypoints/background/sender';
import { createTabStatusStore } from '@/entrypoints/background/tab-status';
import { normalizePageUrl, openGlossDb, type GlossDb } from '@/lib/db';
import type { Annotation } from '@/lib/model/annotation';
import { createSender, type Send } from '@/lib/messages';
import { makeAnnotation, makeClaim } from '../fixtures/db/annotations';
import { storedAnnotations } from '../helpers/stored-annotations';

const self = { id: 'gloss-id', baseUrl: 'chrome-extension://gloss-id/' };
const STORY = 'https://news.example.com/2026/03/story';
const OTHER = 'https://bank.example.org/statement';

describe('classifySender', () => {
  it.each([
    ['the popup', { id: 'gloss-id', url: 'chrome-extension://gloss-id/popup.html' }, { kind: 'extension-page' }],
    [
      'the reader in a tab',
      { id: 'gloss-id', url: 'chrome-extension://gloss-id/reader.html', tab: { id: 3 } },
      { kind: 'extension-page', tabId: 3 },
    ],
    ['an extension context with neither URL nor tab', { id: 'gloss-id' }, { kind: 'extension-page' }],
    [
      'a content script',
      { id: 'gloss-id', url: `${STORY}#x`, tab: { id: 7, url: STORY } },
      { kind: 'content-script', tabId: 7, pageUrl: `${STORY}#x` },
    ],
    [
      'a content script, tab URL only',
      { id: 'gloss-id', tab: { id: 7, url: STORY } },
      { kind: 'content-script', tabId: 7, pageUrl: STORY },
    ],
    ['a content script, no URL at all', { id: 'gloss-id', tab: { id: 7 } }, { kind: 'content-script', tabId: 7, pageUrl: null }],
    [
      'a look-alike extension URL of another id',
      { id: 'gloss-id', url: 'chrome-extension://gloss-id.evil/x', tab: { id: 1 } },
      { kind: 'content-script', tabId: 1, pageUrl: 'chrome-extension://gloss-id.evil/x' },
    ],
    ['another extension', { id: 'other-id', url: 'chrome-extension://other-id/bg.html' }, null],
    ['no id', { url: 'https://example.com/' }, null],
  ])('%s', (_who, sender, expected) => {
    const context = classifySender(sender, self);
    expect(context === null ? null : JSON.parse(JSON.stringify(context))).toEqual(expected);
  });
});

describe('createLazyDb', () => {
  it('opens once, retries after a failed open, reopens after the browser closes it', async () => {
    const factory = new IDBFactory();
    let closeHook: () => void = () => {};
    const open = vi.fn(async (onClose: () => void) => {
      if (open.mock.calls.length === 1) throw new Error('not now');
      closeHook = onClose;
      return openGlossDb(factory);
    });
    const db = createLazyDb(open);
    await expect(db()).rejects.toThrow('not now');
    const [a, b] = await Promise.all([db(), db()]);
    expect(a).toBe(b);
    expect(open).toHaveBeenCalledTimes(2);
    closeHook();
    const c = await db();
    expect(c).not.toBe(a);
    expect(open).toHaveBeenCalledTimes(3);
    for (const conn of [a, c]) conn.close();
  });
});

describe('storage messages through the background', () => {
  let db: GlossDb;
  let as: (context: SenderContext) => Send;
  const popup: SenderContext = { kind: 'extension-page' };
  const storyTab: SenderContext = { kind: 'content-script', tabId: 1, pageUrl: `${STORY}?utm_source=x#p2` };
  const otherTab: SenderContext = { kind: 'content-script', tabId: 2, pageUrl: OTHER };

  beforeEach(async () => {
    db = await openGlossDb(new IDBFactory());
    const badge: BadgeApi = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
    const handle = createBackgroundHandler({
      store: createTabStatusStore(),
      badge,
      now: () => Date.parse('2026-03-14T12:00:00.000Z'),
      db: async () => db,
    });
    as = (context) => createSender((message) => handle(structuredClone(message), context));
    return () => db.close();
  });

  it('saves, lists, deletes and undoes for the page’s own content script', async () => {
    const send = as(storyTab);
    const a = makeAnnotation({ pageUrl: `${STORY}#p2` });
    const saved = await send('annotation/save', { annotation: a });
    expect(saved).toEqual({ ok: true, value: { ...a, pageUrl: STORY, updated: '2026-03-14T12:00:00.000Z' } });
    const listed = await send('annotations/forPage', { url: `${STORY}?fbclid=1` });
    expect(listed).toEqual({ ok: true, value: [saved.ok && saved.value] });

    const deleted = await send('annotation/delete', { id: a.id });
    expect(deleted).toEqual(saved);
    expect(await send('annotations/forPage', { url: STORY })).toEqual({ ok: true, value: [] });
    expect(deleted.ok && (await send('annotation/restore', { annotation: deleted.value }))).toEqual(saved);
    expect(await send('annotations/forPage', { url: STORY })).toEqual(listed);
  });

  it('records a changed wording for the page’s own content script only, and nothing else of the annotation', async () => {
    const a = makeAnnotation({ pageUrl: STORY, comment: 'first' });
    await as(popup)('annotation/save', { annotation: a });
    await as(popup)('annotation/save', { annotation: { ...a, comment: 'edited in the library' } });
    const changed = { text: 'the new words', seen: '2026-03-14T12:00:00.000Z', kept: false };
    expect(await as(otherTab)('annotation/setChanged', { id: a.id, exact: a.exact, changed })).toMatchObject({ ok: false });
    expect(await as(storyTab)('annotation/setChanged', { id: a.id, exact: a.exact, changed })).toEqual({ ok: true, value: true });
    const [stored] = (await as(popup)('annotations/forPage', { url: STORY })).ok
      ? ((await as(popup)('annotations/forPage', { url: STORY })) as { value: Annotation[] }).value
      : [];
    expect(stored).toMatchObject({ comment: 'edited in the library', changed });
  });

  it('keeps a page away from other pages’ annotations', async () => {
    const theirs = makeAnnotation({ pageUrl: OTHER });
    expect((await as(otherTab)('annotation/save', { annotation: theirs })).ok).toBe(true);
    const hostile = as(storyTab);
    expect(await hostile('annotations/forPage', { url: OTHER })).toMatchObject({ ok: false, error: /only read its own/ });
    expect(await hostile('annotation/save', { annotation: makeAnnotation({ pageUrl: OTHER }) })).toMatchObject({
      ok: false,
      error: /not on this page/,
    });
    expect(await hostile('annotation/save', { annotation: { ...theirs, pageUrl: STORY } })).toMatchObject({
      ok: false,
      error: /another page/,
    });
    expect(await hostile('annotation/delete', { id: theirs.id })).toMatchObject({ ok: false, error: /another page/ });
    expect(await hostile('page/upsert', { page: { url: OTHER, title: 'x', siteName: null, published: null } })).toMatchObject({
      ok: false,
    });
    expect(await hostile('page/get', { url: OTHER })).toMatchObject({ ok: false, error: /only read its own/ });
    expect(await as(otherTab)('page/get', { url: OTHER })).toMatchObject({ ok: true, value: { url: OTHER } });
    expect(await hostile('page/status', { tabId: 2 })).toMatchObject({ ok: false, error: /only extension pages/ });
    const blind = as({ kind: 'content-script', tabId: 3, pageUrl: null });
    expect(await blind('annotations/forPage', { url: STORY })).toMatchObject({ ok: false, error: /without a page URL/ });
    // Nothing changed for the victim, and the popup still sees everything.
    expect(await as(popup)('annotations/forPage', { url: OTHER })).toMatchObject({ ok: true, value: [{ id: theirs.id, comment: '' }] });
  });

  it('lets a page use its same-site canonical URL', async () => {
    const canonical = 'https://news.example.com/2026/03/14/long-slug';
    const send = as(storyTab);
    expect((await send('annotation/save', { annotation: makeAnnotation({ pageUrl: canonical }) })).ok).toBe(true);
    expect(await send('annotations/forPage', { url: canonical })).toMatchObject({ ok: true, value: [{ pageUrl: canonical }] });
  });

  it('stores a page whose URL is over 8,192 characters under its shorter key', async () => {
    const longUrl = `${STORY}?q=${'x'.repeat(20_000)}`;
    const key = normalizePageUrl(longUrl);
    const send = as({ kind: 'content-script', tabId: 4, pageUrl: `${longUrl}#p1` });
    const a = makeAnnotation({ pageUrl: key });
    expect(await send('annotation/save', { annotation: a })).toMatchObject({ ok: true, value: { pageUrl: key } });
    expect(await send('annotations/forPage', { url: key })).toMatchObject({ ok: true, value: [{ id: a.id }] });
    expect(await send('page/upsert', { page: { url: key, title: 'Long', siteName: null, published: null } })).toMatchObject({ ok: true });
    // The raw URL itself is refused with the reason, not dropped silently.
    expect(await send('annotations/forPage', { url: longUrl })).toMatchObject({ ok: false, error: /longer than 8192/ });
  });

  it('records pages with the background’s clock', async () => {
    const page = { url: `${STORY}#top`, title: 'Story', siteName: 'Example News', published: '2026-03-13' };
    expect(await as(storyTab)('page/upsert', { page })).toEqual({
      ok: true,
      value: { ...page, url: STORY, firstSeen: '2026-03-14T12:00:00.000Z', lastSeen: '2026-03-14T12:00:00.000Z' },
    });
  });

  it('suggests speakers and sources to Gloss’s own pages, not to content scripts', async () => {
    const claim = makeClaim({ pageUrl: STORY, speaker: { name: 'Jane Doe', role: null } });
    await as(storyTab)('annotation/save', { annotation: claim });
    const editorFrame: SenderContext = { kind: 'extension-page', tabId: 1 };
    expect(await as(editorFrame)('suggest/speakers', { prefix: 'doe' })).toEqual({ ok: true, value: [{ name: 'Jane Doe', role: null }] });
    // A content script (even on the page the speaker was quoted on) would list every site's speakers and sources.
    expect(await as(storyTab)('suggest/speakers', { prefix: 'doe' })).toMatchObject({ ok: false, error: /only Gloss's own pages/ });
    expect(await as(otherTab)('suggest/sources', { prefix: '' })).toMatchObject({ ok: false, error: /only Gloss's own pages/ });
    expect(await as(popup)('suggest/sources', { prefix: 'stats.example', limit: 3 })).toEqual({ ok: true, value: claim.sources });
  });

  it('answers a malformed annotation with the field at fault, and stores nothing', async () => {
    const bad = { ...makeAnnotation({ pageUrl: STORY }), kind: 'rumour' } as never;
    expect(await as(popup)('annotation/save', { annotation: bad })).toMatchObject({ ok: false, error: /annotation\.kind/ });
    expect(await storedAnnotations(db)).toEqual([]);
  });

  it('answers an error when the database cannot be opened', async () => {
    const handle = createBackgroundHandler({
      store: createTabStatusStore(),
      badge: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
      db: () => Promise.reject(new Error('upgrade failed')),
    });
    await expect(handle({ type: 'annotations/forPage', payload: { url: STORY } }, popup)).resolves.toEqual({
      ok: false,
      error: 'annotations/forPage failed: upgrade failed',
    });
  });
});
