/**
 * What a hostile page learns about Gloss through its web-accessible editor page and through canonical links:
 * - the editor page is not at the extension's stable address (use_dynamic_url), so a page can't probe for Gloss;
 * - a page that frames the editor itself (here it is even given the live address) gets a blank frame that never
 *   takes its port: the frame runs only for a token Gloss's content script registered with the background;
 * - a page on a public-suffix host (readthedocs.io: each subdomain another author) that names a sibling
 *   subdomain's page as its canonical URL gets that page's key and annotations refused.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_SUFFIX_TEST_HOST } from '../../scripts/chromium.mjs';
import { extensionDir } from './extension-dir';
import {
  clickEditorButton,
  clickToolbar,
  editorCard,
  hostBox,
  launchGloss,
  openTab,
  readPage,
  selectText,
  sendToTab,
  startPhaseServer,
  storedAnnotations,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';

const SENTENCE = 'the first regular service after dark in more than a decade';
let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();

beforeAll(async () => {
  server = await startPhaseServer();
  server.set('/plain.html', '<!doctype html><title>Plain</title><p>Nothing to see.</p>');
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

/** The same server under another host name (all map to 127.0.0.1). */
const on = (host: string, pathname: string) => `http://${host}:${new URL(server.origin).port}${pathname}`;

/** Whether a page script can fetch `url` (a web-accessible resource would answer). */
const pageCanFetch = (page: Page, url: string) =>
  page.evaluate(
    (target) =>
      fetch(target).then(
        (r) => `status ${r.status}`,
        (error: Error) => `blocked: ${error.name}`,
      ),
    url,
  );

describe('a hostile page and the editor page', () => {
  it("finds nothing of Gloss at the extension's stable address", async () => {
    const { page } = await openTab(browser, `${server.origin}/plain.html`);
    for (const path of ['editor-frame.html', 'manifest.json']) {
      expect(await pageCanFetch(page, `chrome-extension://${browser.extensionId}/${path}`), path).toMatch(/^blocked/);
    }
    // Its live address differs from the stable one (it changes every session).
    const live = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL('/editor-frame.html'),
    );
    expect(new URL(live).host).not.toBe(browser.extensionId);
    await page.close();
  });

  it('that frames the editor itself gets a blank frame that never takes its port', async () => {
    const { page } = await openTab(browser, `${server.origin}/plain.html`);
    // Even given the live address (say it leaked), and a token of the right form of its own.
    const live = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL('/editor-frame.html'),
    );
    const refused = page.waitForEvent('console', {
      predicate: (m: ConsoleMessage) => m.text().includes('not opened by Gloss'),
      timeout: 10_000,
    });
    const token = 'ab'.repeat(16);
    await page.evaluate(
      (src) =>
        new Promise((loaded) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.addEventListener('load', loaded, { once: true });
          document.body.append(frame);
        }),
      `${live}#${token}`,
    );
    const frame = page.frames().find((f) => f.url().includes('/editor-frame.html'))!;
    // Counts, inside the frame, the window messages it is offered (to know when it has seen the page's offer).
    await frame.evaluate(() => {
      const w = window as unknown as { offers: number };
      w.offers = 0;
      window.addEventListener('message', () => w.offers++);
    });
    await page.evaluate((t) => {
      const channel = new MessageChannel();
      const w = window as unknown as { heard: unknown[] };
      w.heard = [];
      channel.port1.onmessage = (event) => w.heard.push(event.data);
      document.querySelector('iframe')!.contentWindow!.postMessage({ glossEditorPort: t }, '*', [channel.port2]);
      // Taken, the port would answer 'ready' and the frame would show this bait for the reader to type into.
      channel.port1.postMessage({
        type: 'show',
        annotation: {
          id: 'x',
          kind: 'note',
          exact: 'bait',
          comment: '',
          tags: [],
          sources: [],
          speaker: null,
          verdict: null,
          selectors: [],
          pageUrl: location.href,
          created: '',
          updated: '',
        },
      });
    }, token);
    await refused;
    await until(
      'the frame to see the offer',
      () => frame.evaluate(() => (window as unknown as { offers: number }).offers),
      (n) => n === 1,
    );
    // Two turns of the frame's event loop: a taken port would have rendered the bait by now.
    for (let turn = 0; turn < 2; turn++) await frame.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    expect(await frame.evaluate(() => document.getElementById('app')?.childElementCount)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
    await page.close();
  });
});

describe('a hostile page on a public-suffix host', () => {
  it("can't name a sibling subdomain's page as its canonical and gets none of its annotations", async () => {
    const victimUrl = on(`victim.${PUBLIC_SUFFIX_TEST_HOST}`, '/guide.html');
    server.set('/guide.html', readPage('article.html'));
    const victim = await openTab(browser, victimUrl);
    await selectText(victim.page, SENTENCE);
    await clickToolbar(victim.page, 'note');
    await editorCard(victim.page);
    await clickEditorButton(victim.page, 'editor-save');
    const [note] = await until(
      "the victim's note",
      () => storedAnnotations(browser),
      (all) => all.length === 1,
    );
    expect(note).toMatchObject({ exact: SENTENCE, pageUrl: victimUrl });
    await until(
      "the note painted on the victim's page",
      () => sendToTab<{ entries: unknown[] }>(browser, victim.tabId, 'page/anchors'),
      (a) => a.ok && a.value.entries.length === 1,
    );
    await victim.page.close();

    // The same article on attacker.readthedocs.io, naming the victim's page as canonical.
    const attackerUrl = on(`attacker.${PUBLIC_SUFFIX_TEST_HOST}`, '/copy.html');
    server.set('/copy.html', readPage('article.html').replace('</head>', `<link rel="canonical" href="${victimUrl}"></head>`));
    const attacker = await openTab(browser, attackerUrl);
    const report = await sendToTab<{ url: string; entries: unknown[] }>(browser, attacker.tabId, 'page/anchors');
    expect(report).toEqual({ ok: true, value: { url: attackerUrl, entries: [] } });
    const painted = await attacker.page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce((n, h) => n + h.size, 0),
    );
    expect(painted).toBe(0);
    expect(await hostBox(attacker.page, 'card')).toBeNull();
    await attacker.page.close();
  });
});
