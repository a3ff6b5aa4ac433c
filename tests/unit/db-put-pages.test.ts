/** putPages: a sync batch's pages merged at once, with the same result as upsertPage for each. */
import { beforeEach, expect, it } from 'vitest';
import { getPage, openGlossDb, upsertPage, type GlossDb } from '@/lib/db';
import { bareRecord, putPages } from '@/lib/db/pages';
import { WRITE_STORES } from '@/lib/db/schema';

let db: GlossDb;
beforeEach(async () => {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  db = await openGlossDb(factory);
  return () => db.close();
});

const EARLY = '2026-03-01T08:00:00.000Z';
const LATE = '2026-03-20T08:00:00.000Z';

it('adds new pages and merges known ones, keeping what the reader saw, in one transaction', async () => {
  const known = { url: 'https://news.example/a', title: 'Budget night', siteName: 'News', published: '2026-02-28' };
  await upsertPage(db, known, { now: LATE });
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  await putPages(tx, [
    bareRecord('https://news.example/a?utm_source=feed', EARLY),
    bareRecord('https://news.example/b#comments', LATE),
    bareRecord('https://news.example/b', EARLY),
  ]);
  await tx.done;
  expect(await getPage(db, 'https://news.example/a')).toEqual({ ...known, firstSeen: EARLY, lastSeen: LATE });
  expect(await getPage(db, 'https://news.example/b')).toMatchObject({
    url: 'https://news.example/b',
    title: '',
    firstSeen: EARLY,
    lastSeen: LATE,
  });
});

it('merges thousands of pages (a first sync batch spans every shard)', async () => {
  const urls = Array.from({ length: 3000 }, (_, i) => `https://site${i % 97}.example/story-${i}`);
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  await putPages(
    tx,
    urls.map((url) => bareRecord(url, EARLY)),
  );
  await tx.done;
  for (const url of [urls[0]!, urls[1500]!, urls[2999]!]) expect((await getPage(db, url))?.firstSeen).toBe(EARLY);
});
