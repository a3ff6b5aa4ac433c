/**
 * What the library page starts before anything else: opening the database and reading the newest rows.
 * `startNewestRead` runs in entrypoints/library-start.ts, a small classic script at the top of library.html
 * that runs while the HTML is still being parsed, before the page's module graph has even loaded; it leaves the
 * read on `window` for the app (`librarySource`). The app keeps its own connection for everything after that:
 * the start script is a separate bundle with its own copy of idb, whose wrapped objects this bundle's idb
 * can't unwrap (lib/db/transaction.ts does, for writes).
 */
import { openGlossDb } from '@/lib/db/open';
import type { GlossDb } from '@/lib/db/schema';
import { readNewest } from '@/lib/library/read';
import type { Annotation, PageRecord } from '@/lib/model/annotation';

/** Enough rows to fill a tall window before the rest arrives. */
export const PREVIEW_ROWS = 60;

export interface NewestRows {
  annotations: Annotation[];
  pages: PageRecord[];
}

/** What the start script leaves on `window`. */
interface StartedRead {
  preview: Promise<NewestRows>;
}
type StartWindow = Window & { __glossLibraryStart?: StartedRead };

/**
 * Opens the database (upgrading it if needed), reads the newest rows, then closes that connection. Marks for
 * the scale benchmark (bench/library-scale.ts) say where the time to the first rows goes.
 */
export function startNewestRead(): void {
  performance.mark('gloss:script-start');
  const preview = openGlossDb(indexedDB).then(async (db) => {
    performance.mark('gloss:db-open');
    try {
      const newest = await readNewest(db, PREVIEW_ROWS);
      performance.mark('gloss:preview-read');
      return newest;
    } finally {
      db.close();
    }
  });
  // Handled by the app; this keeps an early failure (before the app has subscribed) from being reported twice.
  preview.catch(() => undefined);
  (window as StartWindow).__glossLibraryStart = { preview };
}

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
  preview: Promise<NewestRows>;
  /** The preview once it has arrived (null before, or if it failed): lets the first render already show it. */
  previewNow: () => NewestRows | null;
}

/**
 * The read the start script began, or (if it did not run: a page built without it, a test) one begun now.
 * Called once, by main.tsx.
 */
export function librarySource(): LibrarySource {
  const win = window as StartWindow;
  if (!win.__glossLibraryStart) startNewestRead();
  const { preview } = win.__glossLibraryStart!;
  let arrived: NewestRows | null = null;
  preview.then((rows) => (arrived = rows)).catch(() => undefined);
  return { db: lazyConnection(), preview, previewNow: () => arrived };
}
