/**
 * First run: the welcome page (entrypoints/welcome) opens once, when Gloss is installed. Updates, browser
 * updates and restarts don't open it.
 */
export const WELCOME_PAGE = '/welcome.html';

/** The parts of the extension API this needs (browser, or a fake in the unit test). */
export interface WelcomeApi {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    getURL(path: typeof WELCOME_PAGE): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

export function openWelcomeOnInstall({ runtime, tabs }: WelcomeApi): void {
  runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void tabs.create({ url: runtime.getURL(WELCOME_PAGE) }).catch(console.warn);
  });
}
