/**
 * v3 -> v4: pages, speakers and sources move into shards, an id → page lookup (idShards) replaces the unique
 * byId index, and the multi-entry indexes go. Every record must come through exactly (fields this version
 * doesn't know included) and stay reachable by page, id and for autocomplete; a failure leaves v3 as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  getAnnotation,
  getPage,
  listAnnotationsByPage,
  MIGRATIONS,
  openGlossDb,
  saveAnnotation,
  suggestSources,
  suggestSpeakers,
  type Migration,
} from '@/lib/db';
import { generateLibrary } from '@/lib/library/sample';
import { countAnnotations, readNewest } from '@/lib/library/read';
import type { Annotation } from '@/lib/model/annotation';
import { readRaw } from '../fixtures/db/v1';
import { createV3Database, v3Part, type V3Contents } from '../fixtures/db/v3';
import { storedAnnotations, storedItems } from '../helpers/stored-annotations';

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
  globalThis.indexedDB = factory;
});

const [v1, v2, v3, v4] = MIGRATIONS as [Migration, Migration, Migration, Migration];

/** 200 annotations on 20 pages as v3 stored them, with speakers and sources remembered; some carry unknown fields. */
function v3Library(): V3Contents & { annotations: Annotation[] } {
  const lib = generateLibrary({ pages: 20, annotations: 200, seed: 9 });
  const annotations: (Annotation & Record<string, unknown>)[] = lib.annotations.map((a, i) =>
    i === 5 ? { ...a, futureField: { colour: 'teal' } } : { ...a },
  );
  const byPage = new Map<string, (Annotation & Record<string, unknown>)[]>();
  for (const a of annotations) byPage.set(a.pageUrl, [...(byPage.get(a.pageUrl) ?? []), a]);
  const speakers = new Map<string, V3Contents['speakers'][number]>();
  const sources = new Map<string, V3Contents['sources'][number]>();
  for (const a of annotations) {
    if (a.speaker) {
      const nameKey = a.speaker.name.toLowerCase();
      const roleKey = (a.speaker.role ?? '').toLowerCase();
      speakers.set(`${nameKey}|${roleKey}`, { ...a.speaker, nameKey, roleKey, useCount: 1, lastUsed: a.updated });
    }
    for (const s of a.sources) sources.set(s.url, { ...s, useCount: 2, lastUsed: a.updated, legacyNote: 'kept' });
  }
  return {
    annotations,
    parts: [...byPage].map(([url, onPage]) => v3Part(url, onPage)),
    pages: lib.pages.map((p, i): V3Contents['pages'][number] => (i === 0 ? { ...p, pinned: true } : { ...p })),
    speakers: [...speakers.values()],
    sources: [...sources.values()],
  };
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : 1;

describe('v3 -> v4: shards instead of one record each, an id lookup instead of the byId index', () => {
  it('keeps every annotation, page, speaker and source exactly, and drops the old stores and indexes', async () => {
    const library = v3Library();
    await createV3Database(factory, library);
    const db = await openGlossDb(factory);
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual([
      'annotationsByPage',
      'idShards',
      'meta',
      'pageShards',
      'sourceShards',
      'speakerShards',
    ]);
    expect([...db.transaction('annotationsByPage').store.indexNames]).toEqual(['byUpdated']);
    // Parts keep their annotations (unknown fields too) and lose only the index keys.
    const parts = await db.getAll('annotationsByPage');
    expect(parts.map((p) => Object.keys(p).sort())).toEqual(parts.map(() => ['annotations', 'part', 'updated', 'url']));
    expect(await storedAnnotations(db)).toEqual([...library.annotations].sort(byKey((a) => a.id)));
    expect((await storedAnnotations(db)).find((a) => a.id === library.annotations[5]!.id)).toHaveProperty('futureField', {
      colour: 'teal',
    });
    expect(await storedItems(db, 'pageShards')).toEqual([...library.pages].sort(byKey((p) => p.url)));
    expect(await storedItems(db, 'sourceShards')).toEqual([...library.sources].sort(byKey((s) => s.url)));
    expect((await storedItems(db, 'speakerShards')).length).toBe(library.speakers.length);
    expect(await storedItems(db, 'speakerShards')).toEqual(expect.arrayContaining(library.speakers));
    expect(await storedItems(db, 'idShards')).toEqual(
      library.annotations.map((a) => ({ id: a.id, url: a.pageUrl })).sort(byKey((l) => l.id)),
    );
    expect(await db.get('meta', 'changes')).toBe(7);
    db.close();
  });

  it('answers every lookup: by id, by page, newest first, the count, the page record and autocomplete', async () => {
    const library = v3Library();
    await createV3Database(factory, library);
    const db = await openGlossDb(factory);
    const sample = library.annotations.find((a) => a.speaker !== null && a.sources.length > 0)!;
    expect(await getAnnotation(db, sample.id)).toMatchObject({ id: sample.id, exact: sample.exact });
    expect((await listAnnotationsByPage(db, sample.pageUrl)).map((a) => a.id).sort()).toEqual(
      library.annotations
        .filter((a) => a.pageUrl === sample.pageUrl)
        .map((a) => a.id)
        .sort(),
    );
    expect(await countAnnotations(db)).toBe(library.annotations.length);
    const newest = await readNewest(db, 10);
    expect(newest.annotations.map((a) => a.updated)).toEqual(
      library.annotations
        .map((a) => a.updated)
        .sort()
        .reverse()
        .slice(0, 10),
    );
    expect(newest.pages.map((p) => p.url).sort()).toEqual([...new Set(newest.annotations.map((a) => a.pageUrl))].sort());
    expect(await getPage(db, library.pages[0]!.url)).toEqual(library.pages[0]);
    expect((await suggestSpeakers(db, sample.speaker!.name.split(' ')[0]!)).map((s) => s.name)).toContain(sample.speaker!.name);
    expect((await suggestSources(db, sample.sources[0]!.url)).map((s) => s.url)).toEqual([sample.sources[0]!.url]);
    db.close();
  });

  it('keeps ids unique across pages after the upgrade: saving with another page moves the annotation', async () => {
    const library = v3Library();
    await createV3Database(factory, library);
    const db = await openGlossDb(factory);
    const moved = library.annotations[0]!;
    const elsewhere = library.pages.find((p) => p.url !== moved.pageUrl)!.url;
    const saved = await saveAnnotation(db, { ...moved, pageUrl: elsewhere });
    expect(saved.ok).toBe(true);
    expect((await storedAnnotations(db)).filter((a) => a.id === moved.id).map((a) => a.pageUrl)).toEqual([elsewhere]);
    expect(await countAnnotations(db)).toBe(library.annotations.length);
    db.close();
  });

  it('a failure after moving everything leaves the v3 database and all its records', async () => {
    const library = v3Library();
    await createV3Database(factory, library);
    const broken: Migration = {
      version: 4,
      description: 'v4, then a crash',
      async up(db, tx) {
        await v4.up(db, tx);
        throw new Error('disk on fire');
      },
    };
    await expect(openGlossDb(factory, { migrations: [v1, v2, v3, broken] })).rejects.toThrow(
      /upgrade from v3 to v4 failed and was undone: disk on fire/,
    );
    const parts = await readRaw(factory, 'annotationsByPage');
    expect(parts.version).toBe(3);
    expect(parts.indexes).toEqual(['byId', 'byKind', 'bySpeaker', 'byTag', 'byUpdated']);
    expect(parts.records).toEqual(expect.arrayContaining(library.parts));
    expect(parts.records).toHaveLength(library.parts.length);
    for (const [store, records] of [
      ['pages', library.pages],
      ['speakers', library.speakers],
      ['sources', library.sources],
    ] as const) {
      const raw = await readRaw(factory, store);
      expect(raw.records).toHaveLength(records.length);
      expect(raw.records).toEqual(expect.arrayContaining(records as unknown[]));
    }

    // The real upgrade still works afterwards.
    const db = await openGlossDb(factory);
    expect(await countAnnotations(db)).toBe(library.annotations.length);
    db.close();
  });
});
