/**
 * The part of PouchDB's API that sync uses, typed here: the PouchDB 9 packages ship no types, and the
 * DefinitelyTyped ones describe version 7. A database is passed in (IndexedDB in the extension, memory in unit
 * tests, HTTP for the server), so nothing in lib/sync creates one itself.
 */
export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  [field: string]: unknown;
}

export interface WriteAnswer {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  name?: string;
  reason?: string;
  message?: string;
  status?: number;
}

export interface ChangeRow {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: PouchDoc;
  changes: { rev: string }[];
}

export interface AllDocsRow {
  id: string;
  key: string;
  value: { rev: string; deleted?: boolean };
  doc?: PouchDoc | null;
  error?: string;
}

export interface ReplicationOutcome {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
  status?: string;
}

/** A running replication: a promise of its outcome that also emits progress events (and can be cancelled). */
export interface Replication extends PromiseLike<ReplicationOutcome> {
  on(event: 'change' | 'paused' | 'active' | 'denied' | 'error' | 'complete', listener: (info: unknown) => void): Replication;
  cancel(): void;
}

export interface ReplicateOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  batches_limit?: number;
}

export interface PouchDatabase {
  readonly name: string;
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<WriteAnswer[]>;
  allDocs(options?: {
    include_docs?: boolean;
    conflicts?: boolean;
    keys?: string[];
    startkey?: string;
    endkey?: string;
  }): Promise<{ total_rows: number; rows: AllDocsRow[] }>;
  changes(options: {
    since: number | string;
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
    style?: 'all_docs' | 'main_only';
  }): Promise<{ results: ChangeRow[]; last_seq: number | string }>;
  remove(id: string, rev: string): Promise<{ ok: boolean; id: string; rev: string }>;
  replicate: {
    to(target: PouchDatabase | string, options?: ReplicateOptions): Replication;
    from(source: PouchDatabase | string, options?: ReplicateOptions): Replication;
  };
  info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}
