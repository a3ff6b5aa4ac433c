/**
 * Sync end to end: two Chromium profiles, A and B (two devices of one reader), replicate through a real
 * CouchDB-protocol server that the test starts (`npm run sync-server`'s, from npm packages). Everything is done as the reader
 * does it: the Sync settings in the options page, annotating on the page, what the other profile then shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir } from './extension-dir';
import type { Page } from 'playwright-core';
import { popupUrl } from '../../scripts/chromium.mjs';
import {
  launchGloss,
  openTab,
  paintedText,
  quoteWithSpeaker,
  readPage,
  startPhaseServer,
  storedAnnotations,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';
import { setupDesk, startSyncServer, type SyncServer } from '../sync-server-harness';
import { connectSync, sendFromPage } from './pages/sync-ui';

const PATH = '/news/2026/night-ferry.html';
const QUOTE = 'The budget simply does not add up for a sevice this small';

let pages: PhaseServer;
let server: SyncServer;
const profiles = [tempProfile(), tempProfile()];
let a: GlossBrowser;
let b: GlossBrowser;

beforeAll(async () => {
  pages = await startPhaseServer();
  pages.set(PATH, readPage('article.html'));
  server = await startSyncServer();
  await setupDesk(server.url, server.admin, {
    desk: 'gloss-jane',
    members: ['jane'],
    users: [{ name: 'jane', password: 'ferry-night-42' }],
  });
  a = await launchGloss(extensionDir(), profiles[0]!.dir);
  b = await launchGloss(extensionDir(), profiles[1]!.dir);
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await server?.stop();
  await pages?.close();
  for (const p of profiles) p.remove();
});

/** Connects a profile to the test server in the options page; answers the server it then shows, or the error. */
function connect(browser: GlossBrowser, password: string, account = 'jane', database = 'gloss-jane', desk?: string): Promise<string> {
  return connectSync(browser, { server: server.url, account, password, database, desk }, 20_000);
}

describe('sync between two profiles through a sync server', () => {
  it('a wrong password gives a clear error and saves nothing', async () => {
    expect(await connect(a, 'not-the-password')).toMatch(/refused the account name or password/);
  });

  it('A annotates, and B sees the quote and its highlight', async () => {
    expect(await connect(a, 'ferry-night-42')).toBe(server.url);
    expect(await connect(b, 'ferry-night-42')).toBe(server.url);

    await quoteWithSpeaker(a, `${pages.origin}${PATH}`, QUOTE, 'Tomas Berg');

    // B's library is open: sync runs live there, and the quote shows up in the list.
    const library = await b.context.newPage();
    await library.goto(`chrome-extension://${b.extensionId}/library.html`);
    await until(
      "the quote in B's library",
      () => library.getByText(QUOTE).count(),
      (n) => n > 0,
      30_000,
    );
    expect(await library.getByTestId('row-creator').first().textContent()).toBe('by jane');
    const [seen] = await storedAnnotations(b);
    expect(seen).toMatchObject({ kind: 'quote', exact: QUOTE, speaker: { name: 'Tomas Berg', role: null } });
    const onB = await openTab(b, `${pages.origin}${PATH}`);
    await until(
      'B to paint the highlight',
      () => paintedText(onB.page, 'gloss-quote'),
      (texts) => texts.length === 1,
    );
    expect(await paintedText(onB.page, 'gloss-quote')).toEqual([QUOTE]);
  });
});

/** Saves an annotation from an extension page, as the popup's editor does. */
const saveFrom = (page: Page, annotation: object): Promise<unknown> => sendFromPage(page, 'annotation/save', { annotation });

const versionsShown = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid="conflict-version"]')].map((li) => li.textContent ?? ''));

