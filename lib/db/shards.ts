/**
 * Sharded stores: many small items of one kind (pages, speakers, sources, id locations) kept in SHARD_COUNT
 * records, each holding the items whose key hashes to it. A lookup reads one record and picks the item; a
 * change rewrites one record; a restore of 100,000 annotations writes ~1,000 records instead of ~30,000 (see
 * `Shard` in schema.ts for why that matters).
 *
 * The hash and SHARD_COUNT are part of the stored format: changing either needs a migration that re-shards.
 */
import { unwrap } from 'idb';
import type { GlossDb, GlossDBSchema, IdLocation, Shard, SourceRecord, SpeakerRecord, WriteTx } from './schema';
import type { PageRecord } from '../model/annotation';

export const SHARD_COUNT = 256;

export type ShardStoreName = 'idShards' | 'pageShards' | 'speakerShards' | 'sourceShards';
export type ShardItem<Name extends ShardStoreName> = GlossDBSchema[Name]['value']['items'][number];

/** Each store's item key: what the item is looked up by. */
export const SHARD_KEYS: { [Name in ShardStoreName]: (item: ShardItem<Name>) => string } = {
  idShards: (location: IdLocation) => location.id,
  pageShards: (page: PageRecord) => page.url,
  speakerShards: (speaker: SpeakerRecord) => speakerKeyText([speaker.nameKey, speaker.roleKey]),
  sourceShards: (source: SourceRecord) => source.url,
};

/** A speaker's compound key as one string (JSON of [nameKey, roleKey]: unambiguous for any text). */
export const speakerKeyText = (key: readonly [string, string]): string => JSON.stringify(key);

/**
 * FNV-1a over the UTF-16 code units, then murmur3's finalizer, modulo SHARD_COUNT: cheap and stable. The
 * finalizer matters: FNV's low bits depend only on the characters' low bits, and alone spread 2,000 URLs over
 * half the shards.
 */
export function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) % SHARD_COUNT;
}

/** Items grouped into shard records (for writing many at once: an upgrade, a seed). */
export function shardRecords<T>(items: Iterable<T>, keyOf: (item: T) => string): Shard<T>[] {
  const shards = new Map<number, T[]>();
  for (const item of items) {
    const shard = shardOf(keyOf(item));
    const held = shards.get(shard);
    if (held) held.push(item);
    else shards.set(shard, [item]);
  }
  return [...shards].map(([shard, held]) => ({ shard, items: held }));
}

/** A raw IndexedDB request as a promise (for requests made without idb's wrapper: no promise per record). */
export function requestResult<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Every item of a sharded store (one request). */
export async function readAllItems<Name extends ShardStoreName>(db: GlossDb, name: Name): Promise<ShardItem<Name>[]> {
  const shards = (await db.getAll(name)) as Shard<ShardItem<Name>>[];
  return shards.flatMap((shard) => shard.items);
}

/** The items with these keys that exist, from a sharded store (one request per shard involved). */
export async function readItems<Name extends ShardStoreName>(
  db: GlossDb,
  name: Name,
  keys: Iterable<string>,
): Promise<Map<string, ShardItem<Name>>> {
  return itemsIn(unwrap(db.transaction(name).store), name, keys);
}

/** `readItems` inside a transaction the caller holds: `store` is the sharded store `name` of it. */
export async function itemsIn<Name extends ShardStoreName>(
  store: IDBObjectStore,
  name: Name,
  keys: Iterable<string>,
): Promise<Map<string, ShardItem<Name>>> {
  const wanted = new Set(keys);
  const keyOf = SHARD_KEYS[name] as (item: ShardItem<Name>) => string;
  const shardIds = [...new Set([...wanted].map(shardOf))];
  const shards = await Promise.all(shardIds.map((id) => requestResult(store.get(id) as IDBRequest<Shard<ShardItem<Name>> | undefined>)));
  const found = new Map<string, ShardItem<Name>>();
  for (const shard of shards) for (const item of shard?.items ?? []) if (wanted.has(keyOf(item))) found.set(keyOf(item), item);
  return found;
}

/**
 * A sharded store inside one write transaction: load the shards of the keys a change touches (or all), change
 * items in memory, then `flush` rewrites each changed shard once. Use one per store per transaction (two would
 * overwrite each other's shards). Changing an item whose shard isn't loaded is a programming error: it throws,
 * because writing a shard not read first would drop the items already in it.
 */
export class ShardedMap<Name extends ShardStoreName> {
  private readonly shards = new Map<number, Map<string, ShardItem<Name>>>();
  private readonly dirty = new Set<number>();
  private readonly keyOf: (item: ShardItem<Name>) => string;

  constructor(
    private readonly tx: WriteTx,
    private readonly name: Name,
  ) {
    this.keyOf = SHARD_KEYS[name] as (item: ShardItem<Name>) => string;
  }

  private get store(): IDBObjectStore {
    return unwrap(this.tx.objectStore(this.name));
  }

  private adopt(id: number, shard: Shard<ShardItem<Name>> | undefined): void {
    if (this.shards.has(id)) return;
    this.shards.set(id, new Map((shard?.items ?? []).map((item) => [this.keyOf(item), item])));
  }

  /** Loads the shards holding these keys (requests issued together). */
  async load(keys: Iterable<string>): Promise<void> {
    const ids = [...new Set([...keys].map(shardOf))].filter((id) => !this.shards.has(id));
    const store = this.store;
    const shards = await Promise.all(ids.map((id) => requestResult(store.get(id) as IDBRequest<Shard<ShardItem<Name>> | undefined>)));
    ids.forEach((id, i) => this.adopt(id, shards[i]));
  }

  /** Loads every shard (one request). */
  async loadAll(): Promise<void> {
    const shards = await requestResult(this.store.getAll() as IDBRequest<Shard<ShardItem<Name>>[]>);
    for (const shard of shards) this.adopt(shard.shard, shard);
    for (let id = 0; id < SHARD_COUNT; id++) this.adopt(id, undefined);
  }

  private loaded(key: string): Map<string, ShardItem<Name>> {
    const shard = this.shards.get(shardOf(key));
    if (!shard) throw new Error(`${this.name}: the shard of "${key}" is not loaded`);
    return shard;
  }

  get(key: string): ShardItem<Name> | undefined {
    return this.loaded(key).get(key);
  }

  set(item: ShardItem<Name>): void {
    const key = this.keyOf(item);
    this.loaded(key).set(key, item);
    this.dirty.add(shardOf(key));
  }

  delete(key: string): void {
    if (this.loaded(key).delete(key)) this.dirty.add(shardOf(key));
  }

  /** Every loaded item. */
  values(): ShardItem<Name>[] {
    return [...this.shards.values()].flatMap((shard) => [...shard.values()]);
  }

  /** Writes each changed shard (deleting an emptied one) without waiting: the transaction's commit reports. */
  flush(): void {
    const store = this.store;
    for (const id of this.dirty) {
      const items = [...this.shards.get(id)!.values()];
      if (items.length === 0) store.delete(id);
      else store.put({ shard: id, items } satisfies Shard<ShardItem<Name>>);
    }
    this.dirty.clear();
  }
}
