import { ok, type Result } from '../messages';
import type { PageRecord } from '../model/annotation';
import type { PageInput } from '../model/schema';
import type { GlossDb, WriteTx } from './schema';
import { readItems, ShardedMap } from './shards';
import { earlierIso, inWriteTx, laterIso, nowIso } from './transaction';
import { normalizePageUrl } from './url';

/** What we know, combined: new non-empty facts win, the first sighting stays first, the last stays last. */
export function mergePage(known: PageRecord | undefined, next: PageRecord): PageRecord {
  if (!known) return next;
  return {
    url: known.url,
    title: next.title.trim() !== '' ? next.title : known.title,
    siteName: next.siteName ?? known.siteName,
    published: next.published ?? known.published,
    firstSeen: earlierIso(known.firstSeen, next.firstSeen),
    lastSeen: laterIso(known.lastSeen, next.lastSeen),
  };
}

/** Merges `page` (URL normalized) into the page shards inside a write transaction. */
export async function putPage(tx: WriteTx, page: PageRecord): Promise<PageRecord> {
  const pages = new ShardedMap(tx, 'pageShards');
  const url = normalizePageUrl(page.url);
  await pages.load([url]);
  const merged = mergePage(pages.get(url), { ...page, url });
  pages.set(merged);
  pages.flush();
  return merged;
}

/**
 * Merges many pages at once (URLs normalized): one read and one write per shard, however many pages, where
 * `putPage` for each would read and write a shard per page (a sync batch of 1,000 annotations spans hundreds).
 */
export async function putPages(tx: WriteTx, pages: readonly PageRecord[]): Promise<void> {
  const shards = new ShardedMap(tx, 'pageShards');
  const normalized = pages.map((page) => ({ ...page, url: normalizePageUrl(page.url) }));
  await shards.load(normalized.map((page) => page.url));
  for (const page of normalized) shards.set(mergePage(shards.get(page.url), page));
  shards.flush();
}

/** A page known only from an annotation on it; page/upsert fills in the title. */
export function bareRecord(url: string, firstSeen: string, lastSeen = firstSeen): PageRecord {
  return { url, title: '', siteName: null, published: null, firstSeen, lastSeen };
}

/** Records a visit to a page: creates it or merges what is new. */
export async function upsertPage(
  db: GlossDb,
  page: PageInput & Partial<Pick<PageRecord, 'firstSeen' | 'lastSeen'>>,
  options: { now?: string } = {},
): Promise<Result<PageRecord>> {
  const now = options.now ?? nowIso();
  const record: PageRecord = { ...page, firstSeen: page.firstSeen ?? now, lastSeen: page.lastSeen ?? now };
  return inWriteTx(db, async (tx) => ok(await putPage(tx, record)));
}

export async function getPage(db: GlossDb, url: string): Promise<PageRecord | null> {
  const key = normalizePageUrl(url);
  return (await readItems(db, 'pageShards', [key])).get(key) ?? null;
}
