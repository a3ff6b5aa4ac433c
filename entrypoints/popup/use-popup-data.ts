/** The popup's data hooks: the tab and its status, the page's annotations with their anchors, the suggestions. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AnchorReport, Suggestion } from '@/lib/messages';
import type { Annotation } from '@/lib/model/annotation';
import { loadPopupPage, type PopupPage, type PopupTarget } from './load-state';
import { STATUS_RETRIES, type PopupDeps } from './popup-deps';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function usePopupPage(deps: PopupDeps): PopupPage {
  const [page, setPage] = useState<PopupPage>({ state: { kind: 'loading' }, target: null });
  useEffect(() => {
    let cancelled = false;
    const retries = deps.statusRetries ?? STATUS_RETRIES;
    void (async () => {
      const tabId = await deps.targetTabId();
      if (tabId === null) return { state: { kind: 'unchecked' }, target: null } satisfies PopupPage;
      // Sites listed as off get no content script work at all, so they never report: say why instead of waiting.
      const off = await deps.offSite?.(tabId).catch(() => null);
      if (off) return { state: { kind: 'off', site: off }, target: null } satisfies PopupPage;
      const toTab = deps.toTab(tabId);
      let next = await loadPopupPage(tabId, deps.toBackground, toTab);
      for (let attempt = 0; next.state.kind === 'unchecked' && attempt < retries.times && !cancelled; attempt++) {
        await sleep(retries.ms);
        next = await loadPopupPage(tabId, deps.toBackground, toTab);
      }
      return next;
    })()
      .catch((error: unknown): PopupPage => ({ state: { kind: 'error', message: String(error) }, target: null }))
      .then((next) => !cancelled && setPage(next));
    return () => {
      cancelled = true;
    };
  }, [deps]);
  return page;
}

export interface PageAnnotations {
  loading: boolean;
  /** The URL the annotations are stored under (the content script's answer when it gave one). */
  url: string | null;
  annotations: Annotation[];
  /** null: the content script did not answer (no reading order, no orphan states). */
  report: AnchorReport | null;
  error: string | null;
}

const EMPTY: PageAnnotations = { loading: true, url: null, annotations: [], report: null, error: null };

/** Stored annotations (background) and where they sit on the page (content script). `reload` answers the list. */
export function usePageAnnotations(deps: PopupDeps, target: PopupTarget | null) {
  const [state, setState] = useState<PageAnnotations>(EMPTY);
  const ticket = useRef(0);
  const reload = useCallback(async (): Promise<Annotation[] | null> => {
    if (!target) return null;
    const mine = ++ticket.current;
    const anchors = await deps.toTab(target.tabId)('page/anchors', {});
    const report = anchors.ok ? anchors.value : null;
    const url = report?.url ?? target.url;
    const stored = await deps.toBackground('annotations/forPage', { url });
    if (mine !== ticket.current) return stored.ok ? stored.value : null;
    if (!stored.ok) {
      setState({ loading: false, url, annotations: [], report, error: stored.error });
      return null;
    }
    setState({ loading: false, url, annotations: stored.value, report, error: null });
    return stored.value;
  }, [deps, target]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}

/**
 * The article's suggested quotes and claims (null when the content script can't say). `loading` until the page
 * has first answered: "no suggestions" is only said once the page has said so.
 */
export function useSuggestions(deps: PopupDeps, target: PopupTarget | null) {
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    if (!target) return;
    const answer = await deps.toTab(target.tabId)('page/suggestions', {});
    setSuggestions(answer.ok ? answer.value : null);
    setLoading(false);
  }, [deps, target]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { suggestions, loading, reload };
}

/** The last deleted annotation, offered for undo until `ms` pass or another delete replaces it. */
export function useUndoable(ms: number) {
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), ms);
    return () => clearTimeout(timer);
  }, [deleted, ms]);
  return { deleted, offer: setDeleted, clear: () => setDeleted(null) };
}
