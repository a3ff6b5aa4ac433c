/**
 * A fix for express-pouchdb 4.2.0's validation plugin (pouchdb-validation 4.2.0, its last release): before it
 * runs validate_doc_update it overwrites the incoming document's `_revisions` with the stored one's. A
 * replicated write (`_bulk_docs` with `new_edits: false`) names its revision only through `_revisions`, so
 * every replicated edit of an existing document was acknowledged and then silently not stored. Apache CouchDB
 * doesn't do this. The fixed module is compiled into Node's require cache before express-pouchdb loads it.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';

const BUGGY = 'newDoc._revisions = (oldDoc || {})._revisions;';
// A validate function may read newDoc._revisions; a replicated document keeps its own history.
const FIXED = 'if (!newDoc._revisions) { newDoc._revisions = (oldDoc || {})._revisions; }';

const FIXED_MARK = Symbol.for('gloss.pouchdb-validation-fixed');

type CompilableModule = Module & { _compile(source: string, filename: string): void };

export function installValidationFix(requireFromServer: NodeJS.Require): void {
  const fromExpressPouchdb = createRequire(requireFromServer.resolve('express-pouchdb/package.json'));
  const filename = fromExpressPouchdb.resolve('pouchdb-validation');
  const cached = fromExpressPouchdb.cache[filename] as (Module & { [FIXED_MARK]?: true }) | undefined;
  if (cached?.[FIXED_MARK]) return;
  const source = readFileSync(filename, 'utf8');
  // Fail closed: a different version might validate differently; don't run a server with unknown validation.
  if (!source.includes(BUGGY))
    throw new Error(`pouchdb-validation changed (${filename}): review the replication fix in cli/sync-server/validation-fix.ts`);
  const fixed = new Module(filename) as CompilableModule;
  fixed.filename = filename;
  fixed.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(filename.replace(/[\\/][^\\/]*$/, ''));
  fixed._compile(source.replace(BUGGY, FIXED), filename);
  fixed.loaded = true;
  (fixed as Module & { [FIXED_MARK]?: true })[FIXED_MARK] = true;
  // Replaces a copy loaded earlier too (express-pouchdb requires it only when its validation daemon starts).
  fromExpressPouchdb.cache[filename] = fixed;
}
