/**
 * Replication failures in words, with what to do: the Sync panel shows these, never a raw error. Pure: it reads
 * the fields PouchDB's HTTP adapter puts on its errors (`status`, `name`, `message`).
 */
export type SyncProblem = 'unreachable' | 'wrong-password' | 'no-permission' | 'not-couchdb' | 'other';

export interface SyncError {
  problem: SyncProblem;
  /** For the reader: what happened and what to do. */
  message: string;
}

function fieldsOf(error: unknown): { status?: number; name?: string; message: string } {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const { status, name, message, reason } = error as Record<string, unknown>;
  return {
    status: typeof status === 'number' ? status : undefined,
    name: typeof name === 'string' ? name : undefined,
    message: typeof reason === 'string' ? reason : typeof message === 'string' ? message : String(error),
  };
}

export function describeSyncError(error: unknown, server: string): SyncError {
  const { status, name, message } = fieldsOf(error);
  if (status === 401 || name === 'unauthorized') {
    return { problem: 'wrong-password', message: `${server} refused the account name or password. Check them in Sync settings.` };
  }
  if (status === 403 || name === 'forbidden') {
    return {
      problem: 'no-permission',
      message: `${server} says this account may not do that: ${message}. Ask the desk's admin for access.`,
    };
  }
  if (status === 404 || name === 'not_found') {
    return {
      problem: 'not-couchdb',
      message: `${server} has no such database, or is not a CouchDB server. Check the server address and the database name.`,
    };
  }
  if (status === undefined || status === 0 || /fetch|network|ECONNREFUSED|Failed/i.test(message)) {
    return { problem: 'unreachable', message: `Can't reach ${server}. Your changes are kept here and sync when it is back.` };
  }
  return { problem: 'other', message: `Sync with ${server} failed: ${message}` };
}
