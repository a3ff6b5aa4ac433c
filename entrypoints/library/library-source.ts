/**
 * What the library page starts before anything else: opening the database and reading the newest rows. Kept
 * apart from the UI (main.tsx imports only this statically), so the read starts as soon as the page's first
 * small chunk has run and overlaps loading the rest of the page.
 */
import { openGlossDb } from '@/lib/db/open';
import type { GlossDb } from '@/lib/db/schema';
import { countAnnotations, readNewest } from '@/lib/library/read';
import type { Annotation, PageRecord } from '@/lib/model/annotation';

/** Enough rows to fill a tall window before the rest arrives. */
export const PREVIEW_ROWS = 60;

/** The database connection, opened again on demand if the browser closes it (another page upgrading it). */
function lazyConnection(): () => Promise<GlossDb> {
  let connection: Promise<GlossDb> | null = null;
  return () => {
    if (!connection) {
      const opening = openGlossDb(indexedDB, {
        onClose: () => {
          if (connection === opening) connection = null;
        },
      });
      connection = opening;
      opening.catch(() => {
        if (connection === opening) connection = null;
      });
    }
    return connection;
  };
}

export interface LibrarySource {
  db: () => Promise<GlossDb>;
  /** The newest annotations and their pages, read before the page has rendered anything. */
  preview: Promise<{ annotations: Annotation[]; pages: PageRecord[] }>;
  /** How many annotations there are (counting 100k takes a while: nothing waits for it). */
  count: Promise<number>;
}

/** Starts reading at once (main.tsx calls this before the first render, so the read and the render overlap). */
export function openLibrarySource(): LibrarySource {
  const db = lazyConnection();
  // Marks for the scale benchmark: where the time to the first rows goes.
  performance.mark('gloss:script-start');
  const preview = db().then(async (handle) => {
    performance.mark('gloss:db-open');
    const newest = await readNewest(handle, PREVIEW_ROWS);
    performance.mark('gloss:preview-read');
    return newest;
  });
  // Counted after the preview read, which must not queue behind a count of 100k records.
  return { db, preview, count: preview.then(db).then(countAnnotations) };
}
