import type { ArticleStatusState } from '@/components/ArticleStatus';
import { normalizePageUrl } from '@/lib/db/url';
import type { ArticleSummary, Send } from '@/lib/messages';

/** `popup.html?tabId=N` (e2e tests and `npm start` open the popup in a tab); null means "the active tab". */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The tab the popup is about, once the background knows it. */
export interface PopupTarget {
  tabId: number;
  /**
   * Where this page's annotations are stored as far as the popup can tell (normalized, the article's canonical
   * link preferred). The content script's `page/anchors` answer is the authority; this is the fallback.
   */
  url: string;
  summary: ArticleSummary | null;
}

export interface PopupPage {
  state: ArticleStatusState;
  target: PopupTarget | null;
}

/**
 * What the popup shows for a tab: the background's record, and when that has no summary yet for an article,
 * the content script's own answer.
 */
export async function loadPopupPage(tabId: number, toBackground: Send, toTab: Send): Promise<PopupPage> {
  const status = await toBackground('page/status', { tabId });
  if (!status.ok) return { state: { kind: 'error', message: status.error }, target: null };
  const record = status.value;
  if (!record) return { state: { kind: 'unchecked' }, target: null };
  const target = (summary: ArticleSummary | null): PopupTarget => ({ tabId, url: normalizePageUrl(record.url, summary?.url), summary });
  if (!record.detection.isArticle) return { state: { kind: 'not-article' }, target: target(null) };
  if (record.summary) return { state: { kind: 'article', summary: record.summary }, target: target(record.summary) };
  const summary = await toTab('article/summary', {});
  if (!summary.ok) return { state: { kind: 'error', message: summary.error }, target: target(null) };
  return summary.value
    ? { state: { kind: 'article', summary: summary.value }, target: target(summary.value) }
    : { state: { kind: 'not-article' }, target: target(null) };
}

export async function loadPopupState(tabId: number, toBackground: Send, toTab: Send): Promise<ArticleStatusState> {
  return (await loadPopupPage(tabId, toBackground, toTab)).state;
}
