import { unwrap, type StoreNames, type StoreValue } from 'idb';
import { fail, type Result } from '../messages';
import { errorText } from './error-text';
import { announceCommittedWrite } from './write-events';
import { WRITE_STORES, type GlossDb, type GlossDBSchema, type WriteTx } from './schema';

async function abortQuietly(tx: WriteTx): Promise<void> {
  try {
    tx.abort();
  } catch {
    // A failed request already aborted it.
  }
  await tx.done.catch(() => undefined);
}

/**
 * For writes of thousands of records (import, restore, bulk delete and tag): the commit is reported once the
 * data is in the OS's hands instead of after a flush to disk. Still atomic (all or nothing); only a power cut in
 * the next moment can lose the batch, which the user then simply repeats.
 */
export const BULK_WRITE: IDBTransactionOptions = { durability: 'relaxed' };

/**
 * Runs `work` in one read-write transaction over every store and commits only if it answers ok: a failed
 * result, a thrown error or a failed request abort everything it wrote. Never throws.
 * `work` must await only requests of `tx` (anything else lets IndexedDB commit early).
 */
export async function inWriteTx<T>(
  db: GlossDb,
  work: (tx: WriteTx) => Promise<Result<T>>,
  options?: IDBTransactionOptions,
): Promise<Result<T>> {
  let tx: WriteTx | undefined;
  try {
    tx = db.transaction(WRITE_STORES, 'readwrite', options);
    const result = await work(tx);
    if (!result.ok) {
      await abortQuietly(tx);
      return result;
    }
    await countChange(tx);
    await tx.done;
    announceCommittedWrite();
    return result;
  } catch (error) {
    if (tx) await abortQuietly(tx);
    return fail(`storage: ${errorText(error)}`);
  }
}

/**
 * One more committed write, counted in the same transaction as the write (so the count moves only when the
 * write lands). A page holding a copy of the library (the library page, for backups) compares this one number
 * instead of re-reading 100k records to learn whether anything changed: pages, annotations, autocomplete, any
 * tab or the background.
 */
async function countChange(tx: WriteTx): Promise<void> {
  const meta = tx.objectStore('meta');
  await meta.put(((await meta.get('changes')) ?? 0) + 1, 'changes');
}

/** How many writes have been committed (0 for a new database). */
export async function readChanges(db: GlossDb): Promise<number> {
  return (await db.get('meta', 'changes')) ?? 0;
}

/**
 * Issues one put per value without waiting for any: the requests queue in the transaction and `inWriteTx`
 * awaits its commit, which fails (and undoes everything) if any put fails. Raw requests, not idb's: no promise
 * per record, so 100k puts make no 100k promises, and a failed one leaves no unhandled rejection behind.
 */
export function putAll<Name extends StoreNames<GlossDBSchema> & (typeof WRITE_STORES)[number]>(
  tx: WriteTx,
  name: Name,
  values: Iterable<StoreValue<GlossDBSchema, Name>>,
): void {
  const store = unwrap(tx.objectStore(name));
  for (const value of values) store.put(value);
}

/** `putAll` for deletes, by primary key. */
export function deleteAll(tx: WriteTx, name: (typeof WRITE_STORES)[number], keys: Iterable<IDBValidKey>): void {
  const store = unwrap(tx.objectStore(name));
  for (const key of keys) store.delete(key);
}

export const nowIso = (): string => new Date().toISOString();

/** `Date.prototype.toISOString`'s shape (UTC, milliseconds): for two such, text order is time order. */
const isCanonicalUtc = (iso: string) => iso.length === 24 && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(10) === 84; /* T */

/** Later of two ISO times (by instant; text order when one doesn't parse). */
export function laterIso(a: string, b: string): string {
  // The common case, without parsing: an import merges a few hundred thousand of these.
  if (isCanonicalUtc(a) && isCanonicalUtc(b)) return a >= b ? a : b;
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a > b ? a : b;
  return ta >= tb ? a : b;
}

/**
 * The `updated` of a change made now to a record last updated at `previous`: now, or just after `previous` when
 * the clock says otherwise (another device's clock ahead, or two changes in one millisecond). Each change then
 * moves `updated`, which is how sync tells a record changed here since it was synced (lib/db/sync-state.ts).
 */
export function stampAfter(now: string, previous: string | undefined): string {
  if (previous === undefined || laterIso(now, previous) !== previous) return now;
  const next = Date.parse(previous) + 1;
  return Number.isNaN(next) ? now : new Date(next).toISOString();
}

export function earlierIso(a: string, b: string): string {
  return laterIso(a, b) === a ? b : a;
}
