/**
 * "Does this page have annotations?", asked by the always-on content script of every page the reader opens. The
 * background answers from a set of page keys in memory, so a page without annotations (nearly all of them)
 * costs no database work: the set is read once per background lifetime and again only after a write.
 */
import type { GlossDb } from './schema';

/** The page key (normalized URL) of every page with at least one annotation: the keys of its parts' records. */
export async function readAnnotatedPageKeys(db: GlossDb): Promise<Set<string>> {
  // Keys only, no values: [url, part] per part of up to 100 annotations (empty parts are deleted).
  const keys = await db.getAllKeys('annotationsByPage');
  return new Set(keys.map(([url]) => url));
}

export interface AnnotatedPages {
  has(pageKey: string): Promise<boolean>;
  /** Something was written: the next question reads the set again. */
  invalidate(): void;
}

/** A cached `readAnnotatedPageKeys`; a failed read is not cached. */
export function createAnnotatedPages(read: () => Promise<Set<string>>): AnnotatedPages {
  let known: Promise<Set<string>> | null = null;
  return {
    async has(pageKey) {
      if (!known) {
        const reading = read();
        known = reading;
        reading.catch(() => {
          if (known === reading) known = null;
        });
      }
      return (await known).has(pageKey);
    },
    invalidate() {
      known = null;
    },
  };
}
