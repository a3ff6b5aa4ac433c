import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AnnotationList, ROW_HEIGHT } from '@/components/library/AnnotationList';
import { FilterBar } from '@/components/library/FilterBar';
import { Notice, type NoticeState } from '@/components/library/Notice';
import { SelectionBar } from '@/components/library/SelectionBar';
import { SettingsForm } from '@/components/library/SettingsForm';
import { TransferPanel } from '@/components/library/TransferPanel';
import { foldKey } from '@/lib/db/schema';
import type { ExportKind } from '@/lib/export';
import { libraryFacets, type LibraryFacets } from '@/lib/library/facets';
import { NO_FILTERS, type LibraryFilters } from '@/lib/library/filters';
import { groupRows, type LibraryGrouping } from '@/lib/library/group';
import { buildSearchIndex, runQuery, type QueryResult } from '@/lib/library/search';
import { sortEntries, type LibrarySort } from '@/lib/library/sort';
import { fileText, type ImportSummary } from '@/lib/library/transfer-text';
import type { Annotation } from '@/lib/model/annotation';
import { copyText, downloadFile } from './download';
import { LibrarySync } from './library-sync';
import { useSettings } from './settings-store';
import { useLibrary, type LibrarySource } from './use-library';
import { t, tCount } from '@/components/i18n';

const NO_FACETS: LibraryFacets = { speakers: [], tags: [], sites: [] };
// All of lib/export: loaded on the first export or import, not with the page.
const transfer = () => import('@/lib/library/transfer');
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

type TaskScheduler = { postTask: (task: () => void, options: { priority: 'user-blocking' }) => Promise<void> };

/**
 * Runs `task` as soon as the frame being produced has been painted: called from a requestAnimationFrame
 * callback, which runs just before that frame's style, layout and paint, in the same task. A user-blocking
 * task (where the Scheduler API exists) runs next, not behind timers and effects that were queued meanwhile.
 */
function afterThisFrame(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler) return void scheduler.postTask(task, { priority: 'user-blocking' });
  const channel = new MessageChannel();
  channel.port1.onmessage = task;
  channel.port2.postMessage(null);
}

