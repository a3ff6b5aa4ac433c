import { beforeEach, describe, expect, it } from 'vitest';
import { getAnnotation, openGlossDb, saveAnnotation, setAnnotationChange, type GlossDb } from '@/lib/db';
import { makeAnnotation } from '../fixtures/db/annotations';

let db: GlossDb;
const change = { text: 'We will not raise fares this summer', seen: '2026-12-07T16:00:00.000Z', kept: false };

beforeEach(async () => {
  db = await openGlossDb(new IDBFactory());
  return () => db.close();
});

describe('recording a changed wording', () => {
  it('writes only `changed`: an edit made elsewhere meanwhile survives, and `updated` stays', async () => {
    const original = makeAnnotation({ exact: 'We will not raise fares this year' });
    await saveAnnotation(db, original, { now: '2026-12-01T10:00:00.000Z' });
    // Edited in the library since the page loaded its copy.
    await saveAnnotation(db, { ...original, comment: 'checked with the council' }, { now: '2026-12-02T10:00:00.000Z' });
    expect(await setAnnotationChange(db, original.id, original.exact, change)).toEqual({ ok: true, value: true });
    const stored = await getAnnotation(db, original.id);
    expect(stored).toMatchObject({ comment: 'checked with the council', changed: change, updated: '2026-12-02T10:00:00.000Z' });
    expect(await setAnnotationChange(db, original.id, original.exact, null)).toEqual({ ok: true, value: true });
    expect((await getAnnotation(db, original.id))?.changed).toBeUndefined();
  });

  it('does nothing for an annotation deleted or re-worded meanwhile', async () => {
    const original = makeAnnotation({ exact: 'We will not raise fares this year' });
    expect(await setAnnotationChange(db, original.id, original.exact, change)).toEqual({ ok: true, value: false });
    expect(await getAnnotation(db, original.id)).toBeNull();
    await saveAnnotation(db, { ...original, exact: 'something else' });
    expect(await setAnnotationChange(db, original.id, original.exact, change)).toEqual({ ok: true, value: false });
    expect((await getAnnotation(db, original.id))?.changed).toBeUndefined();
  });
});
