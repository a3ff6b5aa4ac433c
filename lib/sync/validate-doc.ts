/**
 * What a desk database enforces on the server, as plain data: its `_security` object and its `_design/gloss`
 * design document with a `validate_doc_update` function. `npm run sync-setup` writes both to any CouchDB 3.x,
 * Cloudant or the bundled sync server; nothing here talks to a server.
 *
 * The validate function is generated as source text, not taken from a compiled function's `toString()`: the
 * server runs it in its own JavaScript engine (SpiderMonkey in CouchDB, which may be ES5 only), so the text must
 * be exactly the ES5 we wrote, whatever the TypeScript toolchain would emit. The desk's writers and readers are
 * embedded in it, because CouchDB roles would need an admin edit of every user's `_users` document.
 */

export interface DeskAccess {
  /** The database name of the desk. */
  desk: string;
  /** Accounts that may read and write. */
  members: readonly string[];
  /** Accounts that may only read. */
  readers: readonly string[];
}

export interface SecurityObject {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

export const DESIGN_DOC_ID = '_design/gloss';

export interface DeskDesignDoc {
  _id: typeof DESIGN_DOC_ID;
  _rev?: string;
  language: 'javascript';
  validate_doc_update: string;
  /** The lists the validate function embeds, for people and clients that want to know who may write. */
  'gloss:desk': { name: string; writers: string[]; readers: string[] };
}

/** CouchDB's database-name rule: a lowercase letter, then lowercase letters, digits and _ $ ( ) + - /. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
const DB_NAME_MAX = 238;

/** Why `name` can't be a CouchDB database name, or null when it can. */
export function deskNameProblem(name: string): string | null {
  if (name === '') return 'the desk name is empty';
  if (name.length > DB_NAME_MAX) return `the desk name is ${name.length} characters long; CouchDB allows ${DB_NAME_MAX}`;
  if (!/^[a-z]/.test(name)) return `the desk name "${name}" must start with a lowercase letter (a-z)`;
  if (!DB_NAME.test(name)) {
    return `the desk name "${name}" may hold only lowercase letters, digits and _ $ ( ) + - / (CouchDB's database-name rule)`;
  }
  return null;
}

function uniqueSorted(names: readonly string[]): string[] {
  return [...new Set(names)].sort();
}

/** Throws when the lists can't describe a desk: a reader who is also a member, or an empty account name. */
export function checkDeskAccess(access: DeskAccess): void {
  const problem = deskNameProblem(access.desk);
  if (problem) throw new Error(problem);
  for (const name of [...access.members, ...access.readers]) {
    if (name.trim() === '') throw new Error('an account name is empty');
  }
  const both = access.readers.filter((name) => access.members.includes(name));
  if (both.length > 0) {
    throw new Error(`${both.join(', ')} listed both as --member and as --reader: pick one (a member can write, a reader only read)`);
  }
}

/**
 * Members and readers may read; only server admins administer. A desk with nobody listed stays admin-only: an
 * empty `members` list would make a CouchDB database public.
 */
export function buildSecurity(access: DeskAccess): SecurityObject {
  const names = uniqueSorted([...access.members, ...access.readers]);
  return {
    admins: { names: [], roles: [] },
    members: { names, roles: names.length === 0 ? ['_admin'] : [] },
  };
}

/** `value` as an ES5 literal: JSON, with the two line separators JSON allows in strings but ES5 does not. */
function es5Literal(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The ES5 source of the desk's `validate_doc_update`; throws `{ forbidden }` with a reason in plain English. */
export function validateDocSource(access: DeskAccess): string {
  const desk = es5Literal(access.desk);
  const writers = es5Literal(uniqueSorted(access.members));
  const readers = es5Literal(uniqueSorted(access.readers));
  return `function (newDoc, oldDoc, userCtx, secObj) {
  var DESK = ${desk};
  var WRITERS = ${writers};
  var READERS = ${readers};
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  var KINDS = ['quote', 'claim', 'note'];
  var TYPES = { annotation: 'Annotation', page: 'gloss:Page', speaker: 'gloss:Speaker', source: 'gloss:Source' };
  function forbid(reason) { throw({ forbidden: reason }); }
  function isText(value) { return typeof value === 'string' && value.length > 0; }
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  var name = userCtx.name;
  if (!name) forbid('Log in to write to desk ' + DESK + '.');
  if (READERS.indexOf(name) !== -1) forbid(name + ' may only read desk ' + DESK);
  if (WRITERS.indexOf(name) === -1) forbid(name + ' is not a member of desk ' + DESK + ' and may not write to it.');
  if (newDoc._deleted === true) return;
  var id = String(newDoc._id);
  var colon = id.indexOf(':');
  var prefix = colon > 0 ? id.slice(0, colon) : '';
  var key = colon > 0 ? id.slice(colon + 1) : '';
  if (!TYPES.hasOwnProperty(prefix) || key === '') {
    forbid('The id ' + id + ' is not annotation:<uuid>, page:<url>, speaker:<key> or source:<url>.');
  }
  if (newDoc.type !== TYPES[prefix]) {
    forbid('A document with id ' + prefix + ':... must have type ' + TYPES[prefix] + ', not ' + JSON.stringify(newDoc.type) + '.');
  }
  if (newDoc['gloss:editor'] !== name) {
    forbid('gloss:editor must be the account that writes this version (' + name + '), not ' + JSON.stringify(newDoc['gloss:editor']) + '.');
  }
  if (prefix !== 'annotation') return;
  if (!UUID.test(key)) forbid('The id ' + id + ' must be annotation: followed by a UUID.');
  var creator = newDoc.creator;
  if (!creator || typeof creator !== 'object' || creator.type !== 'Person' || !isText(creator.name)) {
    forbid('An annotation needs a creator { "type": "Person", "name": "..." } with a name.');
  }
  if (newDoc.id !== 'urn:uuid:' + key) forbid('The annotation id must be urn:uuid:' + key + ' to match its document id.');
  var target = newDoc.target;
  // A note on a whole page has no selector, so its target is the page's address itself (W3C allows an IRI).
  var pageOnly = isText(target);
  if (!pageOnly && (!target || typeof target !== 'object' || typeof target.source !== 'string')) {
    forbid('An annotation needs a target with a source (the page address).');
  }
  if (KINDS.indexOf(newDoc['gloss:kind']) === -1) forbid('gloss:kind must be quote, claim or note.');
  if (typeof newDoc.motivation !== 'string') forbid('An annotation needs a motivation.');
}`;
}

/** The `_design/gloss` document for a desk (without `_rev`; the caller adds the current one to update it). */
export function buildDeskDesignDoc(access: DeskAccess): DeskDesignDoc {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    validate_doc_update: validateDocSource(access),
    'gloss:desk': { name: access.desk, writers: uniqueSorted(access.members), readers: uniqueSorted(access.readers) },
  };
}
