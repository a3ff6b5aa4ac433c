/**
 * Sync end to end: two Chromium profiles, A and B (two devices of one reader), replicate through a real
 * CouchDB-protocol server that the test starts (`npm run sync-server`'s, from npm packages). Everything is done as the reader
 * does it: the Sync settings in the options page, annotating on the page, what the other profile then shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir } from './extension-dir';
import {
  clickToolbar, editorCard, launchGloss, openTab, paintedText, readPage, selectText, startPhaseServer, storedAnnotations, tempProfile, until,
  type GlossBrowser, type PhaseServer,
} from './pages/harness';
import { setupDesk, startSyncServer, type SyncServer } from '../sync-server-harness';

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
  await setupDesk(server.url, server.admin, { desk: 'gloss-jane', members: ['jane'], users: [{ name: 'jane', password: 'ferry-night-42' }] });
  a = await launchGloss(extensionDir(), profiles[0]!.dir);
  b = await launchGloss(extensionDir(), profiles[1]!.dir);
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await server?.stop();
  await pages?.close();
  for (const p of profiles) p.remove();
});

/** Fills the Sync settings in the options page and connects; answers the summary line it then shows. */
async function connect(browser: GlossBrowser, password: string): Promise<string> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('sync-server').fill(server.url);
  await options.getByTestId('sync-account').fill('jane');
  await options.getByTestId('sync-password').fill(password);
  await options.getByTestId('sync-personal').fill('gloss-jane');
  await options.getByTestId('sync-connect').click();
  const shown = await until(
    'an error or the connected panel',
    () => options.evaluate(() => {
      const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() || null;
      return text('sync-error') ?? text('sync-server');
    }),
    (text) => text !== null,
    20_000,
  );
  await options.close();
  return shown ?? '';
}

describe('sync between two profiles through a sync server', () => {
  it('a wrong password gives a clear error and saves nothing', async () => {
    expect(await connect(a, 'not-the-password')).toMatch(/refused the account name or password/);
  });

  it('A annotates, and B sees the quote and its highlight', async () => {
    expect(await connect(a, 'ferry-night-42')).toBe(server.url);
    expect(await connect(b, 'ferry-night-42')).toBe(server.url);

    const { page } = await openTab(a, `${pages.origin}${PATH}`);
    await selectText(page, QUOTE);
    await clickToolbar(page, 'quote');
    await editorCard(page);
    await page.keyboard.type('Tomas Berg');
    await page.keyboard.press('Enter');
    await until('A to store the quote', () => storedAnnotations(a), (all) => all.length === 1);

    // B's library is open: sync runs live there, and the quote shows up in the list.
    const library = await b.context.newPage();
    await library.goto(`chrome-extension://${b.extensionId}/library.html`);
    await until('the quote in B\'s library', () => library.getByText(QUOTE).count(), (n) => n > 0, 30_000);
    const [seen] = await storedAnnotations(b);
    expect(seen).toMatchObject({ kind: 'quote', exact: QUOTE, speaker: { name: 'Tomas Berg', role: null } });
    const onB = await openTab(b, `${pages.origin}${PATH}`);
    await until('B to paint the highlight', () => paintedText(onB.page, 'gloss-quote'), (texts) => texts.length === 1);
    expect(await paintedText(onB.page, 'gloss-quote')).toEqual([QUOTE]);
  });
});
