/**
 * First run: the welcome page (entrypoints/welcome) opens once, when Gloss is installed. Updates, browser
 * updates and restarts don't open it. Chromium reports an unpacked extension loaded from the command line as
 * installed again at every start, so a flag in storage.local (gone with the extension) makes sure it is once.
 */
export const WELCOME_PAGE = '/welcome.html';
export const WELCOMED_KEY = 'gloss:welcomed';

/** The parts of the extension API this needs (browser, or a fake in the unit test). */
export interface WelcomeApi {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    getURL(path: typeof WELCOME_PAGE): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
}

export function openWelcomeOnInstall({ runtime, tabs, storage }: WelcomeApi): void {
  runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void openOnce().catch(console.warn);
  });
  async function openOnce(): Promise<void> {
    if ((await storage.local.get(WELCOMED_KEY))[WELCOMED_KEY]) return;
    await storage.local.set({ [WELCOMED_KEY]: true });
    await tabs.create({ url: runtime.getURL(WELCOME_PAGE) });
  }
}
