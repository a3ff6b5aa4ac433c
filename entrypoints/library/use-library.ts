/**
 * The library's data: opens Gloss's database directly (same origin as the background), paints the newest rows
 * first, then loads and indexes everything; bulk writes go to the database in one transaction each and are
 * mirrored into the in-memory model without reloading 100k records.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { openGlossDb, type GlossDb } from '@/lib/db';
import { buildModel, buildModelInChunks, withAnnotations, withoutIds, type LibraryModel } from '@/lib/library/entries';
import { addTagToMany, countAnnotations, deleteMany, readLibrary, readNewest, restoreMany } from '@/lib/library/store';
import type { PageRecord } from '@/lib/model/annotation';
import type { Result } from '@/lib/messages';
import type { Annotation } from '@/lib/model/annotation';

export type LoadPhase = 'opening' | 'preview' | 'ready' | 'error';

/** Enough rows to fill a tall window before the rest arrives. */
const PREVIEW_ROWS = 60;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const EMPTY: LibraryModel = { entries: [], pages: new Map() };

export interface LibraryData {
  phase: LoadPhase;
  model: LibraryModel;
  /** Annotations in the database (known before they are all loaded). */
  total: number | null;
  error: string | null;
  /** The database, opened again if the browser closed it (e.g. another page upgraded it). */
  db: () => Promise<GlossDb>;
  reload: () => Promise<void>;
  remove: (ids: readonly string[]) => Promise<Result<Annotation[]>>;
  restore: (annotations: readonly Annotation[]) => Promise<Result<Annotation[]>>;
  tag: (ids: readonly string[], tag: string) => Promise<Result<Annotation[]>>;
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

export function useLibrary(source: LibrarySource): LibraryData {
  const [phase, setPhase] = useState<LoadPhase>('opening');
  const [model, setModel] = useState<LibraryModel>(EMPTY);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const modelRef = useRef(model);
  modelRef.current = model;
  const { db } = source;

  const loadAll = useCallback(async () => {
    const all = await readLibrary(await db());
    setTotal(all.annotations.length);
    setModel(await buildModelInChunks(all.annotations, all.pages, pause));
    setPhase('ready');
  }, [db]);

  // A layout effect, not an effect: it subscribes right after the first render is in the DOM instead of after the
  // next paint (a frame or more), so the newest rows render the moment their read is done.
  useLayoutEffect(() => {
    let live = true;
    const failed = (reason: unknown) => {
      if (!live) return;
      setError(`Could not open your library: ${reason instanceof Error ? reason.message : String(reason)}`);
      setPhase('error');
    };
    source.count.then((count) => live && setTotal((known) => known ?? count)).catch(() => undefined);
    void (async () => {
      const { annotations, pages } = await source.preview;
      if (!live) return;
      setModel(buildModel(annotations, pages));
      // Fewer than asked for: that was everything.
      if (annotations.length < PREVIEW_ROWS) {
        setTotal(annotations.length);
        setPhase('ready');
        return;
      }
      setPhase('preview');
      // Let the first rows paint before the big read and the indexing take the main thread.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (live) await loadAll();
    })().catch(failed);
    return () => {
      live = false;
    };
  }, [source, loadAll]);

  const apply = useCallback((next: (current: LibraryModel) => LibraryModel) => {
    modelRef.current = next(modelRef.current);
    setModel(modelRef.current);
    setTotal(modelRef.current.entries.length);
  }, []);

  const remove = useCallback(async (ids: readonly string[]) => {
    const result = await deleteMany(await db(), ids);
    if (result.ok) apply((m) => withoutIds(m, new Set(result.value.map((a) => a.id))));
    return result;
  }, [db, apply]);

  const restore = useCallback(async (annotations: readonly Annotation[]) => {
    const result = await restoreMany(await db(), annotations);
    if (result.ok) apply((m) => withAnnotations(m, result.value));
    return result;
  }, [db, apply]);

  const tag = useCallback(async (ids: readonly string[], name: string) => {
    const result = await addTagToMany(await db(), ids, name);
    if (result.ok) apply((m) => withAnnotations(m, result.value));
    return result;
  }, [db, apply]);

  return { phase, model, total, error, db, reload: loadAll, remove, restore, tag };
}
