/** The popup: the page's status, its annotations, suggestions and export. Talks to the world only through `deps`. */
import { useMemo, useState } from 'preact/hooks';
import { ArticleStatus } from '@/components/ArticleStatus';
import { AnnotationEditor } from '@/components/editor/AnnotationEditor';
import { AnnotationList } from '@/components/popup/AnnotationList';
import { ExportMenu } from '@/components/popup/ExportMenu';
import { PageActions } from '@/components/popup/PageActions';
import { SiteSwitch } from '@/components/popup/SiteSwitch';
import { SuggestionsPanel } from '@/components/popup/SuggestionsPanel';
import { UndoToast } from '@/components/popup/UndoToast';
import type { ExportKind } from '@/lib/export';
import { parseHostname } from '@/lib/settings';
import type { Annotation, AnnotationKind } from '@/lib/model/annotation';
import { buildExport, hasReviewableClaims, pageLibrary } from './export-files';
import { peopleQuoted } from '@/lib/highlight/people-quoted';
import { listForPage, truncate } from './page-annotations';
import { UNDO_MS, type PopupDeps } from './popup-deps';
import { usePageAnnotations, usePopupPage, useSuggestions, useUndoable } from './use-popup-data';
import { formatNumber, t } from '@/components/i18n';

interface Editing {
  annotation: Annotation;
  /** Not in storage yet (the content script answered a draft): Cancel discards it. */
  isNew: boolean;
}

/** The site a page address belongs to, as the settings list it (null: not a web page). */
function siteOf(url: string | undefined): string | null {
  if (!url || !/^https?:/i.test(url)) return null;
  const host = parseHostname(url);
  return host.ok ? host.value : null;
}

