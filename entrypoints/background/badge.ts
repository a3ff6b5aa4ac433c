import type { PageStatus } from '@/lib/messages';

/** The slice of `browser.action` (MV3) / `browser.browserAction` (MV2) the badge uses. */
export interface BadgeApi {
  setBadgeText(details: { text: string; tabId: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId: number }): Promise<void> | void;
  setTitle(details: { title: string; tabId: number }): Promise<void> | void;
}

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const ARTICLE_BADGE: Badge = { text: '✓', color: '#2563eb', title: 'Gloss: article detected' };
export const NO_BADGE: Badge = { text: '', color: '#6b7280', title: 'Gloss' };

export function badgeFor(status: PageStatus | null): Badge {
  return status?.detection.isArticle ? ARTICLE_BADGE : NO_BADGE;
}

export async function applyBadge(api: BadgeApi, tabId: number, badge: Badge): Promise<void> {
  await Promise.all([
    api.setBadgeText({ tabId, text: badge.text }),
    api.setBadgeBackgroundColor({ tabId, color: badge.color }),
    api.setTitle({ tabId, title: badge.title }),
  ]);
}
