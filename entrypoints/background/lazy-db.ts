import type { GlossDb } from '@/lib/db';

/**
 * Opens the database on first use and shares the connection. A failed open is retried by the next message
 * (not cached), and a connection the browser closes is reopened on demand.
 */
export function createLazyDb(open: (onClose: () => void) => Promise<GlossDb>): () => Promise<GlossDb> {
  let pending: Promise<GlossDb> | null = null;
  return () => {
    if (!pending) {
      const attempt = open(() => {
        if (pending === attempt) pending = null;
      });
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = null;
      });
    }
    return pending;
  };
}
