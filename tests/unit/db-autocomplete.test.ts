import { beforeEach, describe, expect, it } from 'vitest';
import { openGlossDb, saveAnnotation, suggestSources, suggestSpeakers, type GlossDb } from '@/lib/db';
import type { Source, Speaker } from '@/lib/model/annotation';
import { makeAnnotation, makeClaim } from '../fixtures/db/annotations';

let db: GlossDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openGlossDb();
  return () => db.close();
});

async function cite(speaker: Speaker, times: number, when = '2026-03-14T00:00:00.000Z') {
  for (let i = 0; i < times; i += 1) await saveAnnotation(db, makeAnnotation({ speaker }), { now: when });
}

const source = (url: string, title: string | null, publisher: string | null): Source => ({
  url,
  title,
  publisher,
  date: null,
  stance: 'supports',
});

describe('suggestSpeakers', () => {
  beforeEach(async () => {
    await cite({ name: 'Joe Biden', role: 'US president' }, 3);
    await cite({ name: 'Joe Biden', role: 'Senator' }, 1);
    await cite({ name: 'Jo Johnson', role: null }, 2, '2026-03-15T00:00:00.000Z');
    await cite({ name: 'Björn Höcke', role: null }, 1);
  });

  it('matches the start of any word, ignoring case, most used first', async () => {
    expect(await suggestSpeakers(db, 'jo')).toEqual([
      { name: 'Joe Biden', role: 'US president' },
      { name: 'Jo Johnson', role: null },
      { name: 'Joe Biden', role: 'Senator' },
    ]);
    expect(await suggestSpeakers(db, 'BID')).toHaveLength(2);
    expect(await suggestSpeakers(db, 'höc')).toEqual([{ name: 'Björn Höcke', role: null }]);
    expect(await suggestSpeakers(db, 'iden')).toEqual([]);
  });

  it('honours the limit and treats one name typed two ways as one speaker', async () => {
    expect(await suggestSpeakers(db, '', 2)).toHaveLength(2);
    await cite({ name: '  jo   JOHNSON ', role: null }, 5);
    expect(await suggestSpeakers(db, 'johnson')).toEqual([{ name: 'Jo Johnson', role: null }]);
    expect(await suggestSpeakers(db, 'j', 1)).toEqual([{ name: 'Jo Johnson', role: null }]);
  });
});

describe('suggestSources', () => {
  beforeEach(async () => {
    const cites = async (sources: Source[]) => void (await saveAnnotation(db, makeClaim({ sources, exact: String(Math.random()) })));
    await cites([source('https://www.reuters.com/world/x', 'Fact check: X', 'Reuters')]);
    await cites([source('https://www.reuters.com/world/x', null, null), source('https://apnews.com/y', 'Y explained', 'AP News')]);
  });

  it('matches the URL with or without scheme and www, title and publisher words', async () => {
    const urls = async (prefix: string) => (await suggestSources(db, prefix)).map((s) => s.url);
    expect(await urls('reuters.com')).toEqual(['https://www.reuters.com/world/x']);
    expect(await urls('https://apnews')).toEqual(['https://apnews.com/y']);
    expect(await urls('check')).toEqual(['https://www.reuters.com/world/x']);
    expect(await urls('news')).toEqual(['https://apnews.com/y']);
    expect(await urls('')).toEqual(['https://www.reuters.com/world/x', 'https://apnews.com/y']);
  });

  it('remembers details a later citation left out', async () => {
    expect((await suggestSources(db, 'reuters'))[0]).toEqual(source('https://www.reuters.com/world/x', 'Fact check: X', 'Reuters'));
  });
});
