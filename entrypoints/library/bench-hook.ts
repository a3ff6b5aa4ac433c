/**
 * `library.html?bench=1`: functions the scale benchmark (bench/library-scale.ts) calls through Playwright. They
 * drive the page the way a user does (input events on the real search box and filter menu) and time what the
 * user waits for, in the page, so the numbers don't include the DevTools protocol's round trips.
 */
import { applyImport, listAnnotationsByPage, openGlossDb, type GlossDb } from '@/lib/db';
import { splitIntoParts } from '@/lib/db/page-parts';
import { WRITE_STORES, type PageAnnotations } from '@/lib/db/schema';
import { readAllItems, SHARD_KEYS, shardRecords } from '@/lib/db/shards';
import { countAnnotations } from '@/lib/library/read';
import type { Annotation } from '@/lib/model/annotation';
import { generateLibrary } from '@/lib/library/sample';
import { parseImport } from '@/lib/export';
import { backupFromLibrary } from '@/lib/library/transfer';
import { fileText } from '@/lib/library/transfer-text';
import { libraryBackupData } from './use-library';

interface Rendered {
  query: string;
  shown: number;
  phase: string;
}

/** Resolves with the next `gloss:rendered` event that `accept`s. */
function nextRender(accept: (detail: Rendered) => boolean, timeoutMs = 30_000): Promise<{ at: number; detail: Rendered }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the library did not render in time')), timeoutMs);
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<Rendered>).detail;
      if (!accept(detail)) return;
      clearTimeout(timer);
      window.removeEventListener('gloss:rendered', listener);
      resolve({ at: performance.now(), detail });
    };
    window.addEventListener('gloss:rendered', listener);
  });
}

