/**
 * Annotations live in page records (parts of at most PART_SIZE). What a reader would notice if the parts went
 * wrong: a lost or doubled annotation, one that can't be found by id after an edit, a page that grows past a
 * part, or a deleted annotation's page record left behind.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAnnotation, getAnnotation, listAnnotationsByPage, openGlossDb, saveAnnotation, type GlossDb } from '@/lib/db';
import { PART_SIZE, pageRange } from '@/lib/db/page-parts';
import { addTagToMany, deleteMany, restoreMany } from '@/lib/library/store';
import { countAnnotations, readNewest } from '@/lib/library/read';
import type { Annotation } from '@/lib/model/annotation';
import { makeAnnotation } from '../fixtures/db/annotations';
import { storedAnnotations } from '../helpers/stored-annotations';

const PAGE = 'https://news.example.com/2026/03/story';
const OTHER = 'https://news.example.com/2026/03/other-story';

let db: GlossDb;
beforeEach(async () => {
  db = await openGlossDb(new IDBFactory());
  return () => db.close();
});

const partSizes = async (url: string) => (await db.getAll('annotationsByPage', pageRange(url))).map((p) => [p.part, p.annotations.length]);
const minute = (n: number) => new Date(Date.UTC(2026, 2, 14, 9, n)).toISOString();

describe('page records', () => {
  it('a page past PART_SIZE annotations gets a second part; all are listed and counted once', async () => {
    for (let i = 0; i <= PART_SIZE; i++)
      expect((await saveAnnotation(db, makeAnnotation({ exact: `passage ${i}` }), { now: minute(i) })).ok).toBe(true);
    expect(await partSizes(PAGE)).toEqual([
      [0, PART_SIZE],
      [1, 1],
    ]);
    expect(await listAnnotationsByPage(db, PAGE)).toHaveLength(PART_SIZE + 1);
    expect(await countAnnotations(db)).toBe(PART_SIZE + 1);
  });

  it('an edit stays in its part and is found by id; deleting the last one removes the record', async () => {
    const saved = await saveAnnotation(db, makeAnnotation(), { now: minute(1) });
    if (!saved.ok) throw new Error(saved.error);
    await saveAnnotation(db, { ...saved.value, comment: 'edited' }, { now: minute(2) });
    expect(await getAnnotation(db, saved.value.id)).toMatchObject({ comment: 'edited', updated: minute(2), created: saved.value.created });
    expect(await partSizes(PAGE)).toEqual([[0, 1]]);
    expect((await deleteAnnotation(db, saved.value.id)).ok).toBe(true);
    expect(await db.getAll('annotationsByPage')).toEqual([]);
  });

  it('an annotation saved again with another page moves there: never two copies', async () => {
    const saved = await saveAnnotation(db, makeAnnotation(), { now: minute(1) });
    if (!saved.ok) throw new Error(saved.error);
    expect((await saveAnnotation(db, { ...saved.value, pageUrl: OTHER }, { now: minute(2) })).ok).toBe(true);
    expect((await storedAnnotations(db)).map((a) => [a.id, a.pageUrl])).toEqual([[saved.value.id, OTHER]]);
    expect(await listAnnotationsByPage(db, PAGE)).toEqual([]);
  });

  it('bulk delete, undo and tag across parts and pages keep every annotation exactly once', async () => {
    const all = [];
    for (let i = 0; i < PART_SIZE + 20; i++) {
      const saved = await saveAnnotation(db, makeAnnotation({ exact: `passage ${i}`, pageUrl: i % 3 === 0 ? OTHER : PAGE }), {
        now: minute(i),
      });
      if (!saved.ok) throw new Error(saved.error);
      all.push(saved.value);
    }
    const before = await storedAnnotations(db);
    const doomed = all.filter((_, i) => i % 2 === 0).map((a) => a.id);
    const removed = await deleteMany(db, doomed);
    expect(removed.ok && removed.value.map((a) => a.id)).toEqual(doomed);
    expect(await countAnnotations(db)).toBe(all.length - doomed.length);
    expect((await restoreMany(db, removed.ok ? removed.value : [])).ok).toBe(true);
    expect(await storedAnnotations(db)).toEqual(before);
    const tagged = await addTagToMany(
      db,
      all.map((a) => a.id),
      'energy',
      minute(500),
    );
    expect(tagged.ok && tagged.value).toHaveLength(all.length);
    expect((await storedAnnotations(db)).every((a) => a.tags.includes('energy'))).toBe(true);
    expect(await countAnnotations(db)).toBe(all.length);
  });

  it('readNewest answers the newest annotations across pages, in order', async () => {
    for (let i = 0; i < 40; i++)
      await saveAnnotation(db, makeAnnotation({ exact: `passage ${i}`, pageUrl: `${PAGE}/${i % 7}` }), { now: minute(i) });
    const newest = await readNewest(db, 10);
    expect(newest.annotations.map((a) => a.updated)).toEqual(Array.from({ length: 10 }, (_, i) => minute(39 - i)));
    expect(newest.pages.map((p) => p.url).sort()).toEqual([...new Set(newest.annotations.map((a) => a.pageUrl))].sort());
  });

  it('readNewest gives the same answer in one batch, past it (more pages than the batch), and without getAllRecords', async () => {
    // 60 pages whose newest annotations interleave: the newest 30 sit in 30 different parts.
    const all: Annotation[] = [];
    for (let i = 0; i < 120; i++) {
      const saved = await saveAnnotation(db, makeAnnotation({ exact: `passage ${i}`, pageUrl: `${PAGE}/${i % 60}` }), { now: minute(i) });
      if (saved.ok) all.push(saved.value);
    }
    const expected = (n: number) =>
      [...all]
        .sort((a, b) => (a.updated < b.updated ? 1 : -1))
        .slice(0, n)
        .map((a) => a.id);
    for (const n of [5, 30, 120]) expect((await readNewest(db, n)).annotations.map((a) => a.id)).toEqual(expected(n));
    const getAllRecords = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords');
    expect(getAllRecords, 'fake-indexeddb has getAllRecords, so the batch path is the one tested above').toBeDefined();
    delete (IDBIndex.prototype as { getAllRecords?: unknown }).getAllRecords;
    try {
      for (const n of [5, 30]) expect((await readNewest(db, n)).annotations.map((a) => a.id)).toEqual(expected(n));
    } finally {
      Object.defineProperty(IDBIndex.prototype, 'getAllRecords', getAllRecords!);
    }
  });
});
