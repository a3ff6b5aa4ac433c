/**
 * The service worker's side of the sync benchmark (bench/sync-scale.ts), in GLOSS_BENCH=1 builds only: the
 * benchmark calls these through Playwright's `serviceWorker.evaluate`. Times are taken here, in the worker, so
 * they don't include the DevTools protocol's round trips.
 *
 * - `firstSync`: configures sync as the options page does (`sync/configure`) and times until Gloss's database
 *   holds the expected number of annotations.
 * - `floor`: the same documents replicated by bare PouchDB into a bare IndexedDB database, nothing else, with
 *   the replication options Gloss uses (lib/sync/pass.ts), so the difference is what Gloss adds.
 * - `save` / `waitFor`: one annotation saved as an extension page saves it, and the wait for one to arrive.
 */
import { getAnnotation, type GlossDb } from '@/lib/db';
import { countAnnotations } from '@/lib/library/read';
import type { Annotation } from '@/lib/model/annotation';
import type { ReplicationOutcome } from '@/lib/sync/pouch-types';
import { REPLICATION_OPTIONS } from '@/lib/sync/pass';
import type { SyncSettings } from '@/lib/sync/settings';
import type { SenderContext } from './sender';
import { glossPouch } from './sync';

export interface SyncBenchDeps {
  db: () => Promise<GlossDb>;
  handle: (message: unknown, context: SenderContext) => Promise<{ ok: boolean; error?: string }>;
}

const POLL_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `done` until it holds; ms from `start` to the first poll that saw it. */
async function timeUntil(start: number, done: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  for (;;) {
    if (await done()) return performance.now() - start;
    if (performance.now() - start > timeoutMs) throw new Error(`${what}: not done after ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

function createSyncBenchApi(deps: SyncBenchDeps) {
  const Pouch = glossPouch();
  const send = (type: string, payload: unknown) => deps.handle({ type, payload }, { kind: 'extension-page' });
  return {
    async count(): Promise<number> {
      return countAnnotations(await deps.db());
    },
    /**
     * Sync settings sent as the options page sends them; ms until `expected` annotations are in Gloss's database,
     * and until the whole first pass (which also pushes back and checks with the server) has ended.
     */
    async firstSync(
      settings: SyncSettings,
      expected: number,
      timeoutMs: number,
    ): Promise<{ storedMs: number; passMs: number; count: number; error: string | null }> {
      const start = performance.now();
      let passMs = -1;
      let error: string | null = null;
      const pass = send('sync/configure', { settings }).then((answer) => {
        passMs = performance.now() - start;
        if (!answer.ok) error = answer.error ?? 'sync/configure failed';
      });
      const db = await deps.db();
      const storedMs = await timeUntil(
        start,
        async () => error !== null || (await countAnnotations(db)) >= expected,
        timeoutMs,
        'first sync',
      );
      if (error) return { storedMs, passMs, count: await countAnnotations(db), error };
      await pass;
      return { storedMs, passMs, count: await countAnnotations(db), error };
    },
    /** The floor: PouchDB's own replication of the same database into a new, bare IndexedDB PouchDB (then deleted). */
    async floor(
      remoteUrl: string,
      account: string,
      password: string,
    ): Promise<{ ms: number; docs: number; outcome: Pick<ReplicationOutcome, 'docs_written' | 'ok'> }> {
      const local = new Pouch(`gloss-bench-floor-${Date.now()}`, { adapter: 'indexeddb' });
      const remote = new Pouch(remoteUrl, { skip_setup: true, auth: { username: account, password } });
      try {
        const start = performance.now();
        const outcome = await local.replicate.from(remote, REPLICATION_OPTIONS);
        const ms = performance.now() - start;
        // Annotation documents only: the desk's design document replicates too.
        const docs = (await local.allDocs({ startkey: 'annotation:', endkey: 'annotation:\uffff' })).rows.length;
        return { ms, docs, outcome: { docs_written: outcome.docs_written, ok: outcome.ok } };
      } finally {
        await local.destroy();
      }
    },
    /** Saves an annotation through the background's message handler, as the editor in a page does; the wall-clock time it was sent. */
    async save(annotation: Annotation): Promise<number> {
      const sentAt = Date.now();
      const answer = await send('annotation/save', { annotation });
      if (!answer.ok) throw new Error(answer.error ?? 'annotation/save failed');
      return sentAt;
    },
    /** Waits until the annotation `id` is in Gloss's database; the wall-clock time it was first seen there. */
    async waitFor(id: string, timeoutMs: number): Promise<number> {
      const db = await deps.db();
      await timeUntil(performance.now(), async () => (await getAnnotation(db, id)) !== null, timeoutMs, `annotation ${id}`);
      return Date.now();
    },
  };
}

export type SyncBenchApi = ReturnType<typeof createSyncBenchApi>;

export function installSyncBenchHook(deps: SyncBenchDeps): void {
  (globalThis as unknown as { __glossBench: SyncBenchApi }).__glossBench = createSyncBenchApi(deps);
}
