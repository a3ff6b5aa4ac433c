/** The library's database work: bulk delete and its undo, tagging, newest-first reads, export, backup and restore. */
import { beforeEach, describe, expect, it } from 'vitest';
import { listAllAnnotations, openGlossDb, type GlossDb } from '@/lib/db';
import { parseImport, toWebAnnotations } from '@/lib/export';
import { generateLibrary } from '@/lib/library/sample';
import { addTagToMany, deleteMany, readLibrary, readNewest, restoreMany } from '@/lib/library/store';
import { backupFile, exportFile, hasQuote, importText, selectionLibrary } from '@/lib/library/transfer';
import { describeImport, fileText } from '@/lib/library/transfer-text';
import { toWebAnnotationsJsonChunks } from '@/lib/export/web-annotation';
import { storedAnnotations, storedItems } from '../helpers/stored-annotations';

let db: GlossDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openGlossDb();
  return () => db.close();
});

const sample = generateLibrary({ pages: 30, annotations: 300, seed: 5 });
const now = new Date('2026-11-23T10:00:00.000Z');

async function dump(handle: GlossDb) {
  return { annotations: await storedAnnotations(handle), pages: await storedItems(handle, 'pageShards') };
}

async function seeded(): Promise<void> {
  const result = await importText(db, fileText(exportFile(sample, 'jsonld', now)));
  expect(result.ok && result.value.added).toBe(sample.annotations.length);
}

describe('bulk delete and undo', () => {
  it('deletes in one go and undo restores every record exactly', async () => {
    await seeded();
    const before = await dump(db);
    const ids = sample.annotations.slice(10, 110).map((a) => a.id);
    const removed = await deleteMany(db, [...ids, 'no-such-id']);
    expect(removed.ok && removed.value.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(await storedAnnotations(db)).toHaveLength(200);
    const restored = await restoreMany(db, removed.ok ? removed.value : []);
    expect(restored.ok).toBe(true);
    expect(await dump(db)).toEqual(before);
  });
});

describe('tagging', () => {
  it('adds the tag to those without it and stamps them', async () => {
    await seeded();
    const targets = sample.annotations.slice(0, 20);
    const already = targets.filter((a) => a.tags.includes('economy')).length;
    const tagged = await addTagToMany(
      db,
      targets.map((a) => a.id),
      '  economy  ',
      '2026-12-01T00:00:00.000Z',
    );
    expect(tagged.ok && tagged.value).toHaveLength(20 - already);
    const all = await listAllAnnotations(db);
    for (const a of targets) expect(all.find((x) => x.id === a.id)!.tags).toContain('economy');
    expect(all[0]!.updated).toBe('2026-12-01T00:00:00.000Z');
  });

  it('refuses an empty or over-long tag and changes nothing', async () => {
    await seeded();
    const before = await dump(db);
    expect(await addTagToMany(db, [sample.annotations[0]!.id], '   ')).toEqual({ ok: false, error: 'Enter a tag.' });
    expect(await addTagToMany(db, [sample.annotations[0]!.id], 'x'.repeat(201))).toMatchObject({ ok: false });
    expect(await dump(db)).toEqual(before);
  });
});

describe('reading', () => {
  it('the newest rows come first, with their pages', async () => {
    await seeded();
    const { annotations, pages } = await readNewest(db, 25);
    const expected = [...sample.annotations].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0)).slice(0, 25);
    expect(annotations.map((a) => a.updated)).toEqual(expected.map((a) => a.updated));
    expect(new Set(pages.map((p) => p.url))).toEqual(new Set(annotations.map((a) => a.pageUrl)));
  });
});

