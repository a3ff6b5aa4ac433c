// @vitest-environment happy-dom
/**
 * The content script's storage flow against the real background handler and a fresh IndexedDB: what the page
 * saves passes the protocol's validation and the background's page scoping; suggestions accept and dismiss.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '@/entrypoints/background/handler';
import { createTabStatusStore } from '@/entrypoints/background/tab-status';
import { createAnnotationStore } from '@/entrypoints/article.content/annotation-store';
import type { LocalArea } from '@/entrypoints/article.content/local-area';
import { createPageContext } from '@/entrypoints/article.content/page-context';
import { scanPage } from '@/entrypoints/article.content/scan';
import { createSuggestionService } from '@/entrypoints/article.content/suggestion-service';
import { getPage, openGlossDb } from '@/lib/db';
import { annotationForSpan } from '@/lib/highlight/annotation-factory';
import { createSender } from '@/lib/messages';

const here = path.dirname(fileURLToPath(import.meta.url));
const HTML = readFileSync(path.join(here, '../e2e/pages/article.html'), 'utf8');
const PAGE = 'http://127.0.0.1:8080/news/story.html';

function pageDocument(url: string): Document {
  const win = new Window({ url });
  win.document.write(HTML);
  return win.document as unknown as Document;
}

function memoryArea(): LocalArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (more) => void Object.assign(items, structuredClone(more)),
  };
}

/** `documentUrl`: the URL the background sees the content script's messages come from (null: the document's own). */
function setup(documentUrl: string | null = PAGE) {
  const factory = new IDBFactory();
  const db = () => openGlossDb(factory);
  const handle = createBackgroundHandler({
    store: createTabStatusStore(),
    badge: { setBadgeText() {}, setBadgeBackgroundColor() {}, setTitle() {} },
    db,
  });
  const doc = pageDocument(PAGE);
  // Exactly what the background knows about a content script's message: the document's URL.
  const send = createSender((message) => handle(message, { kind: 'content-script', tabId: 1, pageUrl: documentUrl ?? doc.location.href }));
  const page = createPageContext(doc, scanPage(doc, PAGE));
  const store = createAnnotationStore(send, page);
  const local = memoryArea();
  return { db, send, page, store, local, suggestions: createSuggestionService(page, store, local) };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('saving from the page', () => {
  it("stores the annotation under the page's normalized URL and records the page from the cleaner", async () => {
    const { db, send, page, store } = setup();
    const text = page.article()!.text;
    const start = text.indexOf('The budget simply');
    const draft = annotationForSpan(
      { id: crypto.randomUUID(), kind: 'quote', pageUrl: page.url(), now: new Date().toISOString() },
      text,
      start,
      start + 40,
    )!;
    const saved = await store.save(draft);
    expect(saved).toMatchObject({ kind: 'quote', exact: 'The budget simply does not add up for a', pageUrl: PAGE });
    expect(store.all()).toEqual([saved]);

    const listed = await send('annotations/forPage', { url: PAGE });
    expect(listed.ok && listed.value.map((a) => a.id)).toEqual([saved.id]);
    expect(await getPage(await db(), PAGE)).toMatchObject({
      url: PAGE,
      title: 'Harbour Authority Approves Night Ferry Pilot',
      siteName: 'The Coastal Ledger',
      published: '2026-03-14T09:30:00+00:00',
    });
  });

  it("cannot be used for another site's annotations (the background scopes a page to itself)", async () => {
    const { store, page } = setup('https://bank.example.org/statement');
    const draft = annotationForSpan(
      { id: crypto.randomUUID(), kind: 'note', pageUrl: page.url(), now: new Date().toISOString() },
      'Some text here',
      0,
      9,
    )!;
    await expect(store.save(draft)).rejects.toThrow(/own|page/);
    await expect(store.refresh()).rejects.toThrow(/own/);
  });
});

describe('a single-page app moving to another story', () => {
  const NEXT = 'http://127.0.0.1:8080/news/next-story.html';

  /** What the site's script does: push the new URL, put the new story in place of the old one. */
  function moveToNextStory(doc: Document): void {
    doc.defaultView!.history.pushState({}, '', NEXT);
    doc.title = 'Bridge Vote Delayed Again';
    for (const h1 of doc.querySelectorAll('h1')) h1.textContent = 'Bridge Vote Delayed Again';
    for (const meta of doc.querySelectorAll('meta[property^="og:"], script[type="application/ld+json"], link[rel="canonical"]'))
      meta.remove();
  }

  it("records each URL's page with its own title, and loads only that URL's annotations", async () => {
    const { db, page, store } = setup(null);
    const text = () => page.article()!.text;
    const quote = (needle: string) => {
      const start = text().indexOf(needle);
      return annotationForSpan(
        { id: crypto.randomUUID(), kind: 'quote', pageUrl: page.url(), now: new Date().toISOString() },
        text(),
        start,
        start + needle.length,
      )!;
    };
    const first = await store.save(quote('The budget simply'));

    // No rescan asked for: the page context notices the new address itself.
    moveToNextStory(page.doc);
    expect(page.pageInput().title).toBe('Bridge Vote Delayed Again');
    expect(await store.refresh()).toEqual([]);
    expect(store.loadedFor()).toBe(NEXT);
    const second = await store.save(quote('The budget simply'));
    expect(second.pageUrl).toBe(NEXT);
    expect((await getPage(await db(), NEXT))?.title).toBe('Bridge Vote Delayed Again');
    expect((await getPage(await db(), PAGE))?.title).toBe('Harbour Authority Approves Night Ferry Pilot');

    page.doc.defaultView!.history.back();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await store.refresh()).map((a) => a.id)).toEqual([first.id]);
  });

  it('drops an answer for a URL the page has left while it was on the way', async () => {
    const { page, store } = setup(null);
    const loading = store.refresh();
    moveToNextStory(page.doc);
    await loading;
    expect(store.loadedFor(), "the old URL's answer was not taken as the new one's").toBeNull();
  });
});

describe('suggestions on the page', () => {
  it('accepting creates a quote with the speaker; dismissing is remembered per page', async () => {
    const { store, suggestions, local } = setup();
    await store.refresh();
    const listed = await suggestions.list();
    const marsh = listed.find((s) => s.kind === 'quote' && s.speaker?.name === 'Elena Marsh')!;
    expect(marsh).toMatchObject({ state: 'open', text: expect.stringContaining('This is about giving shift workers') });

    const accepted = await suggestions.decide(marsh.id, true);
    expect(accepted).toMatchObject({ kind: 'quote', speaker: { name: 'Elena Marsh' }, pageUrl: PAGE, verdict: null });
    const claim = listed.find((s) => s.kind === 'claim')!;
    expect(await suggestions.decide(claim.id, false)).toBeNull();
    expect(local.items[`gloss:dismissed:${PAGE}`]).toEqual([claim.id]);

    const after = new Map((await suggestions.list()).map((s) => [s.id, s.state]));
    expect(after.get(marsh.id)).toBe('accepted');
    expect(after.get(claim.id)).toBe('dismissed');
    await expect(suggestions.decide('s-nope', true)).rejects.toThrow(/no suggestion/);
  });
});
