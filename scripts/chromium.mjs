/* global chrome -- the functions passed to serviceWorker.evaluate run inside the extension. */
// Launches Debian's Chromium with the built extension loaded (options from /work/shared/notes/toolchain.md).
// Shared by `npm start` and the end-to-end tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium';

/**
 * A non-local host name for test pages. 127.0.0.1 and localhost are secure contexts, which hides what a real
 * plain-http news site lacks (`crypto.randomUUID`, `navigator.clipboard`, …). Chromium resolves every `*.example`
 * name to 127.0.0.1 (HOST_RESOLVER_RULE), so `http://news.example:<port>/` reaches the local test server as an
 * ordinary insecure site.
 */
export const NEWS_HOST = 'news.example';
/** Also a public-suffix host (readthedocs.io: each subdomain another author), for the same-site tests. */
export const PUBLIC_SUFFIX_TEST_HOST = 'readthedocs.io';
export const HOST_RESOLVER_RULE = `--host-resolver-rules=MAP *.example 127.0.0.1, MAP *.${PUBLIC_SUFFIX_TEST_HOST} 127.0.0.1`;

/** The same page at the non-local host name: `http://127.0.0.1:PORT/x` -> `http://news.example:PORT/x`. */
export function onNewsHost(url, host = NEWS_HOST) {
  const u = new URL(url);
  u.hostname = host;
  return u.href;
}

/** Test pages come only from the local server, under 127.0.0.1, localhost or a mapped `*.example` or `*.readthedocs.io` name. */
export function isTestHost(hostname) {
  return (
    hostname === '127.0.0.1' ||
    hostname === 'localhost' ||
    hostname.endsWith('.example') ||
    hostname.endsWith(`.${PUBLIC_SUFFIX_TEST_HOST}`)
  );
}

export function assertChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it with: apt-get install -y chromium`);
  }
}

/** The page Gloss opens once, when it is installed (entrypoints/background/welcome.ts). */
export const WELCOME_PAGE = 'welcome.html';

/**
 * On a fresh profile Gloss opens its welcome page in a new tab, which becomes the active tab, at a moment of its
 * own. The tests and `npm start` open their own tabs, so they wait for it and close it first. A build without the
 * page (before it existed) opens none. Fails when a build that has it never opens it.
 */
export async function closeWelcomeTab(serviceWorker, extensionDir, { timeout = 15_000 } = {}) {
  if (!existsSync(join(extensionDir, WELCOME_PAGE))) return;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const closed = await serviceWorker.evaluate(async (page) => {
      const url = chrome.runtime.getURL(page);
      const tabs = (await chrome.tabs.query({})).filter((tab) => tab.url === url || tab.pendingUrl === url);
      await Promise.all(tabs.map((tab) => chrome.tabs.remove(tab.id)));
      return tabs.length > 0;
    }, WELCOME_PAGE);
    if (closed) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Gloss's welcome page did not open on a fresh profile within ${timeout} ms`);
}

/**
 * Starts Chromium with a fresh temporary profile and the unpacked extension in `extensionDir`. The welcome page
 * Gloss opens on install is closed before this resolves, unless `keepWelcome`. `uiLanguage` (e.g. 'de') starts the
 * browser in that language. Resolves to { context, serviceWorker, extensionId, close }.
 */
export async function launchWithExtension(extensionDir, { headless = true, keepWelcome = false, uiLanguage } = {}) {
  assertChromium();
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'gloss-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    // The browser's UI language (what browser.i18n picks the extension's messages by): Linux Chromium reads LANGUAGE.
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage }, locale: uiLanguage } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      HOST_RESOLVER_RULE,
      ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
    ],
  });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    if (!keepWelcome) await closeWelcomeTab(serviceWorker, extensionDir);
    return { context, serviceWorker, extensionId, close };
  } catch (error) {
    await close();
    throw new Error(`The extension's service worker never started: ${error instanceof Error ? error.message : error}`);
  }
}

/** Keeps pages on the local server: fixtures reference real sites' images and scripts we must not fetch. */
export async function blockExternalRequests(context) {
  await context.route(/^https?:\/\//, (route) => {
    const { hostname } = new URL(route.request().url());
    return isTestHost(hostname) ? route.continue() : route.abort();
  });
}

/** The tab id of the tab showing `url`, asked from the service worker. */
export async function tabIdFor(serviceWorker, url) {
  const ids = await serviceWorker.evaluate(
    async (target) => (await chrome.tabs.query({})).filter((t) => t.url === target).map((t) => t.id),
    url,
  );
  if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
  return ids[0];
}

/** Waits until the content script has reported the tab (the background mirrors it to storage.session). */
export async function waitForPageStatus(serviceWorker, tabId, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const status = await storedStatus(serviceWorker, tabId);
    if (status) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no page/detected report for tab ${tabId} within ${timeout} ms`);
}

/** The background's record for the tab, as mirrored to storage.session (null when there is none). */
export function storedStatus(serviceWorker, tabId) {
  return serviceWorker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab:${tabId}`);
}

export function actionTitle(serviceWorker, tabId) {
  return serviceWorker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

export function badgeText(serviceWorker, tabId) {
  return serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function popupUrl(extensionId, tabId) {
  return `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
}
