/**
 * applyImport decides and merges in memory, in bulk; it must leave the database exactly as writing the file one
 * record at a time with lib/db's own per-record rules does (`importOneByOne`, the reference below).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, openGlossDb, saveAnnotation, upsertPage, type GlossDb, type ImportData } from '@/lib/db';
import { recordUses } from '@/lib/db/annotations';
import { bareRecord, putPage } from '@/lib/db/pages';
import { PartsEditor } from '@/lib/db/parts-editor';
import { inWriteTx } from '@/lib/db/transaction';
import { normalizePageUrl } from '@/lib/db/url';
import { ok } from '@/lib/messages';
import { generateLibrary } from '@/lib/library/sample';
import type { Annotation } from '@/lib/model/annotation';
import { storedItems } from '../helpers/stored-annotations';

/** The simplest import that follows the rules: file pages, then per annotation a duplicate check and its writes, awaited one by one. */
async function importOneByOne(db: GlossDb, data: ImportData) {
  const signature = (a: Annotation) => JSON.stringify([a.pageUrl, a.kind, a.exact, a.created]);
  return inWriteTx(db, async (tx) => {
    for (const page of data.pages) await putPage(tx, page);
    let added = 0;
    for (const incoming of data.annotations) {
      const annotation: Annotation = { ...incoming, pageUrl: normalizePageUrl(incoming.pageUrl) };
      // A fresh editor per record: each annotation is read, decided and written before the next.
      const parts = new PartsEditor(tx);
      await parts.loadPages([annotation.pageUrl]);
      await parts.loadIds([annotation.id]);
      const onPage = parts.onPage(annotation.pageUrl).map(signature);
      if (onPage.includes(signature(annotation)) || parts.get(annotation.id) !== undefined) continue;
      parts.put(annotation);
      parts.flush();
      await putPage(tx, bareRecord(annotation.pageUrl, annotation.created, annotation.updated));
      await recordUses(tx, annotation, undefined, annotation.updated);
      added += 1;
    }
    return ok({ added, skipped: data.annotations.length - added });
  });
}

async function freshDb(): Promise<GlossDb> {
  return openGlossDb(new IDBFactory());
}

/** Everything in every store (page records whole: the same annotations in the same parts, in the same order). */
async function dump(db: GlossDb) {
  const [annotations, ids, pages, speakers, sources] = await Promise.all([
    db.getAll('annotationsByPage'),
    storedItems(db, 'idShards'),
    storedItems(db, 'pageShards'),
    storedItems(db, 'speakerShards'),
    storedItems(db, 'sourceShards'),
  ]);
  return { annotations, ids, pages, speakers, sources };
}

/** The same existing library in both databases, written the way the extension writes it. */
async function seed(db: GlossDb, existing: readonly Annotation[]): Promise<void> {
  await upsertPage(
    db,
    { url: existing[0]!.pageUrl, title: 'Already known', siteName: 'Known', published: null },
    { now: '2024-01-01T00:00:00.000Z' },
  );
  for (const a of existing) expect((await saveAnnotation(db, a, { now: a.updated })).ok).toBe(true);
}

function importCase(): { existing: Annotation[]; file: ImportData; cited: Annotation } {
  const { pages, annotations } = generateLibrary({ pages: 40, annotations: 400, seed: 3 });
  const existing = annotations.slice(0, 60);
  const fresh = annotations.slice(60);
  const sameId = { ...existing[1]!, comment: 'another version' };
  const sameContent = { ...existing[2]!, id: 'copy-under-another-id' };
  const repeatedInFile = { ...fresh[5]!, id: 'repeated-in-file' };
  const trackedUrl = {
    ...fresh[6]!,
    id: 'tracked-url',
    created: '2025-06-01T00:00:00.000Z',
    pageUrl: `${fresh[6]!.pageUrl}?utm_source=feed#top`,
  };
  // Claims citing one source, the later ones without its title: the remembered title must survive.
  const cited = fresh.find((x) => x.sources.length > 0)!;
  const citingAgain = [1, 2].map((n) => ({
    ...cited,
    id: `cites-again-${n}`,
    created: `2025-0${n}-01T00:00:00.000Z`,
    updated: `2025-0${n}-02T00:00:00.000Z`,
    sources: [{ ...cited.sources[0]!, title: null, stance: 'context' as const }],
  }));
  const annotationsInFile = [...fresh, sameId, sameContent, repeatedInFile, trackedUrl, existing[3]!, ...citingAgain];
  const titled = pages.map((p, i) => (i % 3 === 0 ? { ...p, title: '' } : p));
  return { existing, file: { pages: titled, annotations: annotationsInFile }, cited };
}

let a: GlossDb;
let b: GlossDb;
beforeEach(async () => {
  [a, b] = await Promise.all([freshDb(), freshDb()]);
  return () => {
    a.close();
    b.close();
  };
});

describe('applyImport in bulk', () => {
  it('adds, skips and merges exactly as importing one record at a time does', async () => {
    const { existing, file, cited } = importCase();
    await seed(a, existing);
    await seed(b, existing);
    const slow = await importOneByOne(a, file);
    const fast = await applyImport(b, file);
    expect(fast).toEqual(slow);
    expect(fast).toEqual({ ok: true, value: { added: 343, skipped: 4 } });
    const [expected, actual] = [await dump(a), await dump(b)];
    expect(actual.annotations).toEqual(expected.annotations);
    expect(actual.ids).toEqual(expected.ids);
    expect(actual.pages).toEqual(expected.pages);
    // Autocomplete counts every use, however many annotations cite the same speaker or source.
    expect(actual.speakers).toEqual(expected.speakers);
    expect(actual.sources).toEqual(expected.sources);
    expect(actual.speakers.some((s) => s.useCount > 1)).toBe(true);
    const source = actual.sources.find((s) => s.url === cited.sources[0]!.url);
    expect(source).toMatchObject({ title: cited.sources[0]!.title, stance: 'context' });
    expect(source!.useCount).toBeGreaterThanOrEqual(3);
  });

  it('into an empty database (a restore): the same as one record at a time, duplicates within the file skipped', async () => {
    const { file } = importCase();
    const slow = await importOneByOne(a, file);
    expect(await applyImport(b, file)).toEqual(slow);
    expect(slow.ok && slow.value.skipped).toBeGreaterThan(0);
    expect(await dump(b)).toEqual(await dump(a));
  });

  it('importing the same file again adds nothing and changes nothing', async () => {
    const { file } = importCase();
    expect((await applyImport(b, file)).ok).toBe(true);
    const before = await dump(b);
    const again = await applyImport(b, file);
    expect(again).toEqual({ ok: true, value: { added: 0, skipped: file.annotations.length } });
    const after = await dump(b);
    expect(after.annotations).toEqual(before.annotations);
    expect(after.pages).toEqual(before.pages);
  });

  it('one invalid record: an error naming it, and nothing is written', async () => {
    const { existing, file } = importCase();
    await seed(b, existing);
    const before = await dump(b);
    const broken = { ...file, annotations: file.annotations.map((x, i) => (i === 250 ? { ...x, verdict: 'maybe' } : x)) as Annotation[] };
    const fast = await applyImport(b, broken);
    expect(fast.ok === false && fast.error).toMatch(/^annotations\[250\] verdict: /);
    expect(await dump(b)).toEqual(before);
  });
});
