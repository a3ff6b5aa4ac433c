import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteAnnotation,
  getAnnotation,
  getPage,
  listAllAnnotations,
  listAnnotationsByPage,
  listAnnotationsBySpeaker,
  listAnnotationsByTag,
  openGlossDb,
  restoreAnnotation,
  saveAnnotation,
  suggestSources,
  suggestSpeakers,
  upsertPage,
  type GlossDb,
} from '@/lib/db';
import type { Annotation } from '@/lib/model/annotation';
import { makeAnnotation, makeClaim } from '../fixtures/db/annotations';
import { storedItems } from '../helpers/stored-annotations';

let factory: IDBFactory;
let db: GlossDb;
beforeEach(async () => {
  factory = new IDBFactory();
  globalThis.indexedDB = factory;
  db = await openGlossDb(factory);
  return () => db.close();
});

const T1 = '2026-03-15T10:00:00.000Z';
const T2 = '2026-03-16T11:00:00.000Z';

function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.value;
}

describe('saveAnnotation', () => {
  it('creates an annotation that a reload of the page finds, under the normalized URL', async () => {
    const a = makeAnnotation({ pageUrl: 'https://News.example.com/2026/03/story?utm_source=nl#p4', tags: ['energy'] });
    const saved = value(await saveAnnotation(db, a, { now: T1 }));
    expect(saved).toEqual({ ...a, pageUrl: 'https://news.example.com/2026/03/story', updated: T1 });
    expect(await listAnnotationsByPage(db, 'https://news.example.com/2026/03/story?fbclid=zz')).toEqual([saved]);
    expect(await getAnnotation(db, a.id)).toEqual(saved);
    // What comes out is the model, not the stored record with its index keys.
    expect(Object.keys((await getAnnotation(db, a.id))!)).not.toContain('speakerName');
  });

  it("keeps who made it (a colleague's account name); none or null reads back as none", async () => {
    const byColleague = makeAnnotation({ creator: 'amira.haddad' });
    const mine = makeAnnotation({ creator: null });
    value(await saveAnnotation(db, byColleague, { now: T1 }));
    value(await saveAnnotation(db, mine, { now: T1 }));
    expect((await getAnnotation(db, byColleague.id))?.creator).toBe('amira.haddad');
    expect(Object.keys((await getAnnotation(db, mine.id))!)).not.toContain('creator');
  });

  it('updates in place, keeps the first created time, stamps updated', async () => {
    const a = makeAnnotation();
    value(await saveAnnotation(db, a, { now: T1 }));
    const edited = value(await saveAnnotation(db, { ...a, comment: 'Checked.', created: T2 }, { now: T2 }));
    expect(edited).toMatchObject({ comment: 'Checked.', created: a.created, updated: T2 });
    expect(await listAllAnnotations(db)).toEqual([edited]);
  });

  it('records the page, and the speaker and sources for autocomplete, once per annotation', async () => {
    const claim = makeClaim({ speaker: { name: 'Jane Doe', role: 'Minister' } });
    value(await saveAnnotation(db, claim, { now: T1 }));
    value(await saveAnnotation(db, { ...claim, comment: 'edit' }, { now: T2 })); // an edit is not a second use
    value(await saveAnnotation(db, makeAnnotation({ speaker: { name: 'John Roe', role: null } }), { now: T2 }));
    value(await saveAnnotation(db, makeAnnotation({ speaker: { name: 'John Roe', role: null } }), { now: T2 }));

    expect(await getPage(db, claim.pageUrl)).toEqual({
      url: claim.pageUrl,
      title: '',
      siteName: null,
      published: null,
      firstSeen: T1,
      lastSeen: T2,
    });
    expect(await suggestSpeakers(db, '')).toEqual([
      { name: 'John Roe', role: null },
      { name: 'Jane Doe', role: 'Minister' },
    ]);
    expect(await suggestSources(db, 'stat')).toEqual([claim.sources[0]]);
  });

  it('keeps speakerName in step with edits, so lookups by speaker stay right', async () => {
    const a = makeAnnotation({ speaker: { name: 'Jane Doe', role: null } });
    value(await saveAnnotation(db, a));
    expect(await listAnnotationsBySpeaker(db, 'JANE  doe')).toHaveLength(1);
    value(await saveAnnotation(db, { ...a, speaker: null }));
    expect(await listAnnotationsBySpeaker(db, 'Jane Doe')).toEqual([]);
  });
});

describe('lists', () => {
  it('lists a page oldest first, everything newest-updated first, and by tag', async () => {
    const page = 'https://example.com/p';
    const first = makeAnnotation({ pageUrl: page, created: '2026-01-01T00:00:00.000Z', tags: ['x', 'y'] });
    const second = makeAnnotation({ pageUrl: page, created: '2026-01-02T00:00:00.000Z', tags: ['y'] });
    const elsewhere = makeAnnotation({ pageUrl: 'https://example.com/q' });
    value(await saveAnnotation(db, second, { now: '2026-02-01T00:00:00.000Z' }));
    value(await saveAnnotation(db, elsewhere, { now: '2026-02-03T00:00:00.000Z' }));
    value(await saveAnnotation(db, first, { now: '2026-02-02T00:00:00.000Z' }));
    expect((await listAnnotationsByPage(db, page)).map((a) => a.id)).toEqual([first.id, second.id]);
    expect((await listAllAnnotations(db)).map((a) => a.id)).toEqual([elsewhere.id, first.id, second.id]);
    expect((await listAnnotationsByTag(db, 'y')).map((a) => a.id)).toEqual([first.id, second.id]);
    expect(await listAnnotationsByPage(db, 'https://example.com/none')).toEqual([]);
    expect(await getAnnotation(db, 'missing')).toBeNull();
  });
});

