/** Reading and writing `gloss:settings` in browser.storage.local (shared by the library and the options page). */
import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, parseSettings, SETTINGS_KEY, type GlossSettings } from '@/lib/settings';
import { t } from '@/components/i18n';

// The extension API polyfill is loaded when settings are first touched, not with the page: the library's first
// rows come before it.
const extension = () => import('wxt/browser').then((module) => module.browser);

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

export async function loadSettings(): Promise<GlossSettings> {
  const stored = await (await extension()).storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: GlossSettings): Promise<void> {
  await (await extension()).storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/**
 * The settings, kept in step with other Gloss pages that change them; `update` saves at once. Nothing is read
 * until `active` (the library passes false until its first rows are on screen: loading the extension API
 * polyfill must not compete with them).
 */
export function useSettings(active = true): { settings: GlossSettings; status: string | null; update: (next: GlossSettings) => void } {
  const [settings, setSettings] = useState<GlossSettings>(defaultSettings);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (!active) return;
    let live = true;
    let unsubscribe = () => {};
    const onChanged: StorageListener = (changes, area) => {
      if (live && area === 'local' && SETTINGS_KEY in changes) setSettings(parseSettings(changes[SETTINGS_KEY]?.newValue));
    };
    void (async () => {
      const browser = await extension();
      if (!live) return;
      browser.storage.onChanged.addListener(onChanged);
      unsubscribe = () => browser.storage.onChanged.removeListener(onChanged);
      const loaded = await loadSettings();
      if (live) setSettings(loaded);
    })().catch((error: unknown) => live && setStatus(t('settingsCantRead', String(error))));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [active]);

  const update = (next: GlossSettings) => {
    setSettings(next);
    saveSettings(next)
      .then(() => setStatus(t('saved')))
      .catch((error: unknown) => setStatus(t('settingsCantSave', String(error))));
  };
  return { settings, status, update };
}
