/** Wires the popup to the browser: messages, downloads, clipboard, tabs. Everything else is in PopupApp. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SyncLine } from '@/components/popup/SyncLine';
import { createSender } from '@/lib/messages';
import type { SyncStatus } from '@/lib/sync/service';
import { addDisabledSite, disabledSiteFor, parseSettings, removeDisabledSite, SETTINGS_KEY } from '@/lib/settings';
import type { ExportFile } from './export-files';
import { tabIdFromSearch } from './load-state';
import type { PopupDeps } from './popup-deps';
import { PopupApp } from './PopupApp';

async function targetTabId(): Promise<number | null> {
  // Opened in a tab (e2e tests, `npm start`), the popup's own tab is the active one: ?tabId names the page.
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** A Blob URL lives as long as the popup; give the download time to read it, then free it. */
const REVOKE_AFTER_MS = 60_000;

async function download(file: ExportFile): Promise<void> {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  try {
    await browser.downloads.download({ url, filename: file.filename, saveAs: false });
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

function createBrowserDeps(): PopupDeps {
  return {
    toBackground: createSender((message) => browser.runtime.sendMessage(message)),
    toTab: (tabId) => createSender((message) => browser.tabs.sendMessage(tabId, message)),
    targetTabId,
    offSite: async (tabId) => {
      const [tab, stored] = await Promise.all([browser.tabs.get(tabId), browser.storage.local.get(SETTINGS_KEY)]);
      const host = tab.url && /^https?:/i.test(tab.url) ? new URL(tab.url).hostname : null;
      return host === null ? null : disabledSiteFor(parseSettings(stored[SETTINGS_KEY]), host);
    },
    switchSite: async (tabId, off, site) => {
      const [tab, stored] = await Promise.all([browser.tabs.get(tabId), browser.storage.local.get(SETTINGS_KEY)]);
      const settings = parseSettings(stored[SETTINGS_KEY]);
      if (!off) {
        const listed = site ?? '';
        await browser.storage.local.set({ [SETTINGS_KEY]: removeDisabledSite(settings, listed) });
        await browser.tabs.reload(tabId);
        return listed;
      }
      const added = addDisabledSite(settings, tab.url ?? '');
      if (!added.ok) throw new Error(added.error);
      await browser.storage.local.set({ [SETTINGS_KEY]: added.value });
      return disabledSiteFor(added.value, new URL(tab.url!).hostname) ?? '';
    },
    download,
    copyText: (text) => navigator.clipboard.writeText(text),
    openLibrary: async () => {
      // library.html is another entrypoint; new URL keeps this independent of WXT's generated path types.
      await browser.tabs.create({ url: new URL('library.html', browser.runtime.getURL('/')).href });
    },
    closeWindow: () => window.close(),
    generator: `Gloss ${browser.runtime.getManifest().version}`,
  };
}

export function App() {
  // Created once per popup: the hooks key their effects on `deps`.
  const [deps] = useState(createBrowserDeps);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  useEffect(() => void deps.toBackground('sync/status', {}).then((answer) => answer.ok && setSync(answer.value)), [deps]);
  return (
    <>
      <PopupApp deps={deps} />
      <SyncLine status={sync} />
    </>
  );
}