/** The time of a performance mark the page sets, waiting for it to be set. */
async function waitForMark(name: string, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const mark = performance.getEntriesByName(name)[0];
    if (mark) return mark.startTime;
    if (performance.now() > deadline) throw new Error(`no "${name}" mark within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function element<T extends HTMLElement>(testId: string): T {
  const found = document.querySelector<T>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`no [data-testid="${testId}"] on the page`);
  return found;
}

/** Annotations grouped into page records, as lib/db stores them. */
function pageParts(annotations: readonly Annotation[]): PageAnnotations[] {
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const onPage = byPage.get(a.pageUrl);
    if (onPage) onPage.push(a);
    else byPage.set(a.pageUrl, [a]);
  }
  return [...byPage].flatMap(([url, onPage]) => splitIntoParts(url, onPage));
}

/** The v2 layout (lib/db/migrations.ts v1 + v2): one record per annotation, five indexes. */
function createAnnotationStore(db: IDBDatabase): void {
  const store = db.createObjectStore('records', { keyPath: 'id' });
  store.createIndex('byPage', 'pageUrl');
  store.createIndex('byKind', 'kind');
  store.createIndex('byTag', 'tags', { multiEntry: true });
  store.createIndex('byUpdated', 'updated');
  store.createIndex('bySpeaker', 'speakerName');
}

/** The annotationsByPage store of v4 (lib/db/migrations.ts v3 + v4). */
function createPageStore(db: IDBDatabase): void {
  const store = db.createObjectStore('records', { keyPath: ['url', 'part'] });
  store.createIndex('byUpdated', 'updated');
}

let db: GlossDb | null = null;
const database = async () => (db ??= await openGlossDb(indexedDB, { onClose: () => (db = null) }));
let lastBackup: string | null = null;

const benchApi = {
  /** Writes a generated library straight into the stores, in one transaction (setup, not measured). */
  async seed(pages: number, annotations: number): Promise<number> {
    const lib = generateLibrary({ pages, annotations, seed: 7 });
    const handle = await database();
    const tx = handle.transaction(['annotationsByPage', 'pageShards', 'idShards'], 'readwrite');
    for (const shard of shardRecords(lib.pages, SHARD_KEYS.pageShards)) void tx.objectStore('pageShards').put(shard);
    const locations = lib.annotations.map((a) => ({ id: a.id, url: a.pageUrl }));
    for (const shard of shardRecords(locations, SHARD_KEYS.idShards)) void tx.objectStore('idShards').put(shard);
    for (const part of pageParts(lib.annotations)) void tx.objectStore('annotationsByPage').put(part);
    await tx.done;
    return countAnnotations(handle);
  },
  /**
   * Raw write speed of the two storage layouts: `count` generated annotations put in one transaction (relaxed
   * durability, requests fired without waiting) into a scratch database shaped like v2 (a record per annotation,
   * five indexes) or v4 (a record per page, lib/db's one index). Annotations per second.
   */
  async rawPutRate(count: number, layout: 'per-annotation' | 'per-page'): Promise<number> {
    const lib = generateLibrary({ pages: Math.max(1, Math.round(count / 10)), annotations: count, seed: 11 });
    const name = `gloss-bench-${layout}`;
    const scratch = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => (layout === 'per-page' ? createPageStore : createAnnotationStore)(request.result);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('could not open the scratch database'));
    });
    const records: object[] =
      layout === 'per-page'
        ? pageParts(lib.annotations)
        : lib.annotations.map((a) => ({ ...a, speakerName: a.speaker?.name.toLowerCase() }));
    const start = performance.now();
    const tx = scratch.transaction('records', 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('records');
    for (const record of records) store.put(record);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
    const ms = performance.now() - start;
    scratch.close();
    await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
    return count / (ms / 1000);
  },
  async clear(): Promise<void> {
    const handle = await database();
    // Every store but meta: its count of writes keeps growing, as it does for a reader who deletes everything.
    const stores = WRITE_STORES.filter((name) => name !== 'meta');
    const tx = handle.transaction(stores, 'readwrite');
    await Promise.all(stores.map((name) => tx.objectStore(name).clear()));
    await tx.done;
  },
  /**
   * ms from navigation start to the first rows on screen (the frame with them painted), to everything loaded
   * and searchable, and the steps before: the start script running, the database open, the newest rows read,
   * the app's module running, the rows in the DOM.
   */
  async loadTimes(): Promise<{
    firstRows: number;
    ready: number;
    scriptStart: number;
    dbOpen: number;
    previewRead: number;
    appStart: number;
    firstRowsDom: number;
    heapMb: number | null;
  }> {
    const ready = await waitForMark('gloss:library-ready', 120_000);
    const firstRows = await waitForMark('gloss:first-rows', 1_000);
    const steps = ['gloss:script-start', 'gloss:db-open', 'gloss:preview-read', 'gloss:app-start', 'gloss:first-rows-dom'];
    const [scriptStart, dbOpen, previewRead, appStart, firstRowsDom] = await Promise.all(steps.map((name) => waitForMark(name, 1_000)));
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      firstRows,
      ready,
      scriptStart: scriptStart!,
      dbOpen: dbOpen!,
      previewRead: previewRead!,
      appStart: appStart!,
      firstRowsDom: firstRowsDom!,
      heapMb: memory ? memory.usedJSHeapSize / 1024 / 1024 : null,
    };
  },
  /** Types `text` into the search box one character at a time; ms from each keystroke to its results on screen. */
  async typeSearch(text: string): Promise<{ times: number[]; shown: number }> {
    const input = element<HTMLInputElement>('library-search');
    const times: number[] = [];
    let shown = 0;
    for (let i = 1; i <= text.length; i++) {
      const query = text.slice(0, i);
      const rendered = nextRender((d) => d.query === query);
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text[i - 1] }));
      const { at, detail } = await rendered;
      times.push(at - start);
      shown = detail.shown;
    }
    return { times, shown };
  },
  /** Sets the kind filter; ms until the filtered list is on screen. */
  async setKind(kind: string): Promise<{ ms: number; shown: number }> {
    const select = element<HTMLSelectElement>('filter-kind');
    const rendered = nextRender(() => true);
    const start = performance.now();
    select.value = kind;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const { at, detail } = await rendered;
    return { ms: at - start, shown: detail.shown };
  },
  /** ms per `listAnnotationsByPage` for each URL. */
  async pageLookups(urls: string[]): Promise<{ times: number[]; found: number }> {
    const handle = await database();
    const times: number[] = [];
    let found = 0;
    for (const url of urls) {
      const start = performance.now();
      found += (await listAnnotationsByPage(handle, url)).length;
      times.push(performance.now() - start);
    }
    return { times, found };
  },
  async pageUrls(count: number): Promise<string[]> {
    const keys = (await readAllItems(await database(), 'pageShards')).map((page) => page.url);
    return Array.from({ length: count }, (_, i) => keys[Math.floor((i * keys.length) / count)]!).filter(Boolean);
  },
  /**
   * The "Back up everything" file, made as the button makes it (the download itself is not timed): checking the
   * database against the loaded copy (and reading the stores when it differs), then writing, timed apart.
   */
  async backup(): Promise<{ ms: number; readMs: number; serializeMs: number; bytes: number; fromMemory: boolean }> {
    const start = performance.now();
    const lib = await libraryBackupData()();
    const read = performance.now();
    const file = backupFromLibrary(lib, new Date());
    const blob = new Blob(file.parts as string[], { type: file.mimeType });
    const end = performance.now();
    lastBackup = fileText(file);
    return { ms: end - start, readMs: read - start, serializeMs: end - read, bytes: blob.size, fromMemory: lib.fromMemory };
  },
  /**
   * Imports the last backup as the import button does (parse, validate, one transaction), into a new empty
   * database as in a fresh profile (`into: 'fresh'`, deleted afterwards), or into Gloss's own database after
   * emptying it (`into: 'cleared'`: IndexedDB is still sweeping away the deleted records meanwhile).
   */
  async restoreLastBackup(
    into: 'fresh' | 'cleared' = 'fresh',
  ): Promise<{ ms: number; parseMs: number; added: number; skipped: number; error: string | null }> {
    if (lastBackup === null) throw new Error('no backup made yet');
    if (into === 'cleared') await benchApi.clear();
    const name = `gloss-restore-${Date.now()}`;
    const handle = into === 'cleared' ? await database() : await openGlossDb(indexedDB, { name });
    try {
      return await restoreInto(handle, lastBackup);
    } finally {
      if (into === 'fresh') {
        handle.close();
        await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
      }
    }
  },
};

async function restoreInto(
  handle: GlossDb,
  backup: string,
): Promise<{ ms: number; parseMs: number; added: number; skipped: number; error: string | null }> {
  {
    // importText's two steps, timed apart: reading the file, then writing it.
    const start = performance.now();
    const parsed = parseImport(backup);
    const parseMs = performance.now() - start;
    if (!parsed.ok) return { ms: parseMs, parseMs, added: 0, skipped: 0, error: parsed.error };
    const outcome = await applyImport(handle, parsed.value, { annotationsValidated: true });
    const ms = performance.now() - start;
    return outcome.ok ? { ms, parseMs, ...outcome.value, error: null } : { ms, parseMs, added: 0, skipped: 0, error: outcome.error };
  }
}

export type LibraryBenchApi = typeof benchApi;

export function installBenchHook(): void {
  (window as unknown as { __glossBench: LibraryBenchApi }).__glossBench = benchApi;
  window.dispatchEvent(new Event('gloss:bench-ready'));
}
