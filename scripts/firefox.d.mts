import type { Browser, Page } from 'puppeteer-core';

export const FIREFOX_PATH: string;
export const GECKO_ID: string;
export function haveFirefox(): boolean;
export function assertFirefox(): void;

export interface FirefoxWithExtension {
  browser: Browser;
  /** The gecko id Firefox installed the extension under (GECKO_ID). */
  addonId: string;
  /** The moz-extension:// host, pinned through the `extensions.webextensions.uuids` pref. */
  uuid: string;
  /** "moz-extension://<uuid>/" */
  baseUrl: string;
  close(): Promise<void>;
}

export function launchFirefoxWithExtension(
  extensionDir: string,
  options?: { headless?: boolean; uuid?: string; keepWelcome?: boolean },
): Promise<FirefoxWithExtension>;
/** Opens a moz-extension:// URL in a new tab and waits (by polling) until it has loaded. */
export function openExtensionPage(browser: Browser, url: string, options?: { timeout?: number }): Promise<Page>;
/** A Gloss message sent from an extension page to the background, or with `tabId` to that tab's content script. */
export function sendFromExtensionPage(
  page: Page,
  message: { type: string; payload: unknown },
  options?: { tabId?: number },
): Promise<{ ok: true; value: unknown } | { ok: false; error: string }>;
export function tabIdFor(extensionPage: Page, url: string): Promise<number>;
/** The stored PageStatus (see lib/messages.ts), once one newer than `after` (ms since epoch) exists. */
export function waitForPageStatus(
  extensionPage: Page,
  tabId: number,
  options?: { after?: number; timeout?: number },
): Promise<{ url: string; updatedAt: number; detection: { isArticle: boolean }; summary: unknown }>;
export function popupUrl(baseUrl: string, tabId: number): string;
export function badgeText(extensionPage: Page, tabId: number): Promise<string>;
export function loadedManifest(extensionPage: Page): Promise<{ manifest_version: number; name: string }>;