describe('two people change one claim while the server is down', () => {
  let c: GlossBrowser;
  let d: GlossBrowser;
  const more = [tempProfile(), tempProfile()];
  afterAll(async () => {
    await Promise.all([c?.close(), d?.close()]);
    for (const p of more) p.remove();
  });

  it('both versions are shown with who changed what, and the choice reaches both profiles', async () => {
    await setupDesk(server.url, server.admin, {
      desk: 'desk-night',
      members: ['jane', 'omar'],
      users: [
        { name: 'jane', password: 'ferry-night-42' },
        { name: 'omar', password: 'harbour-lights-7' },
      ],
    });
    c = await launchGloss(extensionDir(), more[0]!.dir);
    d = await launchGloss(extensionDir(), more[1]!.dir);
    expect(await connect(c, 'ferry-night-42', 'jane', 'desk-night')).toBe(server.url);
    expect(await connect(d, 'harbour-lights-7', 'omar', 'desk-night')).toBe(server.url);
    const [onC, onD] = await Promise.all(
      [c, d].map(async (browser) => {
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
        return page;
      }),
    );
    const claim = {
      id: '6f1c2b9e-3d4a-4c8b-9e7f-0a1b2c3d4e5f',
      kind: 'claim',
      pageUrl: `${pages.origin}${PATH}`,
      exact: 'Ridership fell by a third',
      selectors: [{ type: 'TextQuoteSelector', exact: 'Ridership fell by a third', prefix: '', suffix: '' }],
      speaker: null,
      verdict: 'unverified',
      sources: [],
      comment: '',
      tags: [],
      created: '2026-12-07T10:00:00.000Z',
      updated: '2026-12-07T10:00:00.000Z',
    };
    await saveFrom(onC!, claim);
    await until(
      'D to receive the claim',
      () => storedAnnotations(d),
      (all) => all.length === 1,
      30_000,
    );

    await server.shutDown();
    await saveFrom(onC!, { ...claim, verdict: 'false', comment: 'the 2025 count says otherwise' });
    await saveFrom(onD!, { ...claim, verdict: 'supported' });
    await server.restart();

    for (const page of [onC!, onD!]) {
      const shown = await until(
        'both versions in the library',
        () => versionsShown(page),
        (v) => v.length === 2,
        30_000,
      );
      // The verdict as the UI names it ("False", "Supported").
      expect(shown.join('\n')).toMatch(/jane: verdict: false/i);
      expect(shown.join('\n')).toMatch(/omar: verdict: supported/i);
    }
    // The popup says it in one line too.
    const { tabId } = await openTab(c, `${pages.origin}${PATH}`);
    const popup = await c.context.newPage();
    await popup.goto(popupUrl(c.extensionId, tabId));
    await until(
      "the popup's sync line",
      () =>
        popup
          .getByTestId('popup-sync')
          .textContent()
          .catch(() => null),
      (t) => /2 versions: choose in the library/.test(t ?? ''),
      15_000,
    );
    await popup.close();

    await onC!.getByRole('button', { name: 'Keep omar’s version' }).click();
    for (const browser of [c, d]) {
      await until(
        'the kept verdict on both profiles',
        () => storedAnnotations(browser),
        (all) => (all[0] as { verdict?: string } | undefined)?.verdict === 'supported',
        30_000,
      );
    }
    for (const page of [onC!, onD!])
      await until(
        'one version left',
        () => versionsShown(page),
        (v) => v.length === 0,
        30_000,
      );
  });
});

describe('a reader-only member of a desk', () => {
  let e: GlossBrowser;
  const profile = tempProfile();
  afterAll(async () => {
    await e?.close();
    profile.remove();
  });

  it('is refused a write with a message, and the annotation stays, in their own database', async () => {
    await setupDesk(server.url, server.admin, {
      desk: 'desk-wire',
      members: ['jane'],
      readers: ['rita'],
      users: [{ name: 'rita', password: 'wire-room-3' }],
    });
    await setupDesk(server.url, server.admin, { desk: 'gloss-rita', members: ['rita'] });
    e = await launchGloss(extensionDir(), profile.dir);
    expect(await connect(e, 'wire-room-3', 'rita', 'gloss-rita', 'desk-wire')).toBe(server.url);

    await quoteWithSpeaker(e, `${pages.origin}${PATH}`, QUOTE, 'Tomas Berg');

    const library = await e.context.newPage();
    await library.goto(`chrome-extension://${e.extensionId}/library.html`);
    const summary = await until(
      'the refusal in the Sync summary',
      () => library.getByTestId('sync-summary').textContent(),
      (text) => /refused by desk desk-wire/.test(text ?? ''),
      30_000,
    );
    expect(summary).toMatch(/rita may only read desk desk-wire.*kept in your own database/);
    const admin = { Authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}` };
    const [stored] = await storedAnnotations(e);
    const inOwn = await until(
      "the quote in rita's own database",
      () => fetch(`${server.url}/gloss-rita/annotation:${stored!.id}`, { headers: admin }).then((r) => r.status),
      (status) => status === 200,
      30_000,
    );
    expect(inOwn).toBe(200);
    expect((await fetch(`${server.url}/desk-wire/annotation:${stored!.id}`, { headers: admin })).status).toBe(404);
    expect(await storedAnnotations(e)).toHaveLength(1);
  });
});
