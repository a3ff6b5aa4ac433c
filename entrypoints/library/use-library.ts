/**
 * The library's data: opens Gloss's database directly (same origin as the background), paints the newest rows
 * first, then loads and indexes everything; bulk writes go to the database in one transaction each and are
 * mirrored into the in-memory model without reloading 100k records.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GlossDb } from '@/lib/db/schema';
import { buildModel, buildModelInChunks, withAnnotations, withoutIds, type LibraryModel } from '@/lib/library/entries';
import { currentLibrary, type LibraryCopy } from '@/lib/library/snapshot';
import { addTagToMany, deleteMany, readLibrary, restoreMany } from '@/lib/library/store';
import type { Result } from '@/lib/messages';
import type { Annotation } from '@/lib/model/annotation';
import { PREVIEW_ROWS, type LibrarySource, type NewestRows } from './library-source';
import { t } from '@/components/i18n';

export type { LibrarySource } from './library-source';

export type LoadPhase = 'opening' | 'preview' | 'ready' | 'error';

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
  /** Everything, for a backup: the loaded copy when the database provably still holds it, else read again. */
  backupData: () => Promise<LibraryCopy & { fromMemory: boolean }>;
}

/** The mounted library's `backupData` (the scale benchmark's hook backs up exactly as the button does). */
let mountedBackupData: LibraryData['backupData'] | null = null;
export function libraryBackupData(): LibraryData['backupData'] {
  if (!mountedBackupData) throw new Error('the library is not mounted');
  return mountedBackupData;
}

interface LoadState {
  phase: LoadPhase;
  model: LibraryModel;
  total: number | null;
}

/** The page's state once the newest rows are in. */
function previewState(newest: NewestRows): LoadState {
  const model = buildModel(newest.annotations, newest.pages);
  // Fewer than asked for: that was everything.
  return newest.annotations.length < PREVIEW_ROWS
    ? { phase: 'ready', model, total: newest.annotations.length }
    : { phase: 'preview', model, total: null };
}

/** The state the first render starts from: the newest rows when they have already been read (see main.tsx). */
function firstState(source: LibrarySource): LoadState {
  const newest = source.previewNow();
  return newest ? previewState(newest) : { phase: 'opening', model: EMPTY, total: null };
}

export function useLibrary(source: LibrarySource): LibraryData {
  const [first] = useState(() => firstState(source));
  const [phase, setPhase] = useState<LoadPhase>(first.phase);
  const [model, setModel] = useState<LibraryModel>(first.model);
  const [total, setTotal] = useState<number | null>(first.total);
  const [error, setError] = useState<string | null>(null);
  const modelRef = useRef(model);
  modelRef.current = model;
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  /** The database's count of writes the loaded model reflects (lib/library/snapshot.ts). */
  const changesRef = useRef(0);
  const { db } = source;

  const loadAll = useCallback(async () => {
    const all = await readLibrary(await db());
    changesRef.current = all.changes;
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
      setError(t('libraryCantOpen', reason instanceof Error ? reason.message : String(reason)));
      setPhase('error');
    };
    void (async () => {
      // Already in the first render's state when it had arrived by then.
      let phaseNow = first.phase;
      if (phaseNow === 'opening') {
        const next = previewState(await source.preview);
        if (!live) return;
        setModel(next.model);
        setTotal(next.total);
        phaseNow = next.phase;
        setPhase(phaseNow);
      }
      if (phaseNow === 'ready') return;
      // Let the first rows paint before the big read and the indexing take the main thread.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (live) await loadAll();
    })().catch(failed);
    return () => {
      live = false;
    };
  }, [source, loadAll, first]);

  // Each of the page's own writes is one committed write, mirrored into the model here.
  const apply = useCallback((next: (current: LibraryModel) => LibraryModel) => {
    changesRef.current += 1;
    modelRef.current = next(modelRef.current);
    setModel(modelRef.current);
    setTotal(modelRef.current.entries.length);
  }, []);

  const remove = useCallback(
    async (ids: readonly string[]) => {
      const result = await deleteMany(await db(), ids);
      if (result.ok) apply((m) => withoutIds(m, new Set(result.value.map((a) => a.id))));
      return result;
    },
    [db, apply],
  );

  const restore = useCallback(
    async (annotations: readonly Annotation[]) => {
      const result = await restoreMany(await db(), annotations);
      if (result.ok) apply((m) => withAnnotations(m, result.value));
      return result;
    },
    [db, apply],
  );

  const tag = useCallback(
    async (ids: readonly string[], name: string) => {
      const result = await addTagToMany(await db(), ids, name);
      if (result.ok) apply((m) => withAnnotations(m, result.value));
      return result;
    },
    [db, apply],
  );

  // Only a fully loaded model is a copy of the library (the preview holds 60 rows); the page's own writes are
  // mirrored into it, so its stamp (counts, newest `updated`) is what the database's should be.
  const backupData = useCallback(async () => {
    const loaded = phaseRef.current === 'ready' ? modelRef.current : null;
    const memory = loaded
      ? { annotations: loaded.entries.map((e) => e.annotation), pages: [...loaded.pages.values()], changes: changesRef.current }
      : null;
    return currentLibrary(await db(), memory);
  }, [db]);
  mountedBackupData = backupData;

  return { phase, model, total, error, db, reload: loadAll, remove, restore, tag, backupData };
}