describe('export and import', () => {
  it('JSON-LD is compact and re-imports; every format names its file', async () => {
    const file = exportFile(sample, 'jsonld', now);
    expect(fileText(file)).not.toContain('\n  ');
    expect(file.fileName).toBe('gloss-2026-11-23-library.jsonld');
    const parsed = parseImport(fileText(file));
    expect(parsed.ok && parsed.value.annotations).toEqual(sample.annotations);
    expect(exportFile(sample, 'csv', now, 'Iran talks').fileName).toBe('gloss-2026-11-23-iran-talks.csv');
    expect(fileText(exportFile(sample, 'markdown', now))).toContain(sample.pages[0]!.title);
    expect(exportFile(sample, 'claimreview', now).fileName).toBe('gloss-2026-11-23-library-claimreview.jsonld');
  });

  it('JSON-LD written in chunks is byte for byte JSON.stringify of the whole collection', () => {
    const file = exportFile(sample, 'jsonld', now);
    expect(file.parts.length).toBeGreaterThan(2);
    const whole = `${JSON.stringify(toWebAnnotations(sample, { exportedAt: now.toISOString(), generator: 'Gloss' }))}\n`;
    expect(fileText(file)).toBe(whole);
    const options = { exportedAt: now.toISOString(), generator: 'Gloss' };
    expect(toWebAnnotationsJsonChunks(sample, options).join('')).toBe(JSON.stringify(toWebAnnotations(sample, options)));
    const empty = exportFile({ annotations: [], pages: [] }, 'jsonld', now);
    expect(fileText(empty)).toBe(
      `${JSON.stringify(toWebAnnotations({ annotations: [], pages: [] }, { exportedAt: now.toISOString(), generator: 'Gloss' }))}\n`,
    );
  });

  it('a selection carries only its own pages', () => {
    const picked = sample.annotations.filter((a) => a.pageUrl === sample.pages[3]!.url);
    const lib = selectionLibrary(picked, new Map(sample.pages.map((p) => [p.url, p])));
    expect(lib.pages).toEqual([sample.pages[3]]);
    expect(lib.annotations).toEqual(picked);
  });

  it('import reports added, skipped and orphaned (no quote to anchor)', async () => {
    const text = fileText(exportFile(sample, 'jsonld', now));
    const first = await importText(db, text);
    const orphans = sample.annotations.filter((a) => !hasQuote(a)).length;
    expect(orphans).toBeGreaterThan(0);
    expect(first).toEqual({ ok: true, value: { format: 'gloss', total: 300, added: 300, skipped: 0, orphaned: orphans, warnings: [] } });
    const again = await importText(db, text);
    if (!again.ok) throw new Error(again.error);
    expect(again.value).toMatchObject({ added: 0, skipped: 300 });
    expect(describeImport(again.value)).toBe(
      `Imported 300 annotations: 0 added, 300 skipped (already in your library), ${orphans} without a quote to anchor.`,
    );
  });

  it('a bad file gets a clear error and changes nothing', async () => {
    await seeded();
    const before = await dump(db);
    const doc = JSON.parse(fileText(exportFile(sample, 'jsonld', now))) as { first: { items: Record<string, unknown>[] } };
    doc.first.items[42]!['gloss:kind'] = 'rumour';
    const result = await importText(db, JSON.stringify(doc));
    expect(result.ok === false && result.error).toMatch(
      /^Nothing was imported \(1 problem\):\nannotations\[42\]\.kind: expected one of quote, claim, note/,
    );
    expect(await importText(db, 'PK\u0003\u0004 not json')).toMatchObject({ ok: false });
    expect(await dump(db)).toEqual(before);
  });

  it('a backup restored into an empty profile is the same library', async () => {
    await seeded();
    const backup = await backupFile(db, now);
    expect(backup.fileName).toBe('gloss-2026-11-23-backup.jsonld');
    const original = await readLibrary(db);

    const fresh = await openGlossDb(new IDBFactory());
    const restored = await importText(fresh, fileText(backup));
    expect(restored.ok && restored.value.added).toBe(300);
    const copy = await readLibrary(fresh);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(copy.annotations)).toEqual(byId(original.annotations));
    const byUrl = (list: { url: string }[]) => [...list].sort((a, b) => a.url.localeCompare(b.url));
    expect(byUrl(copy.pages)).toEqual(byUrl(original.pages));
    expect(fileText(await backupFile(fresh, now))).toBe(fileText(backup));
    fresh.close();
  });
});
