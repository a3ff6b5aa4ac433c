import { describe, expect, it } from 'vitest';
import { deleteAnnotation, getAnnotation, listAllAnnotations, saveAnnotation } from '@/lib/db';
import { makeAnnotation, makeClaim } from '../fixtures/db/annotations';
import { keepVersion, listConflicts } from '@/lib/sync/conflicts';
import { makeDevice, memoryDatabase } from '../helpers/sync-devices';

describe('a sync pass between two devices through one server database', () => {
  it('carries a new annotation, then its edit, then its delete, to the other device', async () => {
    const server = memoryDatabase('server');
    const [a, b] = [await makeDevice('alice'), await makeDevice('bob')];
    const quote = makeAnnotation({ comment: 'worth checking' });
    expect((await saveAnnotation(a.db, quote)).ok).toBe(true);

    const first = await a.sync(server);
    expect(first.error).toBeNull();
    await b.sync(server);
    const seen = await getAnnotation(b.db, quote.id);
    expect(seen?.exact).toBe(quote.exact);
    expect(seen?.comment).toBe('worth checking');

    const stored = (await getAnnotation(a.db, quote.id))!;
    await saveAnnotation(a.db, { ...stored, comment: 'checked: true' });
    await a.sync(server);
    await b.sync(server);
    expect((await getAnnotation(b.db, quote.id))?.comment).toBe('checked: true');

    await deleteAnnotation(b.db, quote.id);
    await b.sync(server);
    await a.sync(server);
    expect(await getAnnotation(a.db, quote.id)).toBeNull();
    expect(await listAllAnnotations(a.db)).toEqual([]);
  });

  it('keeps both versions when two devices change one claim apart, on both devices', async () => {
    const server = memoryDatabase('server');
    const [a, b] = [await makeDevice('alice'), await makeDevice('bob')];
    const claim = makeClaim();
    await saveAnnotation(a.db, claim);
    await a.sync(server);
    await b.sync(server);

    await saveAnnotation(a.db, { ...(await getAnnotation(a.db, claim.id))!, verdict: 'false' });
    await saveAnnotation(b.db, { ...(await getAnnotation(b.db, claim.id))!, verdict: 'supported' });
    await a.sync(server);
    await b.sync(server);
    await a.sync(server);

    const verdicts = [(await getAnnotation(a.db, claim.id))?.verdict, (await getAnnotation(b.db, claim.id))?.verdict];
    expect(verdicts[0]).toBe(verdicts[1]);
    for (const device of [a, b]) {
      const doc = await device.replica.get(`annotation:${claim.id}`, { conflicts: true });
      expect(doc._conflicts).toHaveLength(1);
      const [conflict] = await listConflicts(device.db, () => device.replica);
      expect(conflict?.versions.map((v) => [v.editor, v.annotation.verdict]).sort()).toEqual([
        ['alice', 'false'],
        ['bob', 'supported'],
      ]);
    }

    // Alice keeps Bob's verdict: the choice reaches both devices, and only one version is left anywhere.
    const bobs = (await listConflicts(a.db, () => a.replica))[0]!.versions.find((v) => v.editor === 'bob')!;
    expect((await keepVersion(a.replica, claim.id, bobs.rev, 'alice')).ok).toBe(true);
    await a.sync(server);
    await b.sync(server);
    for (const device of [a, b]) {
      expect((await getAnnotation(device.db, claim.id))?.verdict).toBe('supported');
      expect(await listConflicts(device.db, () => device.replica)).toEqual([]);
      expect((await device.replica.get(`annotation:${claim.id}`, { conflicts: true }))._conflicts ?? []).toEqual([]);
    }
  });
});

describe('sync documents on the wire', () => {
  it('are W3C Web Annotations that hold every MUST assertion, with creator and editor, orphans included', async () => {
    const { annotationDoc } = await import('@/lib/sync/docs');
    const { checkAnnotation } = await import('../w3c-check');
    const docs = [
      annotationDoc(makeClaim({ comment: 'see the ministry', tags: ['budget'] }), { creator: 'jane', editor: 'omar' }),
      annotationDoc(makeAnnotation({ selectors: [], created: '2026-03-14T09:30', updated: '2026-03-14T09:31' }), {
        creator: 'jane',
        editor: 'jane',
      }),
    ];
    for (const doc of docs) {
      expect(doc).toMatchObject({ creator: { type: 'Person', name: 'jane' }, 'gloss:editor': expect.any(String) });
      const report = checkAnnotation(doc);
      expect(report.failed).toEqual([]);
      expect(report.checked).toBeGreaterThan(0);
    }
  });
});

describe('who made an annotation', () => {
  it('travels with it: the other device knows the creator', async () => {
    const server = memoryDatabase('server');
    const [a, b] = [await makeDevice('alice'), await makeDevice('bob')];
    const quote = makeAnnotation();
    await saveAnnotation(a.db, quote);
    await a.sync(server);
    await b.sync(server);
    expect((await getAnnotation(b.db, quote.id))?.creator).toBe('alice');
  });
});
