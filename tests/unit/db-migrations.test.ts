import { beforeEach, describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  listAllAnnotations,
  listAnnotationsByPage,
  listAnnotationsBySpeaker,
  listAnnotationsByTag,
  MIGRATIONS,
  openGlossDb,
  suggestSpeakers,
  type Migration,
} from '@/lib/db';
import { createV1Database, readRaw, V1_RECORDS } from '../fixtures/db/v1';

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
  globalThis.indexedDB = factory;
});

const [v1, v2] = MIGRATIONS as [Migration, Migration];

describe('v1: a new database', () => {
  it('creates every store and index, empty', async () => {
    const db = await openGlossDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'annotationsByPage',
      'idShards',
      'meta',
      'pageShards',
      'sourceShards',
      'speakerShards',
    ]);
    const tx = db.transaction('annotationsByPage');
    expect([...tx.store.indexNames]).toEqual(['byUpdated']);
    await expect(listAllAnnotations(db)).resolves.toEqual([]);
    db.close();
  });

  it('uses the global indexedDB when no factory is passed', async () => {
    const db = await openGlossDb();
    db.close();
    expect((await readRaw(factory, 'pageShards')).version).toBe(DB_VERSION);
  });
});

describe('v1 -> v2: byUpdated, denormalized speakerName, bySpeaker', () => {
  it('keeps every record of every store, byte for byte apart from the added key', async () => {
    await createV1Database(factory);
    const db = await openGlossDb(factory, { migrations: [v1, v2] });
    expect(db.version).toBe(2);
    db.close();

    for (const store of ['pages', 'speakers', 'sources'] as const) {
      const { records } = await readRaw(factory, store);
      expect(records).toHaveLength(V1_RECORDS[store].length);
      expect(records).toEqual(expect.arrayContaining(V1_RECORDS[store] as unknown[]));
    }
    const { records, indexes } = await readRaw(factory, 'annotations');
    expect(indexes).toEqual(['byKind', 'byPage', 'bySpeaker', 'byTag', 'byUpdated']);
    const byId = new Map((records as { id: string }[]).map((r) => [r.id, r]));
    const [quote, claim, note] = V1_RECORDS.annotations;
    expect(byId.get(quote!.id)).toEqual({ ...quote, speakerName: 'amira haddad' });
    // Same person typed differently: one lookup key.
    expect(byId.get(claim!.id)).toEqual({ ...claim, speakerName: 'amira haddad' });
    // No speaker: no key; a field this version never heard of survives.
    expect(byId.get(note!.id)).toEqual(note);
    expect(byId.get(note!.id)).toHaveProperty('legacyColor', 'yellow');
  });

  it('makes the upgraded records reachable through the new indexes (upgraded on to the latest version)', async () => {
    await createV1Database(factory);
    const db = await openGlossDb(factory);
    const speaker = await listAnnotationsBySpeaker(db, 'Amira Haddad');
    expect(speaker.map((a) => a.kind)).toEqual(['quote', 'claim']);
    const newestFirst = await listAllAnnotations(db);
    expect(newestFirst.map((a) => a.created)).toEqual(['2025-12-24T18:00:00.000Z', '2025-11-02T08:25:00.000Z', '2025-11-02T08:15:00.000Z']);
    expect(await listAnnotationsByTag(db, 'energy')).toHaveLength(2);
    expect(await listAnnotationsByPage(db, 'https://news.example.com/2025/11/energy-deal#comments')).toHaveLength(2);
    expect(await suggestSpeakers(db, 'ami')).toEqual([{ name: 'Amira Haddad', role: 'Energy minister' }]);
    db.close();
  });

  it('is a no-op on a database that is already at v2', async () => {
    await createV1Database(factory);
    (await openGlossDb(factory, { migrations: [v1, v2] })).close();
    const before = await readRaw(factory, 'annotations');
    const db = await openGlossDb(factory, { migrations: [v1, v2] });
    db.close();
    expect(await readRaw(factory, 'annotations')).toEqual(before);
  });
});

describe('a failing upgrade', () => {
  async function expectUntouchedV1() {
    for (const store of ['annotations', 'pages', 'speakers', 'sources'] as const) {
      const { version, records } = await readRaw(factory, store);
      expect(version).toBe(1);
      expect(records).toHaveLength(V1_RECORDS[store].length);
      expect(records).toEqual(expect.arrayContaining(V1_RECORDS[store] as unknown[]));
    }
    expect((await readRaw(factory, 'annotations')).indexes).toEqual(['byKind', 'byPage', 'byTag']);
  }

  it('rolls back a step that throws after rewriting records: old version, all data', async () => {
    await createV1Database(factory);
    const broken: Migration = {
      version: 2,
      description: 'v2, then a crash',
      async up(db, tx) {
        await v2.up(db, tx);
        await tx.objectStore('annotations' as never).put({ ...V1_RECORDS.annotations[0]!, comment: 'overwritten' } as never);
        await tx.objectStore('pages' as never).clear();
        throw new Error('disk on fire');
      },
    };
    await expect(openGlossDb(factory, { migrations: [v1, broken] })).rejects.toThrow(
      /upgrade from v1 to v2 failed and was undone: disk on fire/,
    );
    await expectUntouchedV1();

    // The real upgrade still works afterwards.
    const db = await openGlossDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await listAllAnnotations(db)).toHaveLength(3);
    db.close();
  });

  it('rolls back a step that throws synchronously', async () => {
    await createV1Database(factory);
    const broken: Migration = {
      version: 2,
      description: 'throws before doing anything',
      up(db) {
        db.deleteObjectStore('pages' as never);
        throw new Error('bad step');
      },
    };
    await expect(openGlossDb(factory, { migrations: [v1, broken] })).rejects.toThrow(/bad step/);
    await expectUntouchedV1();
  });

  it('refuses a migration list that skips a version', async () => {
    await expect(openGlossDb(factory, { migrations: [v2] })).rejects.toThrow(/expected 1/);
  });
});

describe('connection lifecycle', () => {
  it('closes for a newer version instead of blocking it, and says so', async () => {
    let closed = 0;
    const db = await openGlossDb(factory, { onClose: () => (closed += 1) });
    const next: Migration = {
      version: DB_VERSION + 1,
      description: 'test',
      up: (upgrading) => void upgrading.createObjectStore('next-version' as never),
    };
    const newer = await openGlossDb(factory, { migrations: [...MIGRATIONS, next] });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(closed).toBe(1);
    newer.close();
    void db;
  });
});
