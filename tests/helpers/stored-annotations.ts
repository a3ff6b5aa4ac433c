/** What the stores hold, as items: for tests that check the database itself. */
import type { GlossDb, StoredAnnotation } from '@/lib/db';
import { pageRange } from '@/lib/db/page-parts';
import { readAllItems, readItems, SHARD_KEYS, type ShardItem, type ShardStoreName } from '@/lib/db/shards';

const byText =
  <T>(keyOf: (item: T) => string) =>
  (a: T, b: T) =>
    keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0;

/** Every stored annotation (as stored, unknown fields included), sorted by id so two databases compare. */
export async function storedAnnotations(db: GlossDb): Promise<StoredAnnotation[]> {
  const parts = await db.getAll('annotationsByPage');
  return parts.flatMap((part) => part.annotations).sort(byText((a) => a.id));
}

/** One stored annotation by id, found through the id shards; undefined when there is none. */
export async function storedAnnotation(db: GlossDb, id: string): Promise<StoredAnnotation | undefined> {
  const location = (await readItems(db, 'idShards', [id])).get(id);
  if (!location) return undefined;
  const parts = await db.getAll('annotationsByPage', pageRange(location.url));
  return parts.flatMap((part) => part.annotations).find((a) => a.id === id);
}

/** Every item of a sharded store (pages, speakers, sources, id locations), sorted by key so two databases compare. */
export async function storedItems<Name extends ShardStoreName>(db: GlossDb, name: Name): Promise<ShardItem<Name>[]> {
  return (await readAllItems(db, name)).sort(byText(SHARD_KEYS[name] as (item: ShardItem<Name>) => string));
}
