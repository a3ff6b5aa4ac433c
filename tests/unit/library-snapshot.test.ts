/** Backing up from the library page's loaded copy: only when the database provably still holds exactly it. */
import { beforeEach, describe, expect, it } from 'vitest';
import { openGlossDb, saveAnnotation, upsertPage, type GlossDb } from '@/lib/db';
import { generateLibrary } from '@/lib/library/sample';
import { currentLibrary, type LibraryCopy } from '@/lib/library/snapshot';
import { addTagToMany, deleteMany, readLibrary } from '@/lib/library/store';
import { backupFile, exportFile, importText } from '@/lib/library/transfer';
import { fileText } from '@/lib/library/transfer-text';

let db: GlossDb;
let otherTab: GlossDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openGlossDb();
  // A second connection to the same database: what another library tab or the background writes through.
  otherTab = await openGlossDb();
  return () => {
    db.close();
    otherTab.close();
  };
});

const sample = generateLibrary({ pages: 20, annotations: 200, seed: 9 });
const now = new Date('2026-11-23T10:00:00.000Z');

/** Seeds the database and loads it as the library page does; answers the page's in-memory copy. */
async function loadedCopy(): Promise<LibraryCopy> {
  const imported = await importText(db, fileText(exportFile(sample, 'jsonld', now)));
  expect(imported.ok && imported.value.added).toBe(200);
  return readLibrary(db);
}

describe('backing up from the loaded copy', () => {
  it('uses the copy when nothing was written, and the file equals one read from the stores', async () => {
    const copy = await loadedCopy();
    const current = await currentLibrary(db, copy);
    expect(current.fromMemory).toBe(true);
    expect(fileText(await backupFile(db, now, copy))).toBe(fileText(await backupFile(db, now)));
  });

  it('a new annotation saved in another tab forces a re-read that includes it', async () => {
    const copy = await loadedCopy();
    const extra = { ...sample.annotations[0]!, id: 'from-another-tab', updated: '2030-01-01T00:00:00.000Z' };
    expect((await saveAnnotation(otherTab, extra)).ok).toBe(true);
    const current = await currentLibrary(db, copy);
    expect(current.fromMemory).toBe(false);
    expect(current.annotations.map((a) => a.id)).toContain('from-another-tab');
  });

  it('an edit in another tab (same count, newer `updated`) forces a re-read with the edit', async () => {
    const copy = await loadedCopy();
    const tagged = await addTagToMany(otherTab, [sample.annotations[5]!.id], 'edited-elsewhere');
    expect(tagged.ok).toBe(true);
    const current = await currentLibrary(db, copy);
    expect(current.fromMemory).toBe(false);
    expect(current.annotations.find((a) => a.id === sample.annotations[5]!.id)?.tags).toContain('edited-elsewhere');
  });

  it('a page record changed in another tab (a visit fills in its title) forces a re-read with it', async () => {
    const copy = await loadedCopy();
    const page = sample.pages[3]!;
    expect(
      (await upsertPage(otherTab, { url: page.url, title: 'Retitled elsewhere', siteName: page.siteName, published: page.published })).ok,
    ).toBe(true);
    const current = await currentLibrary(db, copy);
    expect(current.fromMemory).toBe(false);
    expect(current.pages.find((p) => p.url === page.url)?.title).toBe('Retitled elsewhere');
  });

  it('a delete in another tab forces a re-read without the deleted annotation', async () => {
    const copy = await loadedCopy();
    const gone = sample.annotations[7]!.id;
    expect((await deleteMany(otherTab, [gone])).ok).toBe(true);
    const current = await currentLibrary(db, copy);
    expect(current.fromMemory).toBe(false);
    expect(current.annotations.some((a) => a.id === gone)).toBe(false);
  });

  it("the page's own writes, mirrored into its copy, keep the copy usable", async () => {
    const copy = await loadedCopy();
    const ids = sample.annotations.slice(0, 3).map((a) => a.id);
    const tagged = await addTagToMany(db, ids, 'mine');
    const removed = await deleteMany(db, [sample.annotations[10]!.id]);
    if (!tagged.ok || !removed.ok) throw new Error('the writes failed');
    const changed = new Map(tagged.value.map((a) => [a.id, a]));
    const mirrored: LibraryCopy = {
      annotations: copy.annotations.filter((a) => a.id !== sample.annotations[10]!.id).map((a) => changed.get(a.id) ?? a),
      pages: copy.pages,
      // One committed write each, counted as the library page counts its own.
      changes: copy.changes + 2,
    };
    expect((await currentLibrary(db, mirrored)).fromMemory).toBe(true);
    // The copy as loaded (not mirrored) no longer matches.
    expect((await currentLibrary(db, copy)).fromMemory).toBe(false);
  });

  it('sorting the backup leaves the caller’s arrays alone; no copy means a read', async () => {
    const copy = await loadedCopy();
    const order = copy.annotations.map((a) => a.id);
    await backupFile(db, now, copy);
    expect(copy.annotations.map((a) => a.id)).toEqual(order);
    expect((await currentLibrary(db, null)).fromMemory).toBe(false);
  });
});