describe('delete and undo', () => {
  it('answers the deleted copy, and restoring it brings back exactly what was there', async () => {
    const saved = value(await saveAnnotation(db, makeClaim({ tags: ['t'] }), { now: T1 }));
    const deleted = value(await deleteAnnotation(db, saved.id));
    expect(deleted).toEqual(saved);
    expect(await listAnnotationsByPage(db, saved.pageUrl)).toEqual([]);

    expect(value(await restoreAnnotation(db, deleted))).toEqual(saved);
    expect(await listAnnotationsByPage(db, saved.pageUrl)).toEqual([saved]);
    expect(await listAnnotationsBySpeaker(db, 'Jane Doe')).toEqual([saved]);
  });

  it('says so when there is nothing to delete', async () => {
    expect(await deleteAnnotation(db, 'nope')).toEqual({ ok: false, error: 'no annotation nope' });
  });
});

describe('page scope (what a content script may touch)', () => {
  const mine = 'https://www.example.com/story?id=1';
  const theirs = makeAnnotation({ pageUrl: 'https://bank.example.org/statement' });

  beforeEach(async () => {
    value(await saveAnnotation(db, theirs, { now: T1 }));
  });

  it('lets a page save on itself and on its canonical URL', async () => {
    expect((await saveAnnotation(db, makeAnnotation({ pageUrl: `${mine}#x` }), { onlyPage: mine })).ok).toBe(true);
    expect((await saveAnnotation(db, makeAnnotation({ pageUrl: 'https://example.com/2026/slug' }), { onlyPage: mine })).ok).toBe(true);
  });

  it('refuses to create, overwrite, move, delete or restore another page’s annotation', async () => {
    const onlyPage = { onlyPage: mine };
    expect(await saveAnnotation(db, makeAnnotation({ pageUrl: theirs.pageUrl }), onlyPage)).toMatchObject({
      ok: false,
      error: /not on this page/,
    });
    // Same id, own page URL: would move (and so overwrite) the other page's annotation.
    expect(await saveAnnotation(db, { ...theirs, pageUrl: mine, comment: 'gotcha' }, onlyPage)).toMatchObject({
      ok: false,
      error: /another page/,
    });
    expect(await deleteAnnotation(db, theirs.id, onlyPage)).toMatchObject({ ok: false, error: /another page/ });
    expect(await restoreAnnotation(db, { ...theirs, pageUrl: mine }, onlyPage)).toMatchObject({ ok: false, error: /another page/ });
    expect(await getAnnotation(db, theirs.id)).toEqual({ ...theirs, updated: T1 });
  });
});

describe('pages', () => {
  it('creates, then merges: new facts win, first and last seen widen', async () => {
    const url = 'https://example.com/a?utm_source=x';
    const page = { url, title: 'Title', siteName: 'Site', published: '2026-03-01' };
    expect(value(await upsertPage(db, page, { now: T2 }))).toEqual({ ...page, url: 'https://example.com/a', firstSeen: T2, lastSeen: T2 });
    const merged = value(await upsertPage(db, { url, title: '', siteName: null, published: null }, { now: T1 }));
    expect(merged).toEqual({ ...page, url: 'https://example.com/a', firstSeen: T1, lastSeen: T2 });
    expect(await getPage(db, 'https://example.com/a#top')).toEqual(merged);
  });
});

describe('concurrency', () => {
  it('persists every save when many tabs save at once, through separate connections', async () => {
    const other = await openGlossDb(factory); // a second "tab"
    const annotations: Annotation[] = Array.from({ length: 30 }, (_, i) =>
      makeClaim({ pageUrl: `https://example.com/${i % 3}`, speaker: { name: 'Jane Doe', role: null } }),
    );
    const results = await Promise.all(annotations.map((a, i) => saveAnnotation(i % 2 ? db : other, a)));
    other.close();
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await listAllAnnotations(db)).toHaveLength(30);
    // Read-modify-write of a shared counter inside each transaction: no lost update.
    const [speaker] = await storedItems(db, 'speakerShards');
    expect(speaker?.useCount).toBe(30);
    expect((await storedItems(db, 'sourceShards'))[0]?.useCount).toBe(30);
    expect(await storedItems(db, 'pageShards')).toHaveLength(3);
  });

  it('keeps both edits of one annotation made at once (the later one wins whole)', async () => {
    const a = makeAnnotation();
    // Saved before T1 and T2 (not at today's clock, which is later and would push both edits past it).
    value(await saveAnnotation(db, a, { now: '2026-03-14T09:00:00.000Z' }));
    const [x, y] = await Promise.all([
      saveAnnotation(db, { ...a, comment: 'from tab 1' }, { now: T1 }),
      saveAnnotation(db, { ...a, comment: 'from tab 2' }, { now: T2 }),
    ]);
    expect(x.ok && y.ok).toBe(true);
    expect(await getAnnotation(db, a.id)).toMatchObject({ comment: 'from tab 2', updated: T2 });
  });
});

describe('failures', () => {
  it('answers an error instead of throwing when the database is closed', async () => {
    db.close();
    const result = await saveAnnotation(db, makeAnnotation());
    expect(result).toMatchObject({ ok: false, error: /^storage: InvalidStateError/ });
    db = await openGlossDb(factory);
    expect(await listAllAnnotations(db)).toEqual([]);
  });
});
