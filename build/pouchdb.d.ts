/** The PouchDB 9 packages ship no types; lib/sync/pouch-types.ts describes the API Gloss uses. */
interface GlossPouchOptions {
  adapter?: string;
  /** Don't create the remote database on first use (a desk exists, or it's an error). */
  skip_setup?: boolean;
  auth?: { username: string; password: string };
  fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
  /** indexeddb adapter: how many revisions of a document to keep. */
  revs_limit?: number;
}
interface GlossPouchStatic {
  new (name: string, options?: GlossPouchOptions): import('../lib/sync/pouch-types').PouchDatabase;
  plugin(plugin: unknown): GlossPouchStatic;
}
declare module 'pouchdb-core' {
  const PouchDB: GlossPouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
