/**
 * Shared by the sync end-to-end tests (sync.test.ts, sync-resilience.test.ts): connecting a profile in the
 * options page as a reader does, the library's Sync panel, and messages sent from an extension page.
 */
import type { Page } from 'playwright-core';
import { until, type GlossBrowser } from './harness';

export interface SyncAccount {
  server: string;
  account: string;
  password: string;
  /** The reader's own database. */
  database: string;
  /** A desk to join, where new annotations go. */
  desk?: string;
}

/** Fills the Sync settings in the options page and connects; answers the server it then shows, or the error. */
export async function connectSync(browser: GlossBrowser, settings: SyncAccount, timeout = 60_000): Promise<string> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('sync-server').fill(settings.server);
  await options.getByTestId('sync-account').fill(settings.account);
  await options.getByTestId('sync-password').fill(settings.password);
  await options.getByTestId('sync-personal').fill(settings.database);
  if (settings.desk) {
    await options.getByTestId('sync-desks').fill(settings.desk);
    await options.getByTestId('sync-new-in').selectOption(settings.desk);
  }
  await options.getByTestId('sync-connect').click();
  const shown = await until(
    'an error or the connected panel',
    () =>
      options.evaluate(() => {
        const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() || null;
        return text('sync-error') ?? text('sync-server');
      }),
    (text) => text !== null,
    timeout,
  );
  await options.close();
  return shown ?? '';
}

/** The library page with its Sync panel unfolded (sync runs live while it is open). */
export async function openLibraryWithSync(browser: GlossBrowser): Promise<Page> {
  const library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.getByTestId('library-sync').locator('summary').click();
  return library;
}

export const syncSummary = (library: Page): Promise<string> =>
  library
    .getByTestId('sync-summary')
    .textContent()
    .then((text) => text ?? '');

type WithRuntime = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** Sends one message to the background from an extension page, as the popup and the library do; throws its error. */
export async function sendFromPage<T>(page: Page, type: string, payload: object): Promise<T> {
  const answer = (await page.evaluate(
    ([t, p]) => (globalThis as unknown as WithRuntime).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  )) as { ok: true; value: T } | { ok: false; error: string };
  if (!answer.ok) throw new Error(`${type}: ${answer.error}`);
  return answer.value;
}
