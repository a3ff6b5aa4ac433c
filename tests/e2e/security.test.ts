/**
 * A hostile page against Gloss's in-page UI: it hooks attachShadow, watches for Gloss's hosts, defines custom
 * elements, forges messages and events, and hides script in its article body. Nothing may run, nothing may be
 * read, and nothing may be saved except by the reader's own (trusted) clicks.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface Spy {
  shadowRoots: number;
  hosts: string[];
  openRoots: number;
  attachThrew: number;
  messages: string[];
  ran: string[];
  scriptRuns: number;
}

const SENTENCE = 'postponed its vote on the dredging contract on Friday';
let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();
let url: string;

beforeAll(async () => {
  server = await startPhaseServer();
  server.set('/hostile.html', readPage('hostile.html'));
  url = `${server.origin}/hostile.html`;
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

const spy = (page: Page): Promise<Spy> =>
  page.evaluate(() => {
    const s = (window as unknown as { __spy: Omit<Spy, 'shadowRoots' | 'hosts'> & { shadowRoots: unknown[]; hosts: Element[] } }).__spy;
    return { ...s, shadowRoots: s.shadowRoots.length, hosts: s.hosts.map((h) => h.getAttribute('data-gloss') ?? '?') };
  });

/** Everything a page script can try with Gloss's hosts and Gloss's messages; answers what it got. */
function forge(page: Page, extensionId: string) {
  return page.evaluate(async (id) => {
    const got: Record<string, unknown> = {};
    window.postMessage({ type: 'selection/annotate', payload: { kind: 'quote' } }, '*');
    window.postMessage({ type: 'annotation/save', payload: {} }, '*');
    document.dispatchEvent(new CustomEvent('gloss:annotate', { detail: { kind: 'quote' }, bubbles: true }));
    for (const host of Array.from(document.querySelectorAll('[data-gloss]'))) {
      const name = host.getAttribute('data-gloss')!;
      got[`${name}.shadowRoot`] = host.shadowRoot;
      // Reading, not writing: what of Gloss's UI a page script can see.
      got[`${name}.text`] = host.textContent + host.innerHTML; // eslint-disable-line no-restricted-properties
      const box = host.getBoundingClientRect();
      // Synthetic clicks on the host and on whatever is at the toolbar's first button.
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.left + 10, clientY: box.top + 10 }));
      const under = document.elementFromPoint(box.left + 10, box.top + 10);
      if (under instanceof HTMLElement) under.click();
    }
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    got.runtimeSendMessage = typeof runtime?.sendMessage;
    if (typeof runtime?.sendMessage === 'function') {
      try {
        got.runtimeAnswer = await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, {
          type: 'annotations/forPage',
          payload: { url: location.href },
        });
      } catch (error) {
        got.runtimeAnswer = String(error);
      }
    }
    // Highlights are shared with the page: none of them may point into Gloss's closed roots.
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    got.rangesOutsideDocument = [...registry.values()]
      .flatMap((h) => [...h])
      .filter((r) => r.startContainer.getRootNode() !== document).length;
    return got;
  }, extensionId);
}

describe('a hostile page', () => {
  it("can neither read Gloss's UI, nor drive it, nor inject script through the article", async () => {
    const { page, tabId } = await openTab(browser, url);
    await selectText(page, SENTENCE);
    await until(
      'the selection toolbar',
      () => hostBox(page, 'toolbar'),
      (box) => box !== null,
    );

    const got = await forge(page, browser.extensionId);
    expect(got['toolbar.shadowRoot']).toBeNull();
    expect(got['toolbar.text']).toBe('');
    expect(got.runtimeSendMessage).toBe('undefined');
    expect(got.rangesOutsideDocument).toBe(0);

    // The reader view renders the article body: its handlers, scripts and escaped markup must stay inert.
    expect(await sendToTab(browser, tabId, 'reader/open', { open: true })).toEqual({ ok: true, value: null });
    await until(
      'the reader view',
      () => hostBox(page, 'reader'),
      (box) => box !== null,
    );
    const inReader = await forge(page, browser.extensionId);
    expect(inReader['reader.shadowRoot']).toBeNull();
    expect(inReader['reader.text']).toBe('');
    expect(inReader.rangesOutsideDocument).toBe(0);

    // A synthetic Escape does nothing; the reader's real key press closes the reader.
    await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await page.waitForTimeout(300);
    expect(await hostBox(page, 'reader')).not.toBeNull();

    const seen = await spy(page);
    expect(seen.shadowRoots, "the page's attachShadow hook caught a Gloss root").toBe(0);
    expect(seen.openRoots).toBe(0);
    expect(seen.hosts).toEqual(expect.arrayContaining(['toolbar', 'reader']));
    expect(seen.attachThrew, 'every host already has a (closed) shadow root').toBe(seen.hosts.length);
    // The image handler ran once on the page itself (so this check can fail), never inside Gloss.
    expect(seen.ran).toContain('page-img');
    expect(seen.ran.filter((where) => where !== 'page-img')).toEqual([]);
    expect(seen.scriptRuns).toBe(1);
    // The only window messages are the page's own forgeries (twice): Gloss posts nothing to the page, not even
    // WXT's "content script started" note with the extension id.
    const forged = (m: string) => m.includes('selection/annotate') || m.includes('annotation/save');
    expect(seen.messages.filter((m) => !forged(m))).toEqual([]);
    expect(seen.messages).toHaveLength(4);
    expect(await storedAnnotations(browser), 'forged messages and clicks saved something').toEqual([]);

    await page.keyboard.press('Escape');
    await until(
      'the reader to close',
      () => hostBox(page, 'reader'),
      (box) => box === null,
    );
    // The same toolbar does work for the reader's own click.
    await selectText(page, SENTENCE);
    await clickToolbar(page, 'note');
    await editorCard(page);
    await clickEditorButton(page, 'editor-save');
    const saved = await until(
      'the real note',
      () => storedAnnotations(browser),
      (all) => all.length === 1,
    );
    expect(saved[0]).toMatchObject({ kind: 'note', exact: SENTENCE });
    await until(
      'the editor to close',
      () => hostBox(page, 'editor'),
      (box) => box === null,
    );

    // The page forges a mousemove over the note's highlight: no card. The reader's own mouse: the card.
    const at = await until(
      'the note highlight',
      () =>
        page.evaluate(() => {
          const ranges = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-note');
          const r = ranges ? [...ranges][0]?.getClientRects()[0] : undefined;
          return r ? { x: r.left + 5, y: r.top + r.height / 2 } : null;
        }),
      (p) => p !== null,
    );
    await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true })),
      at!,
    );
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
    expect(await hostBox(page, 'card'), 'a forged mousemove showed the card').toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await until(
      "the card for the reader's own mouse",
      () => hostBox(page, 'card'),
      (box) => box !== null,
    );
  });
});
