/**
 * Convergence: random edits, deletes and undos on three devices, synced in random orders while the server goes
 * down and comes back, end as identical libraries once everyone has synced. Every annotation that was made is
 * either there, or gone because some device deleted it. PouchDB replication throughout; the server is a PouchDB
 * database in memory, reopened (as after a restart) at random, and unreachable while it is "down".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteAnnotation, getAnnotation, listAllAnnotations, restoreAnnotation, saveAnnotation } from '@/lib/db';
import type { Annotation } from '@/lib/model/annotation';
import { makeAnnotation } from '../fixtures/db/annotations';
import { makeDevice, Pouch, type Device } from '../helpers/sync-devices';

type Step =
  | { op: 'create'; device: number }
  | { op: 'edit'; device: number; pick: number; comment: string; verdict: 'false' | 'supported' }
  | { op: 'delete'; device: number; pick: number }
  | { op: 'undo'; device: number }
  | { op: 'sync'; device: number }
  | { op: 'server'; up: boolean }
  | { op: 'restart' };

const device = fc.integer({ min: 0, max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), device }),
  fc.record({
    op: fc.constant('edit' as const),
    device,
    pick: fc.nat(),
    comment: fc.string({ maxLength: 12 }),
    verdict: fc.constantFrom('false' as const, 'supported' as const),
  }),
  fc.record({ op: fc.constant('delete' as const), device, pick: fc.nat() }),
  fc.record({ op: fc.constant('undo' as const), device }),
  fc.record({ op: fc.constant('sync' as const), device }),
  fc.record({ op: fc.constant('server' as const), up: fc.boolean() }),
  fc.record({ op: fc.constant('restart' as const) }),
);

/** A world: three devices, the server (reopened by name on restart), and what was made and deleted. */
async function world() {
  const name = `convergence-server-${Math.random().toString(36).slice(2)}`;
  let server = new Pouch(name, { adapter: 'memory' });
  // Nothing listens on port 9: a sync while the server is down fails as an unreachable server does.
  const down = new Pouch('http://127.0.0.1:9/gloss', { skip_setup: true });
  let up = true;
  const devices: Device[] = [await makeDevice('ana'), await makeDevice('ben'), await makeDevice('cleo')];
  const made = new Set<string>();
  const deleted = new Set<string>();
  const undo: (Annotation | null)[] = [null, null, null];

  async function pick(d: Device, n: number): Promise<Annotation | null> {
    const all = await listAllAnnotations(d.db);
    return all.length === 0 ? null : all[n % all.length]!;
  }

  async function run(s: Step): Promise<void> {
    if (s.op === 'server') up = s.up;
    else if (s.op === 'restart') server = new Pouch(name, { adapter: 'memory' });
    else if (s.op === 'sync') await devices[s.device]!.sync(up ? server : down);
    else if (s.op === 'create') {
      const a = makeAnnotation({ kind: 'claim', verdict: 'unverified' });
      made.add(a.id);
      await saveAnnotation(devices[s.device]!.db, a);
    } else if (s.op === 'edit') {
      const a = await pick(devices[s.device]!, s.pick);
      if (a) await saveAnnotation(devices[s.device]!.db, { ...a, comment: s.comment, verdict: s.verdict });
    } else if (s.op === 'delete') {
      const a = await pick(devices[s.device]!, s.pick);
      if (a && (await deleteAnnotation(devices[s.device]!.db, a.id)).ok) {
        deleted.add(a.id);
        undo[s.device] = a;
      }
    } else {
      const a = undo[s.device];
      if (a && !(await getAnnotation(devices[s.device]!.db, a.id))) await restoreAnnotation(devices[s.device]!.db, a);
      undo[s.device] = null;
    }
  }

  /** Everyone syncs, server up, until a full round changes nothing (bounded). */
  async function settle(): Promise<void> {
    up = true;
    for (let round = 0; round < 4; round += 1) for (const d of devices) await d.sync(server);
  }

  return { devices, made, deleted, run, settle };
}

const libraryOf = async (d: Device) => (await listAllAnnotations(d.db)).sort((a, b) => (a.id < b.id ? -1 : 1));

describe('sync convergence', () => {
  it('three devices converge to one library, and nothing disappears that nobody deleted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async (steps) => {
        const w = await world();
        for (const s of steps) await w.run(s);
        await w.settle();
        const [first, ...others] = await Promise.all(w.devices.map(libraryOf));
        for (const other of others) expect(other).toEqual(first);
        const present = new Set(first!.map((a) => a.id));
        for (const id of w.made) expect(present.has(id) || w.deleted.has(id), `annotation ${id} vanished without a delete`).toBe(true);
        await Promise.all(w.devices.map((d) => d.db.close()));
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
