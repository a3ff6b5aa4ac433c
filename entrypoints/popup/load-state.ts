import type { ArticleStatusState } from '@/components/ArticleStatus';
import type { Send } from '@/lib/messages';

/** `popup.html?tabId=N` (e2e tests and `npm start` open the popup in a tab); null means "the active tab". */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/**
 * What the popup shows for a tab: the background's record, and when that has no summary yet for an article,
 * the content script's own answer.
 */
export async function loadPopupState(tabId: number, toBackground: Send, toTab: Send): Promise<ArticleStatusState> {
  const status = await toBackground('page/status', { tabId });
  if (!status.ok) return { kind: 'error', message: status.error };
  if (!status.value) return { kind: 'unchecked' };
  if (!status.value.detection.isArticle) return { kind: 'not-article' };
  if (status.value.summary) return { kind: 'article', summary: status.value.summary };
  const summary = await toTab('article/summary', {});
  if (!summary.ok) return { kind: 'error', message: summary.error };
  return summary.value ? { kind: 'article', summary: summary.value } : { kind: 'not-article' };
}
