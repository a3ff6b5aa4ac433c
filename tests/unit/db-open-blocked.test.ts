import { describe, expect, it } from 'vitest';
import { BLOCKED_MESSAGE, openGlossDb } from '@/lib/db/open';
import { MIGRATIONS } from '@/lib/db/migrations';

/** An old tab's connection at an earlier version that ignores `versionchange` (never closes). */
function holdOldConnection(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open('gloss', version);
    request.onupgradeneeded = () => request.result.createObjectStore('legacy');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('opening the database while an old tab holds it', () => {
  it('fails with a clear message instead of hanging, and keeps the old data', async () => {
    const factory = new IDBFactory();
    const old = await holdOldConnection(factory, 1);
    await expect(openGlossDb(factory, { migrations: MIGRATIONS, blockedTimeoutMs: 0 })).rejects.toThrow(BLOCKED_MESSAGE);
    expect(old.version).toBe(1);
    expect([...old.objectStoreNames]).toEqual(['legacy']);
    old.close();
  });

  it("upgrades as usual when the old connection lets go (as Gloss's own do on versionchange)", async () => {
    const factory = new IDBFactory();
    await openGlossDb(factory, { migrations: MIGRATIONS.slice(0, 1) });
    const db = await openGlossDb(factory, { blockedTimeoutMs: 0 });
    expect(db.version).toBe(MIGRATIONS.length);
    db.close();
  });
});