export function PopupApp({ deps }: { deps: PopupDeps }) {
  const loaded = usePopupPage(deps);
  // Turned off from here: the page's status is "off" from now on, and nothing of the page is shown.
  const [turnedOff, setTurnedOff] = useState<{ tabId: number; site: string } | null>(null);
  const state = turnedOff ? { kind: 'off' as const, site: turnedOff.site } : loaded.state;
  const target = turnedOff ? null : loaded.target;
  const page = usePageAnnotations(deps, target);
  const { suggestions, loading: suggestionsLoading, reload: reloadSuggestions } = useSuggestions(deps, target);
  const undo = useUndoable(deps.undoMs ?? UNDO_MS);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const [editError, setEditError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [pendingSuggestion, setPendingSuggestion] = useState<string | null>(null);
  const listing = useMemo(() => listForPage(page.annotations, page.report), [page.annotations, page.report]);
  const people = useMemo(() => peopleQuoted(suggestions ?? [], page.annotations), [suggestions, page.annotations]);
  const toTab = target ? deps.toTab(target.tabId) : null;
  const say = (text: string, error = false) => setNotice({ text, error });
  const now = () => deps.now?.() ?? new Date();

  const openEditor = (annotation: Annotation, isNew: boolean) => {
    setEditError(null);
    setEditing({ annotation, isNew });
  };

  const reveal = (annotation: Annotation) => {
    // Best effort: an orphan has nothing to scroll to, and the editor is what the reader asked for.
    void toTab?.('annotation/reveal', { id: annotation.id });
    openEditor(annotation, false);
  };

  const annotateSelection = async (kind: AnnotationKind) => {
    if (!toTab) return;
    setBusy(true);
    // The page makes the annotation and the popup's editor shows it; nothing is stored until its Save.
    const answer = await toTab('selection/annotate', { kind, editor: 'caller' });
    setBusy(false);
    if (!answer.ok) return say(t('popupCantAnnotate', answer.error), true);
    if (!answer.value) return say(t('popupSelectFirst'));
    openEditor(answer.value, true);
  };

  const save = async (annotation: Annotation) => {
    setBusy(true);
    const answer = await deps.toBackground('annotation/save', { annotation });
    setBusy(false);
    if (!answer.ok) return setEditError(t('popupCantSave', answer.error));
    // A new annotation's page is recorded with it, from what the popup knows of the page (not before Save).
    const summary = target?.summary;
    if (editing?.isNew && summary) {
      const input = { url: annotation.pageUrl, title: summary.title, siteName: summary.siteName, published: summary.published };
      // A page date the schema refuses must not cost the page record.
      const recorded = await deps.toBackground('page/upsert', { page: input });
      if (!recorded.ok && input.published !== null) await deps.toBackground('page/upsert', { page: { ...input, published: null } });
    }
    setEditing(null);
    say(t('saved'));
    // A saved suggestion is no longer offered.
    await Promise.all([page.reload(), reloadSuggestions()]);
  };

  const remove = async (annotation: Annotation) => {
    if (editing?.isNew && editing.annotation.id === annotation.id) return setEditing(null);
    const answer = await deps.toBackground('annotation/delete', { id: annotation.id });
    if (!answer.ok) return say(t('popupCantDelete', answer.error), true);
    setEditing(null);
    setNotice(null);
    undo.offer(answer.value);
    await page.reload();
  };

  /** A changed wording: take the page's new words (the page re-anchors them) or keep the original, marked kept. */
  const wording = async (annotation: Annotation, useNew: boolean) => {
    if (!annotation.changed) return;
    const answer = useNew
      ? await (toTab
          ? toTab('annotation/usePageWording', { id: annotation.id, text: annotation.changed.text })
          : Promise.resolve({ ok: false as const, error: 'the page did not answer' }))
      : await deps.toBackground('annotation/save', { annotation: { ...annotation, changed: { ...annotation.changed, kept: true } } });
    if (!answer.ok) return say(t('popupCantUpdateWording', answer.error), true);
    say(t(useNew ? 'popupNewWording' : 'popupKeptWording'));
    await page.reload();
  };

  const restore = async () => {
    if (!undo.deleted) return;
    const annotation = undo.deleted;
    undo.clear();
    const answer = await deps.toBackground('annotation/restore', { annotation });
    if (!answer.ok) return say(t('popupCantUndo', answer.error), true);
    say(t('restored'));
    await page.reload();
  };

  const decide = async (id: string, accept: boolean) => {
    if (!toTab) return;
    setPendingSuggestion(id);
    // Accept opens the editor with the speaker filled in, to correct before it is saved; dismiss is at once.
    const answer = await toTab('suggestion/decide', accept ? { id, accept, editor: 'caller' } : { id, accept });
    setPendingSuggestion(null);
    if (!answer.ok) return say(t(accept ? 'popupCantAccept' : 'popupCantDismiss', answer.error), true);
    if (accept && answer.value) return openEditor(answer.value, true);
    await Promise.all([page.reload(), reloadSuggestions()]);
  };

  const openReader = async (anyway: boolean) => {
    if (!toTab) return;
    const answer = await toTab('reader/open', { open: true, anyway });
    if (!answer.ok) return say(t('popupCantOpenReader', answer.error), true);
    deps.closeWindow();
  };

  const library = async () => {
    if (!target || !page.url) return null;
    const stored = await deps.toBackground('page/get', { url: page.url });
    return pageLibrary(page.url, target.summary, page.annotations, now(), stored.ok ? stored.value : null);
  };
  const exportAs = async (kind: ExportKind) => {
    const lib = await library();
    if (!lib) return;
    const file = buildExport(kind, lib, now(), deps.generator);
    try {
      await deps.download(file);
      say(t('downloaded', file.filename));
    } catch (error) {
      say(t('popupCantDownload', error instanceof Error ? error.message : String(error)), true);
    }
  };
  const copyMarkdown = async () => {
    const lib = await library();
    if (!lib) return;
    try {
      await deps.copyText(buildExport('markdown', lib, now(), deps.generator).text);
      say(t('markdownCopied'));
    } catch (error) {
      say(t('popupCantCopy', error instanceof Error ? error.message : String(error)), true);
    }
  };

  const switchSite = async (off: boolean, site?: string) => {
    const tabId = turnedOff?.tabId ?? loaded.target?.tabId ?? (await deps.targetTabId());
    if (tabId === null || !deps.switchSite) return;
    setBusy(true);
    try {
      const switched = await deps.switchSite(tabId, off, site);
      if (off) setTurnedOff({ tabId, site: switched });
      else deps.closeWindow();
    } catch (error) {
      say(t('popupCantChangeSetting', error instanceof Error ? error.message : String(error)), true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={16} height={16} />
        <span>{t('extName')}</span>
        <button type="button" class="link-button header-link" data-testid="open-library" onClick={() => void deps.openLibrary()}>
          {t('openLibrary')}
        </button>
      </header>
      <ArticleStatus state={state} />
      {deps.switchSite && state.kind === 'off' && (
        <SiteSwitch site={state.site} off busy={busy} onSwitch={() => void switchSite(false, state.site)} />
      )}
      {/* Live regions stay in the popup while empty: one inserted together with its text is often not announced. */}
      <div role="status" aria-live="polite">
        {notice && (
          <p class={notice.error ? 'notice error' : 'notice'} role={notice.error ? 'alert' : undefined} data-testid="popup-notice">
            {notice.text}
          </p>
        )}
      </div>
      {target && editing && (
        <AnnotationEditor
          key={editing.annotation.id}
          annotation={editing.annotation}
          busy={busy}
          error={editError}
          suggestSpeakers={async (prefix) => unwrapOr(await deps.toBackground('suggest/speakers', { prefix }), [])}
          suggestSources={async (prefix) => unwrapOr(await deps.toBackground('suggest/sources', { prefix }), [])}
          onSave={(annotation) => void save(annotation)}
          onCancel={() => setEditing(null)}
          onDelete={(annotation) => void remove(annotation)}
        />
      )}
      {target && !editing && (
        <>
          <PageActions
            canAnnotate={page.report !== null}
            isArticle={state.kind !== 'not-article'}
            busy={busy}
            onAnnotate={(kind) => void annotateSelection(kind)}
            onOpenReader={() => void openReader(state.kind === 'not-article')}
          />
          <section class="panel" data-testid="annotations">
            <h2 class="section-title">
              {t('onThisPage')} <span class="count">{formatNumber(page.annotations.length)}</span>
            </h2>
            {page.error ? (
              <p class="error small" data-testid="annotations-error">
                {page.error}
              </p>
            ) : page.loading ? (
              <p class="muted small">{t('loading')}</p>
            ) : (
              <AnnotationList
                {...listing}
                excerpt={truncate}
                onOpen={reveal}
                onDelete={(a) => void remove(a)}
                onWording={(a, useNew) => void wording(a, useNew)}
              />
            )}
          </section>
          <SuggestionsPanel
            suggestions={suggestions}
            loading={suggestionsLoading}
            people={people}
            pendingId={pendingSuggestion}
            onDecide={(id, accept) => void decide(id, accept)}
            excerpt={truncate}
          />
          <ExportMenu
            empty={page.annotations.length === 0}
            hasClaimReview={hasReviewableClaims(page.annotations)}
            onExport={(kind) => void exportAs(kind)}
            onCopyMarkdown={() => void copyMarkdown()}
          />
        </>
      )}
      {deps.switchSite && target && !editing && siteOf(target.url) && (
        <SiteSwitch site={siteOf(target.url)!} off={false} busy={busy} onSwitch={() => void switchSite(true)} />
      )}
      <div class="toast-live" role="status" aria-live="polite">
        {undo.deleted && <UndoToast message="Annotation deleted." onUndo={() => void restore()} />}
      </div>
    </main>
  );
}

function unwrapOr<T>(result: { ok: true; value: T } | { ok: false; error: string }, fallback: T): T {
  return result.ok ? result.value : fallback;
}
