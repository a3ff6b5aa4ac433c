/**
 * v2 -> v3: annotations move from one record each into page records (parts of PART_SIZE). Every annotation
 * must come through exactly (fields this version doesn't know included), reachable by page, id, speaker, tag
 * and recency; and a failure anywhere leaves the v2 database as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  getAnnotation,
  listAllAnnotations,
  listAnnotationsByPage,
  listAnnotationsBySpeaker,
  listAnnotationsByTag,
  MIGRATIONS,
  openGlossDb,
  type Migration,
} from '@/lib/db';
import { PART_SIZE } from '@/lib/db/page-parts';
import { countAnnotations } from '@/lib/library/read';
import { generateLibrary } from '@/lib/library/sample';
import { asV2, createV2Database, type V2Annotation } from '../fixtures/db/v2';
import { readRaw } from '../fixtures/db/v1';
import { storedAnnotations } from '../helpers/stored-annotations';

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
  globalThis.indexedDB = factory;
});

const [v1, v2, v3] = MIGRATIONS as [Migration, Migration, Migration];
const BUSY_PAGE = 'https://news.example.com/2026/01/live-blog';

/** 300 annotations on 30 pages, plus 250 on one live blog (three parts), one with a field from a newer version. */
function v2Library() {
  const lib = generateLibrary({ pages: 30, annotations: 300, seed: 5 });
  const busy = generateLibrary({ pages: 1, annotations: 250, seed: 6 }).annotations.map((a, i) => ({
    ...a,
    id: `busy-${i}`,
    pageUrl: BUSY_PAGE,
  }));
  const annotations: V2Annotation[] = [...lib.annotations, ...busy].map((a) => asV2(a as V2Annotation));
  annotations[3] = { ...annotations[3]!, futureField: { colour: 'teal' } };
  return { annotations, pages: lib.pages };
}

const withoutIndexKey = ({ speakerName: _key, ...rest }: V2Annotation) => rest;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

describe('v2 -> v3: annotations into page records (the lookups: upgraded on to the latest version)', () => {
  it('keeps every annotation exactly, minus the old index-only key, and drops the old store', async () => {
    const { annotations, pages } = v2Library();
    await createV2Database(factory, annotations, pages);
    const db = await openGlossDb(factory, { migrations: [v1, v2, v3] });
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames]).not.toContain('annotations');
    expect(await storedAnnotations(db)).toEqual(annotations.map(withoutIndexKey).sort(byId));
    expect((await storedAnnotations(db)).find((a) => a.id === annotations[3]!.id)).toHaveProperty('futureField', { colour: 'teal' });
    const parts = await db.getAll('annotationsByPage');
    expect(parts.flatMap((part) => (part as unknown as { ids: string[] }).ids).sort()).toEqual(annotations.map((a) => a.id).sort());
    db.close();
    expect((await readRaw(factory, 'pages')).records).toHaveLength(pages.length);
  });

  it('splits a busy page into parts of at most PART_SIZE, and still reads it as one page', async () => {
    const { annotations, pages } = v2Library();
    await createV2Database(factory, annotations, pages);
    const db = await openGlossDb(factory);
    const parts = await db.getAll('annotationsByPage', IDBKeyRange.bound([BUSY_PAGE, 0], [BUSY_PAGE, Infinity]));
    expect(parts.map((p) => p.annotations.length)).toEqual([PART_SIZE, PART_SIZE, 250 - 2 * PART_SIZE]);
    const onPage = await listAnnotationsByPage(db, BUSY_PAGE);
    expect(onPage).toHaveLength(250);
    expect(onPage.map((a) => a.created)).toEqual(onPage.map((a) => a.created).sort());
    db.close();
  });

  it('answers every lookup as v2 did: by id, speaker, tag and most recent first', async () => {
    const { annotations, pages } = v2Library();
    await createV2Database(factory, annotations, pages);
    const db = await openGlossDb(factory);
    const sample = annotations.find((a) => a.speaker !== null && a.tags.length > 0)!;
    expect(await getAnnotation(db, sample.id)).toMatchObject({ id: sample.id, exact: sample.exact });
    const sameSpeaker = annotations.filter((a) => a.speakerName === sample.speakerName);
    expect((await listAnnotationsBySpeaker(db, sample.speaker!.name.toUpperCase())).map((a) => a.id).sort()).toEqual(
      sameSpeaker.map((a) => a.id).sort(),
    );
    const tag = sample.tags[0]!;
    expect((await listAnnotationsByTag(db, tag)).map((a) => a.id).sort()).toEqual(
      annotations
        .filter((a) => a.tags.includes(tag))
        .map((a) => a.id)
        .sort(),
    );
    const newest = await listAllAnnotations(db);
    expect(newest.map((a) => a.updated)).toEqual(
      annotations
        .map((a) => a.updated)
        .sort()
        .reverse(),
    );
    db.close();
  });

  it('a failure after moving the records leaves the v2 database and all its annotations', async () => {
    const { annotations, pages } = v2Library();
    await createV2Database(factory, annotations, pages);
    const broken: Migration = {
      version: 3,
      description: 'v3, then a crash',
      async up(db, tx) {
        await v3.up(db, tx);
        throw new Error('disk on fire');
      },
    };
    await expect(openGlossDb(factory, { migrations: [v1, v2, broken] })).rejects.toThrow(
      /upgrade from v2 to v3 failed and was undone: disk on fire/,
    );
    const { version, records, indexes } = await readRaw(factory, 'annotations');
    expect(version).toBe(2);
    expect(indexes).toEqual(['byKind', 'byPage', 'bySpeaker', 'byTag', 'byUpdated']);
    expect((records as V2Annotation[]).sort(byId)).toEqual([...annotations].sort(byId));

    // The real upgrade still works afterwards.
    const db = await openGlossDb(factory);
    expect(await countAnnotations(db)).toBe(annotations.length);
    db.close();
  });
});
