/**
 * Committed writes, announced inside one JavaScript context: whatever keeps a copy of something derived from the
 * database (the background's set of annotated pages, page-keys.ts) hears that it may be stale. `inWriteTx` is
 * the one place that commits, so every write of this context is announced. Other contexts (the library page
 * writes its own imports and deletes) pass the news on themselves; see entrypoints/library/write-news.ts.
 */
type WriteListener = () => void;

const listeners = new Set<WriteListener>();

/** Calls `listener` after each committed write in this context; answers the function that stops it. */
export function onCommittedWrite(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by `inWriteTx` once a transaction has committed. A listener's failure is not the write's failure. */
export function announceCommittedWrite(): void {
  for (const listener of listeners) {
    try {
      listener();
    } catch (error) {
      console.warn('Gloss: a write listener failed:', error);
    }
  }
}

/**
 * The BroadcastChannel on which an extension page that writes the database itself (the library) tells the
 * background so. A channel message never reaches its own sender, so each context also listens to its own writes.
 */
export const WRITE_NEWS_CHANNEL = 'gloss-writes';
