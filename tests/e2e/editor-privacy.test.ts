/**
 * What a reader types into Gloss's editor on a page is not the page's to read. The article here logs every key
 * and input event it can hear, in the capture phase on window and document (as session-replay scripts do), and
 * tries to read the editor's frame. The reader annotates and types a speaker and a comment; the page hears none
 * of it, and what was typed is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir } from './extension-dir';
import {
  clickToolbar,
  editorCard,
  launchGloss,
  openTab,
  readPage,
  selectText,
  startPhaseServer,
  storedAnnotations,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';

const QUOTE = 'The budget simply does not add up for a sevice this small';
const SPEAKER = 'Tomas Berg';

// Everything a keylogger would listen to, as early as a page can.
const KEYLOGGER = `<script>
  window.heard = [];
  for (const target of [window, document]) {
    for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'compositionend', 'paste']) {
      target.addEventListener(type, (e) => window.heard.push(type + ':' + (e.key ?? e.data ?? '')), true);
    }
  }
  window.frameText = () => [...document.querySelectorAll('iframe')].map((f) => { try { return f.contentDocument?.body?.innerText ?? null; } catch { return 'blocked'; } });
</script>`;

let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();

beforeAll(async () => {
  server = await startPhaseServer();
  server.set('/news/keylogger.html', readPage('article.html').replace('</body>', `${KEYLOGGER}</body>`));
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

describe('the editor on a page that logs keys', () => {
  it('saves what the reader typed, and the page heard none of it', async () => {
    const { page } = await openTab(browser, `${server.origin}/news/keylogger.html`);
    await selectText(page, QUOTE);
    await clickToolbar(page, 'quote');
    await editorCard(page);
    await page.evaluate(() => ((window as unknown as { heard: string[] }).heard.length = 0));

    await page.keyboard.type(SPEAKER);
    await page.keyboard.press('Enter');
    const [saved] = await until(
      'the speaker to be saved',
      () => storedAnnotations(browser),
      (all) => all[0]?.speaker?.name === SPEAKER,
    );
    expect(saved).toMatchObject({ exact: QUOTE, speaker: { name: SPEAKER } });

    // Enter saved and closed the card, so its key-up may land on the page, which has the focus again: that says
    // nothing of what was typed. Everything else would.
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter((event) => event !== 'keyup:Enter'));
    expect(heard, 'key and input events the page heard while the reader typed').toEqual([]);
    // The page can't look inside the frame either, nor reach it: it sits in a closed shadow root, so it is neither
    // in the page's DOM nor in window.frames (which a page could postMessage to or navigate).
    expect(await page.evaluate(() => (window as unknown as { frameText(): unknown[] }).frameText())).toEqual([]);
    expect(await page.evaluate(() => window.frames.length)).toBe(0);

    // The next quote's speaker field suggests the name just saved: the frame asks the background itself (a content
    // script is refused suggestions, which span every site).
    await selectText(page, 'The pilot will cost an estimated 2.4 million euros');
    await clickToolbar(page, 'quote');
    await editorCard(page);
    // The frame is the same one as before: wait for it to show the new quote, with the focus, before typing.
    const frame = page.frames().find((f) => f.url().includes('/editor-frame.html'))!;
    await until(
      'the editor on the new quote',
      () =>
        frame.evaluate(() => ({
          quote: document.body.textContent?.includes('2.4 million euros') ?? false,
          focused: document.hasFocus() && document.activeElement?.getAttribute('data-testid') === 'editor-speaker-name',
        })),
      (state) => state.quote && state.focused,
    );
    await page.keyboard.type('Tom');
    const options = frame.locator('[data-testid="editor-speaker-name-options"] [role="option"]');
    await options.first().waitFor({ timeout: 10_000 });
    expect(await options.allTextContents()).toEqual([expect.stringContaining(SPEAKER)]);
    await page.close();
  });
});
