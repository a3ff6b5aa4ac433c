/**
 * Sharded stores (lib/db/shards.ts): the hash is part of the stored format, a change must read its shard
 * first (or it would drop the shard's other items), and an emptied shard goes away.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openGlossDb, saveAnnotation, type GlossDb } from '@/lib/db';
import { PartsEditor } from '@/lib/db/parts-editor';
import { SHARD_COUNT, ShardedMap, shardOf } from '@/lib/db/shards';
import { WRITE_STORES } from '@/lib/db/schema';
import { makeAnnotation } from '../fixtures/db/annotations';
import { storedItems } from '../helpers/stored-annotations';

let db: GlossDb;
beforeEach(async () => {
  db = await openGlossDb(new IDBFactory());
  return () => db.close();
});

const page = (url: string) => ({
  url,
  title: url,
  siteName: null,
  published: null,
  firstSeen: '2026-01-01T00:00:00.000Z',
  lastSeen: '2026-01-01T00:00:00.000Z',
});

describe('shards', () => {
  it('hashes keys to the same shard as every earlier version did (stored data depends on it)', () => {
    // Pinned answers: a different one here means existing databases would be looked up in the wrong shards.
    expect(SHARD_COUNT).toBe(256);
    expect(['', 'a', 'https://example.com/', '3f2b8c1e-0000-4000-8000-000000000000'].map(shardOf)).toEqual([11, 179, 252, 128]);
    const spread = new Set(Array.from({ length: 2000 }, (_, i) => shardOf(`https://news${i}.example.com/story-${i}`)));
    expect(spread.size).toBeGreaterThan(240);
  });

  it('refuses to change an item whose shard was not read, and writes nothing', async () => {
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const pages = new ShardedMap(tx, 'pageShards');
    expect(() => pages.set(page('https://example.com/a'))).toThrow(/not loaded/);
    await tx.done;
    expect(await storedItems(db, 'pageShards')).toEqual([]);
  });

  it('keeps the other items of a shard when one changes, and deletes a shard left empty', async () => {
    const urls = Array.from({ length: 600 }, (_, i) => `https://example.com/${i}`);
    const write = async (change: (pages: ShardedMap<'pageShards'>) => void, load: string[] | 'all') => {
      const tx = db.transaction(WRITE_STORES, 'readwrite');
      const pages = new ShardedMap(tx, 'pageShards');
      await (load === 'all' ? pages.loadAll() : pages.load(load));
      change(pages);
      pages.flush();
      await tx.done;
    };
    await write((pages) => urls.forEach((url) => pages.set(page(url))), 'all');
    await write((pages) => pages.set({ ...page(urls[7]!), title: 'renamed' }), [urls[7]!]);
    const stored = await storedItems(db, 'pageShards');
    expect(stored).toHaveLength(600);
    expect(stored.find((p) => p.url === urls[7])?.title).toBe('renamed');
    await write((pages) => urls.forEach((url) => pages.delete(url)), urls);
    expect(await db.count('pageShards')).toBe(0);
  });

  it('the parts editor will not put an annotation stored on a page it has not loaded (it would be doubled)', async () => {
    const saved = await saveAnnotation(db, makeAnnotation({ pageUrl: 'https://example.com/one' }));
    if (!saved.ok) throw new Error(saved.error);
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const parts = new PartsEditor(tx);
    await parts.loadPages(['https://example.com/two']);
    await new ShardedMap(tx, 'idShards').load([saved.value.id]);
    const idsOnly = new PartsEditor(tx);
    await idsOnly.loadPages(['https://example.com/two']);
    expect(() => idsOnly.put({ ...saved.value, pageUrl: 'https://example.com/two' })).toThrow(/not loaded/);
    await parts.loadIds([saved.value.id]);
    expect(() => parts.put({ ...saved.value, pageUrl: 'https://example.com/two' })).not.toThrow();
    parts.flush();
    await tx.done;
    expect((await storedItems(db, 'idShards')).map((l) => l.url)).toEqual(['https://example.com/two']);
  });
});
