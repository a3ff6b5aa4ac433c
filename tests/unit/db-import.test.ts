import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyImport,
  getPage,
  listAllAnnotations,
  openGlossDb,
  saveAnnotation,
  suggestSources,
  suggestSpeakers,
  type GlossDb,
} from '@/lib/db';
import type { PageRecord } from '@/lib/model/annotation';
import { makeAnnotation, makeClaim } from '../fixtures/db/annotations';
import { storedAnnotations, storedItems } from '../helpers/stored-annotations';

let db: GlossDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openGlossDb();
  return () => db.close();
});
afterEach(() => vi.restoreAllMocks());

const page: PageRecord = {
  url: 'https://news.example.com/2026/03/story',
  title: 'The story',
  siteName: 'Example News',
  published: '2026-03-13T18:00:00+01:00',
  firstSeen: '2026-03-14T09:00:00.000Z',
  lastSeen: '2026-03-14T10:00:00.000Z',
};

/** Everything in every store, to compare before and after. */
async function snapshot() {
  return Promise.all([
    storedAnnotations(db),
    ...(['idShards', 'pageShards', 'speakerShards', 'sourceShards'] as const).map((store) => storedItems(db, store)),
  ]);
}

describe('applyImport', () => {
  it('adds everything new, keeping the file’s timestamps, and feeds autocomplete', async () => {
    const claim = makeClaim({ updated: '2026-03-20T00:00:00.000Z' });
    const result = await applyImport(db, { pages: [page], annotations: [makeAnnotation(), claim] });
    expect(result).toEqual({ ok: true, value: { added: 2, skipped: 0 } });
    const all = await listAllAnnotations(db);
    expect(all[0]).toEqual(claim);
    // Annotating a page is seeing it: lastSeen moves to the claim's last edit.
    expect(await getPage(db, page.url)).toEqual({ ...page, lastSeen: claim.updated });
    expect(await suggestSpeakers(db, 'jane')).toEqual([{ name: 'Jane Doe', role: 'Minister of Energy' }]);
    expect(await suggestSources(db, 'labour')).toHaveLength(1);
  });

  it('skips what is already there: same id, or same page, kind, text and creation time', async () => {
    const existing = makeAnnotation();
    await saveAnnotation(db, existing);
    const sameId = { ...existing, comment: 'a different version' };
    const sameContent = { ...existing, id: 'another-id-1', pageUrl: `${existing.pageUrl}?utm_source=x` };
    const repeatedInFile = makeAnnotation({ exact: 'new text', selectors: [] });
    const repeatedAgain = { ...repeatedInFile, id: 'another-id-2' };
    const otherTime = { ...existing, id: 'another-id-3', created: '2026-03-15T00:00:00.000Z' };
    const result = await applyImport(db, { pages: [], annotations: [sameId, sameContent, repeatedInFile, repeatedAgain, otherTime] });
    expect(result).toEqual({ ok: true, value: { added: 2, skipped: 3 } });
    const comments = (await listAllAnnotations(db)).map((a) => a.comment);
    expect(comments).not.toContain('a different version');
    expect(await listAllAnnotations(db)).toHaveLength(3);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const file = { pages: [page], annotations: [makeAnnotation(), makeClaim()] };
    expect(await applyImport(db, file)).toEqual({ ok: true, value: { added: 2, skipped: 0 } });
    const before = await snapshot();
    expect(await applyImport(db, file)).toEqual({ ok: true, value: { added: 0, skipped: 2 } });
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a bad record by name and writes nothing', async () => {
    await saveAnnotation(db, makeAnnotation());
    const before = await snapshot();
    const bad = { ...makeAnnotation(), verdict: 'maybe' } as never;
    const result = await applyImport(db, { pages: [page], annotations: [makeAnnotation(), bad] });
    expect(result).toMatchObject({ ok: false, error: /^annotations\[1\] verdict: expected one of/ });
    const badPage = await applyImport(db, { pages: [{ ...page, firstSeen: 'yesterday' }], annotations: [] });
    expect(badPage).toMatchObject({ ok: false, error: /^pages\[0\] firstSeen:/ });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the database exactly as it was when a write fails halfway', async () => {
    await saveAnnotation(db, makeClaim());
    const before = await snapshot();
    // The third page of annotations fails to write, as a full disk would make it.
    const realPut = IDBObjectStore.prototype.put;
    let annotationPuts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'annotationsByPage' && ++annotationPuts === 3) throw new DOMException('disk full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    // Each on its own page: one record per page, so four records to write.
    const distinct = (exact: string) => makeAnnotation({ exact, selectors: [], pageUrl: `https://news.example.com/2026/03/${exact}` });
    const file = {
      pages: [{ ...page, title: 'changed' }],
      annotations: [distinct('one'), distinct('two'), distinct('three'), distinct('four')],
    };
    const result = await applyImport(db, file);
    expect(result).toEqual({ ok: false, error: 'storage: QuotaExceededError: disk full' });
    expect(annotationPuts).toBe(3);
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });
});
