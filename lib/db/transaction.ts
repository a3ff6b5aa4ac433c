import { fail, type Result } from '../messages';
import { WRITE_STORES, type GlossDb, type WriteTx } from './schema';

/** "QuotaExceededError: …" for DOMExceptions, just the message for plain errors. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

async function abortQuietly(tx: WriteTx): Promise<void> {
  try {
    tx.abort();
  } catch {
    // A failed request already aborted it.
  }
  await tx.done.catch(() => undefined);
}

/**
 * Runs `work` in one read-write transaction over every store and commits only if it answers ok: a failed
 * result, a thrown error or a failed request abort everything it wrote. Never throws.
 * `work` must await only requests of `tx` (anything else lets IndexedDB commit early).
 */
export async function inWriteTx<T>(db: GlossDb, work: (tx: WriteTx) => Promise<Result<T>>): Promise<Result<T>> {
  let tx: WriteTx | undefined;
  try {
    tx = db.transaction(WRITE_STORES, 'readwrite');
    const result = await work(tx);
    if (!result.ok) {
      await abortQuietly(tx);
      return result;
    }
    await tx.done;
    return result;
  } catch (error) {
    if (tx) await abortQuietly(tx);
    return fail(`storage: ${errorText(error)}`);
  }
}

export const nowIso = (): string => new Date().toISOString();

/** Later of two ISO times (by instant; text order when one doesn't parse). */
export function laterIso(a: string, b: string): string {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a > b ? a : b;
  return ta >= tb ? a : b;
}

export function earlierIso(a: string, b: string): string {
  return laterIso(a, b) === a ? b : a;
}
