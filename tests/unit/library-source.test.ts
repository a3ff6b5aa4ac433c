// @vitest-environment happy-dom
/**
 * The library page's first read (entrypoints/library/library-source.ts): library-start.js begins it while the
 * HTML is parsed, the app picks it up, and a page without the start script still gets its rows. The start
 * script's connection must not outlive the read: it would block another page's upgrade of the database.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, openGlossDb, saveAnnotation } from '@/lib/db';
import { librarySource, startNewestRead } from '@/entrypoints/library/library-source';
import { makeAnnotation } from '../fixtures/db/annotations';

type StartWindow = Window & { __glossLibraryStart?: unknown };
const minute = (n: number) => new Date(Date.UTC(2026, 2, 14, 9, n)).toISOString();

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('could not delete the database'));
  });
}

beforeEach(async () => {
  delete (window as StartWindow).__glossLibraryStart;
  await deleteDatabase();
});

describe('the library source', () => {
  it('takes over the read the start script began: the newest rows first, and the connection closed after', async () => {
    const db = await openGlossDb(indexedDB);
    for (const n of [1, 3, 2]) await saveAnnotation(db, makeAnnotation({ exact: `passage ${n}` }), { now: minute(n) });
    db.close();

    const close = vi.spyOn(IDBDatabase.prototype, 'close');
    startNewestRead();
    const started = (window as StartWindow).__glossLibraryStart as { preview: Promise<unknown> };
    const source = librarySource();
    expect(source.preview).toBe(started.preview);
    expect(source.previewNow()).toBeNull();

    const { annotations } = await source.preview;
    expect(annotations.map((a) => a.exact)).toEqual(['passage 3', 'passage 2', 'passage 1']);
    expect(source.previewNow()?.annotations).toBe(annotations);
    expect(performance.getEntriesByName('gloss:preview-read').length).toBeGreaterThan(0);
    expect(close).toHaveBeenCalledTimes(1);
    close.mockRestore();
  });

  it('starts the read itself when the start script did not run, and opens its own connection on demand', async () => {
    const source = librarySource();
    expect(await source.preview).toEqual({ annotations: [], pages: [] });
    const db = await source.db();
    expect(await source.db()).toBe(db);
    db.close();
  });
});
