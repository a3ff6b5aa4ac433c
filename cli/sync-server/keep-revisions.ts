/**
 * Keeps a replicated revision's history through express-pouchdb's validation.
 *
 * pouchdb-validation (which runs `validate_doc_update`) sets `newDoc._revisions` to the OLD document's history
 * before calling the function, and that object is the one then written. Replication writes with
 * `new_edits: false`, where `_revisions` is the revision's ancestry: so an edit or a delete of a document that
 * already exists arrived looking like the revision the server already had, was answered with success and
 * dropped. Every edit and delete made on a device after its first sync never reached the server (CouchDB itself
 * does not do this; only databases with a validate_doc_update, i.e. every desk, were affected).
 *
 * The fix, without patching node_modules: one bulkDocs handler runs before validation and remembers each
 * document's `_revisions`; another runs after it, right before the write, and puts them back. pouchdb-wrappers
 * calls a method's handlers in the order they were installed, the first one outermost.
 */
import type { PouchApp } from './pouch-app';

interface BulkDocsArgs {
  docs: Record<string, unknown>[];
  options: { new_edits?: boolean };
}
type BulkDocsHandler = (next: () => Promise<unknown>, args: BulkDocsArgs) => Promise<unknown>;
interface Wrappers {
  installWrapperMethods(db: object, handlers: { bulkDocs: BulkDocsHandler }): void;
}
type DbWrapper = (name: string, db: object, next: () => unknown) => unknown;

export function keepReplicatedRevisions(app: PouchApp, wrappers: Wrappers): void {
  const list = app.dbWrapper._wrappers;
  if (!Array.isArray(list)) throw new Error('express-pouchdb changed: no database wrapper list to keep revision histories in');
  const sent = new WeakMap<object, unknown>();
  const remember: BulkDocsHandler = (next, args) => {
    if (args.options.new_edits === false) for (const doc of args.docs) if ('_revisions' in doc) sent.set(doc, doc._revisions);
    return next();
  };
  const restore: BulkDocsHandler = (next, args) => {
    for (const doc of args.docs) if (sent.has(doc)) doc._revisions = sent.get(doc);
    return next();
  };
  // Before every other wrapper (so before validation is installed): the outermost handler.
  (list as DbWrapper[]).unshift((_name, db, next) => {
    wrappers.installWrapperMethods(db, { bulkDocs: remember });
    return next();
  });
  // After every other wrapper: the innermost handler, the last before the write.
  (list as DbWrapper[]).push((_name, db, next) => {
    wrappers.installWrapperMethods(db, { bulkDocs: restore });
    return next();
  });
}
