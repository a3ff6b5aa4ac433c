/* global browser, location, document -- the functions passed to page.evaluate run inside the browser's pages. */
// Launches Debian's Firefox ESR with the built Firefox extension installed, over WebDriver BiDi with
// puppeteer-core (Playwright's Firefox driver does not work with Debian's firefox-esr; see
// /work/shared/notes/toolchain.md). Used by the Firefox end-to-end tests.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX_PATH = process.env.GLOSS_FIREFOX ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'gloss@gloss.example';

export function haveFirefox() {
  return existsSync(FIREFOX_PATH);
}

export function assertFirefox() {
  if (!haveFirefox()) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}; install it with: apt-get install -y firefox-esr`);
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Prefs for the temporary profile.
 * - `extensions.webextensions.uuids`: Firefox gives each install a random moz-extension:// host; pinning it is
 *   the only dependable way to know the popup's URL (BiDi's installExtension answers the add-on id, not this).
 * - The proxy: fixtures reference real sites' images and scripts we must not fetch. Every non-local request
 *   goes to a closed port and fails at once; Firefox never proxies localhost / 127.0.0.1
 *   (network.proxy.allow_hijacking_localhost is false), so the test server still answers.
 */
function profilePrefs(uuid) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    'network.dns.disableIPv6': true,
  };
}

/**
 * Starts Firefox headless with a fresh profile (puppeteer makes and removes it) and installs the unpacked
 * extension in `extensionDir` (a temporary add-on, like about:debugging's "Load Temporary Add-on"). The welcome
 * page Gloss opens on install is closed before this resolves, unless `keepWelcome` (as in chromium.mjs).
 * Resolves to { browser, addonId, uuid, baseUrl, close }; baseUrl is "moz-extension://<uuid>/".
 */
export async function launchFirefoxWithExtension(extensionDir, { headless = true, uuid = randomUUID(), keepWelcome = false } = {}) {
  assertFirefox();
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${extensionDir}: run \`npx wxt build -b firefox\` first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless,
    // Without it, BiDi cannot run script in (or even see) moz-extension:// documents.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: profilePrefs(uuid),
    timeout: 60_000,
  });
  const close = () => browser.close().catch(() => {});
  try {
    const addonId = await browser.installExtension(extensionDir);
    if (addonId !== GECKO_ID) throw new Error(`installed add-on has id ${addonId}, expected ${GECKO_ID}`);
    const baseUrl = `moz-extension://${uuid}/`;
    if (!keepWelcome) await closeWelcomePage(browser, extensionDir, baseUrl);
    return { browser, addonId, uuid, baseUrl, close };
  } catch (error) {
    await close();
    throw new Error(`Could not install the extension from ${extensionDir}: ${error instanceof Error ? error.message : error}`);
  }
}

/** Waits for the welcome page Gloss opens on install (a build without welcome.html opens none) and closes it. */
async function closeWelcomePage(browser, extensionDir, baseUrl, { timeout = 15_000 } = {}) {
  if (!existsSync(join(extensionDir, 'welcome.html'))) return;
  const url = `${baseUrl}welcome.html`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    // BiDi may report a moz-extension:// tab as about:blank: ask the document where it is.
    const pages = await browser.pages();
    const hrefs = await Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => page.url())));
    const welcome = pages.filter((_, i) => hrefs[i] === url);
    if (welcome.length > 0) return void (await Promise.all(welcome.map((page) => page.close())));
    await sleep(100);
  }
  throw new Error(`Gloss's welcome page did not open in Firefox within ${timeout} ms`);
}

/**
 * Opens a moz-extension:// page in a new tab. `page.goto` never resolves for these in Firefox, so navigate
 * without waiting and poll until the document is the one asked for and has loaded.
 */
export async function openExtensionPage(browser, url, { timeout = 15_000 } = {}) {
  const page = await browser.newPage();
  page.goto(url, { timeout }).catch(() => {}); // never settles for moz-extension://; the poll below decides
  const deadline = Date.now() + timeout;
  let last = 'nothing';
  while (Date.now() < deadline) {
    try {
      const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState }));
      last = `${state.href} (${state.ready})`;
      if (state.href === url && state.ready === 'complete') return page;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error); // the document is being replaced
    }
    await sleep(100);
  }
  await page.close().catch(() => {});
  throw new Error(`extension page ${url} did not load within ${timeout} ms (last seen: ${last})`);
}

/**
 * Sends a Gloss message from an extension page: to the background, or with `tabId` to that tab's content
 * script. Resolves to the `{ ok, value } | { ok: false, error }` answer; transport failures become errors too.
 */
export function sendFromExtensionPage(page, message, { tabId } = {}) {
  return page.evaluate(
    async (msg, id) => {
      try {
        const answer = await (id === null ? browser.runtime.sendMessage(msg) : browser.tabs.sendMessage(id, msg));
        return answer ?? { ok: false, error: 'no answer' };
      } catch (error) {
        return { ok: false, error: `transport: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    message,
    tabId ?? null,
  );
}

/** The tab id of the one tab showing `url`, asked from an extension page. */
export async function tabIdFor(extensionPage, url) {
  const ids = await extensionPage.evaluate(
    async (target) => (await browser.tabs.query({})).filter((t) => t.url === target).map((t) => t.id),
    url,
  );
  if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
  return ids[0];
}

/**
 * Waits until the background holds a report for the tab newer than `after` (ms since epoch): the content
 * script ran and said whether the page is an article. Resolves to the PageStatus.
 */
export async function waitForPageStatus(extensionPage, tabId, { after = 0, timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const answer = await sendFromExtensionPage(extensionPage, { type: 'page/status', payload: { tabId } });
    if (answer.ok && answer.value && answer.value.updatedAt > after) return answer.value;
    last = answer.ok ? JSON.stringify(answer.value) : answer.error;
    await sleep(100);
  }
  throw new Error(`no page/detected report for tab ${tabId} within ${timeout} ms (last page/status: ${last})`);
}

export function popupUrl(baseUrl, tabId) {
  return `${baseUrl}popup.html?tabId=${tabId}`;
}

/** The toolbar button's badge for a tab (Firefox MV2: browserAction), asked from an extension page. */
export function badgeText(extensionPage, tabId) {
  return extensionPage.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

/** The manifest of the extension that owns `extensionPage`, as Firefox loaded it. */
export function loadedManifest(extensionPage) {
  return extensionPage.evaluate(() => browser.runtime.getManifest());
}
