/**
 * Stands in for `pouchdb-changes-filter` in the extension's bundles (wxt.config.ts `resolve.alias`).
 *
 * PouchDB's own plugin runs a design document's filter or view function, fetched from the database, through
 * `Function(...)`: code that came from a server, evaluated in the extension. Store rules forbid remote code and
 * Mozilla's linter flags the eval; the extensions' CSP would refuse it anyway. Gloss filters no replication or
 * changes feed (sync replicates whole databases and reads every change), so this version keeps PouchDB's option
 * checks and refuses a named filter with a clear error instead of evaluating anything. A filter given as a
 * function never reaches the plugin: PouchDB calls it directly.
 */

interface ChangesOptions {
  filter?: unknown;
  view?: unknown;
  selector?: unknown;
  doc_ids?: unknown;
  complete: (error: Error | null, result?: unknown) => void;
}

interface ChangesHandler {
  /** True for the http adapter (pouchdb-utils isRemote). */
  db: { _remote?: boolean };
}

interface PouchWithFilterPlugin {
  _changesFilterPlugin?: unknown;
}

/** PouchDB's error shape (pouchdb-errors): a status and a name callers can test. */
function badRequest(message: string): Error {
  return Object.assign(new Error(message), { status: 400, name: 'bad_request', error: true, reason: message });
}

function validate(opts: ChangesOptions, callback: (error?: Error) => void): void {
  if (opts.selector && opts.filter && opts.filter !== '_selector') {
    const name = typeof opts.filter === 'string' ? opts.filter : 'function';
    return callback(new Error(`selector invalid for filter "${name}"`));
  }
  callback();
}

/** As PouchDB's: `view` and `selector` become the filters `_view` and `_selector`. */
function normalize(opts: ChangesOptions): void {
  if (opts.view && !opts.filter) opts.filter = '_view';
  if (opts.selector && !opts.filter) opts.filter = '_selector';
}

/** A named filter on a local database would be evaluated here (a remote server filters by itself). */
function shouldFilter(handler: ChangesHandler, opts: ChangesOptions): boolean {
  return typeof opts.filter === 'string' && !opts.doc_ids && handler.db._remote !== true;
}

function filter(_handler: ChangesHandler, opts: ChangesOptions): void {
  opts.complete(badRequest(`Gloss does not evaluate design-document filters or views (filter "${String(opts.filter)}")`));
}

export default function applyChangesFilterPlugin(PouchDB: PouchWithFilterPlugin): void {
  PouchDB._changesFilterPlugin = { validate, normalize, shouldFilter, filter };
}
