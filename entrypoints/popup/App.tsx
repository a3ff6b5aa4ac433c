import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleStatus, type ArticleStatusState } from '@/components/ArticleStatus';
import { createSender } from '@/lib/messages';
import { loadPopupState, tabIdFromSearch } from './load-state';

const toBackground = createSender((message) => browser.runtime.sendMessage(message));

async function targetTabId(): Promise<number | null> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// A page that is still loading reports a moment later: ask again a few times before saying "not checked".
const RETRIES = 6;
const RETRY_MS = 400;

export function App() {
  const [state, setState] = useState<ArticleStatusState>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const show = (next: ArticleStatusState) => {
      if (!cancelled) setState(next);
    };
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return show({ kind: 'unchecked' });
      const toTab = createSender((message) => browser.tabs.sendMessage(tabId, message));
      let next = await loadPopupState(tabId, toBackground, toTab);
      for (let attempt = 0; next.kind === 'unchecked' && attempt < RETRIES && !cancelled; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        next = await loadPopupState(tabId, toBackground, toTab);
      }
      show(next);
    })().catch((error: unknown) => show({ kind: 'error', message: String(error) }));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={16} height={16} />
        <span>Gloss</span>
      </header>
      <ArticleStatus state={state} />
    </main>
  );
}
