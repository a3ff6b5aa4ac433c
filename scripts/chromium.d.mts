import type { BrowserContext, Worker } from 'playwright-core';

export const CHROMIUM_PATH: string;
export function assertChromium(): void;

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export function launchWithExtension(
  extensionDir: string,
  options?: { headless?: boolean; keepWelcome?: boolean; uiLanguage?: string },
): Promise<ExtensionBrowser>;
export const WELCOME_PAGE: string;
export function closeWelcomeTab(serviceWorker: Worker, extensionDir: string, options?: { timeout?: number }): Promise<void>;
export function blockExternalRequests(context: BrowserContext): Promise<void>;
export function tabIdFor(serviceWorker: Worker, url: string): Promise<number>;
/** The stored PageStatus (see lib/messages.ts). */
export function waitForPageStatus(serviceWorker: Worker, tabId: number, options?: { timeout?: number }): Promise<unknown>;
export function storedStatus(serviceWorker: Worker, tabId: number): Promise<unknown>;
export function actionTitle(serviceWorker: Worker, tabId: number): Promise<string>;
export function badgeText(serviceWorker: Worker, tabId: number): Promise<string>;
export function popupUrl(extensionId: string, tabId: number): string;
export const NEWS_HOST: string;
export const PUBLIC_SUFFIX_TEST_HOST: string;
export const HOST_RESOLVER_RULE: string;
export function onNewsHost(url: string, host?: string): string;
export function isTestHost(hostname: string): boolean;