export function App({ source }: { source: LibrarySource }) {
  const library = useLibrary(source);
  // Settings wait until the first rows are up (or there are none): see useSettings.
  const { settings, status: settingsStatus, update: updateSettings } = useSettings(library.phase !== 'opening');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [speakerText, setSpeakerText] = useState('');
  const [grouping, setGrouping] = useState<LibraryGrouping>('none');
  const [sort, setSort] = useState<LibrarySort>('updated-desc');
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [deleted, setDeleted] = useState<Annotation[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [settingsShown, setSettingsShown] = useState(false);

  const { model, phase } = library;
  const sorted = useMemo(() => sortEntries(model.entries, sort), [model, sort]);
  const index = useMemo(() => buildSearchIndex(sorted), [sorted]);
  const previous = useRef<QueryResult | null>(null);
  const result = useMemo(() => (previous.current = runQuery(index, query, filters, previous.current)), [index, query, filters]);
  const rows = useMemo(() => groupRows(result.results, grouping, model.pages), [result, grouping, model.pages]);
  const facets = useMemo(() => (phase === 'ready' ? libraryFacets(model.entries) : NO_FACETS), [model, phase]);

  // Signals for the scale benchmark (bench/library-scale.ts) and anyone timing the page. First rows: in the DOM
  // (a layout effect runs right after the render), then on screen: the next frame's callbacks run before it is
  // laid out and painted, and a task posted from them runs once that frame has been handed to the compositor.
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (rows.count > 0 && !marked.current) {
      marked.current = true;
      performance.mark('gloss:first-rows-dom');
      requestAnimationFrame(() => afterThisFrame(() => performance.mark('gloss:first-rows')));
    }
  }, [rows]);
  useEffect(() => {
    if (phase === 'ready' && performance.getEntriesByName('gloss:library-ready').length === 0) performance.mark('gloss:library-ready');
    window.dispatchEvent(new CustomEvent('gloss:rendered', { detail: { query, shown: result.results.length, phase } }));
  }, [rows, phase]);

  /** Runs one user action at a time; its failure becomes a notice instead of an unhandled rejection. */
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setNotice({ kind: 'error', text: message(error) });
    } finally {
      setBusy(false);
    }
  };

  const selectedAnnotations = () =>
    selection.size > 0
      ? sorted.filter((e) => selection.has(e.annotation.id)).map((e) => e.annotation)
      : result.results.map((e) => e.annotation);

  const onDelete = () =>
    act(async () => {
      const removed = await library.remove([...selection]);
      if (!removed.ok) return setNotice({ kind: 'error', text: t('libraryNothingDeleted', removed.error) });
      setSelection(new Set());
      setDeleted(removed.value);
      setNotice({ kind: 'undo', text: tCount(removed.value.length, 'libraryDeletedOne', 'libraryDeletedOther') });
    });

  const onUndo = () =>
    act(async () => {
      if (!deleted) return;
      const restored = await library.restore(deleted);
      if (!restored.ok) return setNotice({ kind: 'error', text: t('libraryCantRestore', restored.error) });
      setDeleted(null);
      setNotice({ kind: 'info', text: tCount(restored.value.length, 'libraryRestoredOne', 'libraryRestoredOther') });
    });

  const onTag = (tag: string) =>
    act(async () => {
      const tagged = await library.tag([...selection], tag);
      if (!tagged.ok) return setNotice({ kind: 'error', text: tagged.error });
      setNotice({ kind: 'info', text: tCount(tagged.value.length, 'libraryTaggedOne', 'libraryTaggedOther', tag.trim()) });
    });

  const onExport = (kind: ExportKind) =>
    act(async () => {
      const { exportFile, selectionLibrary } = await transfer();
      const lib = selectionLibrary(selectedAnnotations(), model.pages);
      const only = lib.pages.length === 1 ? lib.pages[0]!.title : undefined;
      await downloadFile(exportFile(lib, kind, new Date(), only));
      setNotice({ kind: 'info', text: tCount(lib.annotations.length, 'libraryExportedOne', 'libraryExportedOther') });
    });

  const onCopyMarkdown = () =>
    act(async () => {
      const { exportFile, selectionLibrary } = await transfer();
      const lib = selectionLibrary(selectedAnnotations(), model.pages);
      await copyText(fileText(exportFile(lib, 'markdown', new Date())));
      setNotice({ kind: 'info', text: tCount(lib.annotations.length, 'libraryCopiedOne', 'libraryCopiedOther') });
    });

  const onBackup = () =>
    act(async () => {
      const { backupFromLibrary } = await transfer();
      // From the loaded copy when the database provably still holds it (reading 100k records was most of the time).
      const file = backupFromLibrary(await library.backupData(), new Date());
      await downloadFile(file);
      setNotice({ kind: 'info', text: t('libraryBackedUp', file.fileName) });
    });

  const onImportFile = (file: File) =>
    act(async () => {
      setSummary(null);
      const { importText } = await transfer();
      const imported = await importText(await library.db(), await file.text());
      if (!imported.ok) return setNotice({ kind: 'error', text: imported.error });
      setSummary(imported.value);
      setNotice(null);
      if (imported.value.added > 0) await library.reload();
    });

  const onSpeakerText = (name: string) => {
    setSpeakerText(name);
    setFilters((f) => ({ ...f, speaker: name.trim() === '' ? null : foldKey(name) }));
  };

  const onToggle = (id: string) =>
    setSelection((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const loadingText =
    phase === 'opening'
      ? t('libraryOpening')
      : phase === 'preview'
        ? library.total === null
          ? t('libraryLoadingAll')
          : tCount(library.total, 'libraryLoadingOne', 'libraryLoadingOther')
        : null;
  return (
    <main class="library">
      <header class="library-header">
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> {t('libraryTitle')}
        </h1>
        {loadingText && (
          <span class="muted" data-testid="library-loading">
            {loadingText}
          </span>
        )}
      </header>
      <FilterBar
        query={query}
        filters={filters}
        facets={facets}
        grouping={grouping}
        sort={sort}
        speakerText={speakerText}
        onQuery={setQuery}
        onFilters={setFilters}
        onSpeakerText={onSpeakerText}
        onGrouping={setGrouping}
        onSort={setSort}
      />
      <SelectionBar
        shown={result.results.length}
        selected={selection.size}
        busy={busy || phase !== 'ready'}
        onSelectAllShown={() => setSelection(new Set(result.results.map((e) => e.annotation.id)))}
        onClearSelection={() => setSelection(new Set())}
        onDelete={onDelete}
        onTag={onTag}
        onExport={onExport}
        onCopyMarkdown={onCopyMarkdown}
      />
      <Notice notice={library.error ? { kind: 'error', text: library.error } : notice} onUndo={onUndo} onDismiss={() => setNotice(null)} />
      {phase === 'ready' && rows.count === 0 ? (
        <p class="empty" data-testid="library-empty">
          {model.entries.length === 0 ? t('libraryEmpty') : t('libraryNoMatch')}
        </p>
      ) : (
        <AnnotationList
          // Until the list is measured (after the first frame): the window less the bars above and below it,
          // slightly generous, so the first frame has every row in view and few beyond.
          initialHeight={Math.max(2 * ROW_HEIGHT, window.innerHeight - 200)}
          rows={rows}
          pages={model.pages}
          selection={selection}
          onToggle={onToggle}
          onSpeaker={(key, name) => onSpeakerText(name || key)}
          resultKey={`${query}\u0000${result.filtersKey}\u0000${grouping}\u0000${sort}`}
        />
      )}
      <footer class="library-footer">
        <TransferPanel busy={busy || phase !== 'ready'} summary={summary} onBackup={onBackup} onImportFile={onImportFile} />
        {/* The form is built when first opened: the page's first frame has enough to lay out without it. */}
        <details class="settings-panel" onToggle={(e) => e.currentTarget.open && setSettingsShown(true)}>
          <summary>{t('settings')}</summary>
          {settingsShown && <SettingsForm settings={settings} onChange={updateSettings} status={settingsStatus} />}
        </details>
        {phase !== 'opening' && <LibrarySync onRemoteChange={() => void library.reload()} />}
      </footer>
    </main>
  );
}
