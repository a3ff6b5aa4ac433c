import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BadgeApi } from '@/entrypoints/background/badge';
import { createBackgroundHandler } from '@/entrypoints/background/handler';
import type { SenderContext } from '@/entrypoints/background/sender';
import { createTabStatusStore } from '@/entrypoints/background/tab-status';
import { deleteAnnotation, openGlossDb, saveAnnotation, type GlossDb } from '@/lib/db';
import { createAnnotatedPages, readAnnotatedPageKeys } from '@/lib/db/page-keys';
import { onCommittedWrite } from '@/lib/db/write-events';
import { createSender, type Send } from '@/lib/messages';
import { makeAnnotation } from '../fixtures/db/annotations';

const STORY = 'https://news.example.com/2026/03/story';
const FRONT = 'https://news.example.com/world/';

describe('the set of annotated pages', () => {
  let db: GlossDb;
  beforeEach(async () => {
    db = await openGlossDb(new IDBFactory());
    return () => db.close();
  });

  it('holds each page with annotations once, by its normalized key, and loses a page whose last one is deleted', async () => {
    const first = makeAnnotation({ pageUrl: `${STORY}?utm_source=mail#p3` });
    const second = makeAnnotation({ pageUrl: STORY });
    for (const annotation of [first, second, makeAnnotation({ pageUrl: FRONT })]) await saveAnnotation(db, annotation);
    expect([...(await readAnnotatedPageKeys(db))].sort()).toEqual([STORY, FRONT].sort());

    await deleteAnnotation(db, first.id);
    expect(await readAnnotatedPageKeys(db)).toContain(STORY); // one of its two annotations is left
    await deleteAnnotation(db, second.id);
    expect([...(await readAnnotatedPageKeys(db))]).toEqual([FRONT]);
  });

  it('reads the database once, and again only after a write is announced', async () => {
    const read = vi.fn(() => readAnnotatedPageKeys(db));
    const pages = createAnnotatedPages(read);
    const stop = onCommittedWrite(() => pages.invalidate());
    try {
      expect(await pages.has(STORY)).toBe(false);
      expect(await pages.has(FRONT)).toBe(false);
      expect(read).toHaveBeenCalledTimes(1);
      await saveAnnotation(db, makeAnnotation({ pageUrl: STORY }));
      expect(await pages.has(STORY)).toBe(true);
      expect(read).toHaveBeenCalledTimes(2);
    } finally {
      stop();
    }
  });

  it('does not keep a failed read', async () => {
    const read = vi
      .fn()
      .mockRejectedValueOnce(new Error('blocked'))
      .mockResolvedValue(new Set([STORY]));
    const pages = createAnnotatedPages(read);
    await expect(pages.has(STORY)).rejects.toThrow('blocked');
    expect(await pages.has(STORY)).toBe(true);
  });
});

describe('page/hasAnnotations and content/load through the background', () => {
  let db: GlossDb;
  let as: (context: SenderContext) => Send;
  const loadContent = vi.fn(async () => {});
  const insertStyles = vi.fn(async () => {});
  const storyTab: SenderContext = { kind: 'content-script', tabId: 4, frameId: 0, pageUrl: `${STORY}?fbclid=1` };
  const popup: SenderContext = { kind: 'extension-page' };

  beforeEach(async () => {
    db = await openGlossDb(new IDBFactory());
    loadContent.mockClear();
    insertStyles.mockClear();
    const badge: BadgeApi = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
    const annotatedPages = createAnnotatedPages(() => readAnnotatedPageKeys(db));
    const handle = createBackgroundHandler({
      store: createTabStatusStore(),
      badge,
      db: async () => db,
      annotatedPages,
      loadContent,
      insertStyles,
    });
    const stop = onCommittedWrite(() => annotatedPages.invalidate());
    as = (context) => createSender((message) => handle(structuredClone(message), context));
    return () => (stop(), db.close());
  });

  it('answers for the sender’s own page, under the canonical link the page declares on its own site', async () => {
    await as(popup)('annotation/save', { annotation: makeAnnotation({ pageUrl: STORY }) });
    expect(await as(storyTab)('page/hasAnnotations', { canonical: null })).toEqual({ ok: true, value: true });
    const amp = { ...storyTab, pageUrl: 'https://news.example.com/amp/2026/03/story' } as SenderContext;
    expect(await as(amp)('page/hasAnnotations', { canonical: null })).toEqual({ ok: true, value: false });
    expect(await as(amp)('page/hasAnnotations', { canonical: STORY })).toEqual({ ok: true, value: true });
    // Another site's page can't borrow the story's key by naming it as its canonical.
    const elsewhere = { ...storyTab, pageUrl: 'https://attacker.example.org/copy' } as SenderContext;
    expect(await as(elsewhere)('page/hasAnnotations', { canonical: STORY })).toEqual({ ok: true, value: false });
  });

  it('loads the rest of Gloss into the sender’s own frame only, and only for content scripts', async () => {
    expect(await as({ ...storyTab, frameId: 3 } as SenderContext)('content/load', {})).toEqual({ ok: true, value: null });
    expect(loadContent).toHaveBeenCalledWith({ tabId: 4, frameId: 3 });
    expect(await as(popup)('content/load', {})).toMatchObject({ ok: false, error: /content script/ });
    expect(await as(popup)('page/hasAnnotations', { canonical: STORY })).toMatchObject({ ok: false, error: /content script/ });
    expect(loadContent).toHaveBeenCalledTimes(1);
  });

  it('targets the very document that asked where the browser names it, for the script and for the styles', async () => {
    const inDocument = { ...storyTab, documentId: 'DOC-1' } as SenderContext;
    expect(await as(inDocument)('content/load', {})).toEqual({ ok: true, value: null });
    expect(loadContent).toHaveBeenCalledWith({ tabId: 4, frameId: 0, documentId: 'DOC-1' });
    expect(await as(inDocument)('content/styles', {})).toEqual({ ok: true, value: null });
    expect(insertStyles).toHaveBeenCalledWith({ tabId: 4, frameId: 0, documentId: 'DOC-1' });
    expect(await as(popup)('content/styles', {})).toMatchObject({ ok: false });
  });
});
