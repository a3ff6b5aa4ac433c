/**
 * Gloss in the browser's language: Chromium started in German (--lang=de, LANGUAGE=de) shows the extension's
 * German messages (public/_locales/de) on its pages and in its manifest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium.mjs';
import { extensionDir } from './extension-dir';

let browser: ExtensionBrowser;

/** The extension API as pages and the service worker see it (page.evaluate runs this code there). */
type Chrome = {
  i18n: { getUILanguage(): string; getMessage(key: string): string };
  runtime: { getManifest(): { name: string; description: string; default_locale?: string } };
};

beforeAll(async () => {
  browser = await launchWithExtension(extensionDir(), { headless: true, uiLanguage: 'de' });
});
afterAll(async () => browser?.close());

describe('a German browser', () => {
  it('gets the library in German', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await expect.poll(() => page.title()).toBe('Gloss-Bibliothek');
    await page.locator('[data-testid="library-empty"]').waitFor();
    expect(await page.locator('[data-testid="library-empty"]').textContent()).toMatch(/^Noch keine Anmerkungen\./);
    expect(await page.locator('[data-testid="library-search"]').getAttribute('aria-label')).toBe('Suche');
    expect(await page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.i18n.getUILanguage())).toMatch(/^de/);
  });

  it('gets the popup in German', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('[data-testid="open-library"]').textContent()).toBe('Bibliothek öffnen');
  });

  it('names the extension in German from the manifest', async () => {
    const manifest = await browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getManifest());
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toMatch(/^(Gloss|__MSG_extName__)$/);
    const description = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.i18n.getMessage('extDescription'),
    );
    expect(description).toMatch(/^Nachrichten lesen/);
  });
});
