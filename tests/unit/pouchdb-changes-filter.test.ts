/**
 * The extension's stand-in for pouchdb-changes-filter (build/pouchdb-changes-filter.ts, aliased in wxt.config.ts)
 * evaluates no design-document code: replication as Gloss runs it (no filter) and a function filter still work,
 * while a named filter, a view or a selector is refused with a clear error instead of run through Function().
 */
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import applyNoEvalFilter from '../../build/pouchdb-changes-filter';

interface Doc {
  _id: string;
  [field: string]: unknown;
}
interface Pouch {
  put(doc: object): Promise<{ rev: string }>;
  allDocs(): Promise<{ rows: { id: string }[] }>;
  replicate: { to(target: Pouch, options?: object): Promise<{ docs_written: number }> };
}
type PouchClass = { new (name: string, options?: object): Pouch; plugin(plugin: unknown): PouchClass };

const requireHere = createRequire(import.meta.url);
// pouchdb-core registers the real plugin when it loads; this one replaces it, as the alias does in the bundle.
const PouchDB = (requireHere('pouchdb-core') as PouchClass)
  .plugin(requireHere('pouchdb-adapter-memory'))
  .plugin(requireHere('pouchdb-replication'));
applyNoEvalFilter(PouchDB as never);

const memory = () => new PouchDB(`filter-${randomUUID()}`, { adapter: 'memory' });

async function deskWithDesignFilter(): Promise<Pouch> {
  const db = memory();
  await db.put({ _id: 'a1', kind: 'quote', text: 'We will not raise taxes' });
  await db.put({ _id: 'a2', kind: 'note', text: 'check the budget' });
  // A design document whose filter PouchDB's own plugin would fetch and evaluate.
  await db.put({ _id: '_design/gloss', filters: { quotes: 'function (doc) { return doc.kind === "quote"; }' } });
  return db;
}

const ids = async (db: Pouch) => (await db.allDocs()).rows.map((row) => row.id).sort();

describe('the no-eval changes filter', () => {
  it('replicates everything when no filter is given, as Gloss syncs', async () => {
    const source = await deskWithDesignFilter();
    const target = memory();
    await source.replicate.to(target);
    expect(await ids(target)).toEqual(['_design/gloss', 'a1', 'a2']);
  });

  it('applies a filter given as a function (PouchDB calls it; nothing is evaluated from a string)', async () => {
    const source = await deskWithDesignFilter();
    const target = memory();
    await source.replicate.to(target, { filter: (doc: Doc) => doc.kind === 'quote' });
    expect(await ids(target)).toEqual(['a1']);
  });

  it("refuses a design document's named filter, view or selector with a clear error", async () => {
    for (const options of [{ filter: 'gloss/quotes' }, { filter: '_view', view: 'gloss/by-kind' }, { selector: { kind: 'quote' } }]) {
      const target = memory();
      await expect(deskWithDesignFilter().then((source) => source.replicate.to(target, options))).rejects.toThrow(
        /Gloss does not evaluate design-document filters or views/,
      );
      expect(await ids(target)).toEqual([]);
    }
  });
});
