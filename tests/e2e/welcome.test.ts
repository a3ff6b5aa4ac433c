/**
 * First run in real Chromium: installing Gloss into a fresh profile opens the welcome page in the front tab. It
 * shows the three steps on the demo article's words (select and annotate, suggestions, the library), loads
 * nothing from outside the extension, has no serious or critical axe violations (WCAG 2.2 AA) in light or dark,
 * and its library link opens the library.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SELECTION, DEMO_SUGGESTION, DEMO_SUGGESTION_SPEAKER } from '../../components/welcome/demo-article';
import { extensionDir } from './extension-dir';
import { axeViolations, describeViolations } from './pages/axe';
import { launchGloss, tempProfile, until, type GlossBrowser } from './pages/harness';

type CommandsApi = { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } };
type TabsApi = { chrome: { tabs: { query(q: object): Promise<{ url?: string; active: boolean }[]> } } };

const profile = tempProfile();
let browser: GlossBrowser;
let welcome: Page;

beforeAll(async () => {
  browser = await launchGloss(extensionDir(), profile.dir, { keepWelcome: true });
  const url = `chrome-extension://${browser.extensionId}/welcome.html`;
  const found = await until(
    'the welcome page to open by itself',
    async () => browser.context.pages().find((page) => page.url() === url),
    Boolean,
    20_000,
  );
  welcome = found!;
  await welcome.waitForSelector('[data-testid="welcome-steps"]');
});

afterAll(async () => {
  await browser?.close();
  profile.remove();
});

describe('the welcome page on a fresh install', () => {
  it('opens once, in the front tab', async () => {
    const tabs = await browser.serviceWorker.evaluate(() => (globalThis as unknown as TabsApi).chrome.tabs.query({}));
    const welcomeTabs = tabs.filter((tab) => tab.url?.endsWith('/welcome.html'));
    expect(welcomeTabs).toHaveLength(1);
    expect(welcomeTabs[0]!.active).toBe(true);
  });

  it('shows the three steps on the demo article: select and annotate, suggestions, the library', async () => {
    await expect(welcome.title()).resolves.toBe('Welcome to Gloss');
    expect(await welcome.locator('h1').innerText()).toContain('Welcome to Gloss');
    expect(await welcome.locator('h2').allInnerTexts()).toEqual([
      '1. Select a passage and annotate it',
      '2. Suggestions: the quotes Gloss finds for you',
      '3. Your library',
    ]);
    const annotate = welcome.getByTestId('welcome-annotate');
    expect(await annotate.locator('.demo-selected').innerText()).toBe(DEMO_SELECTION.passage);
    expect(await annotate.innerText()).toMatch(/Quote[\s\S]*Claim[\s\S]*Note[\s\S]*Save/);
    const suggestions = welcome.getByTestId('welcome-suggestions');
    expect(await suggestions.locator('.demo-suggested').innerText()).toBe(DEMO_SUGGESTION.passage);
    expect(await suggestions.innerText()).toContain(DEMO_SUGGESTION_SPEAKER);
    // The reader view's shortcut as the browser has it (headless Chromium may assign none: then none is shown).
    const shortcut = await browser.serviceWorker.evaluate(async () => {
      const commands = await (globalThis as unknown as CommandsApi).chrome.commands.getAll();
      return commands.find((command) => command.name === 'open-reader')?.shortcut ?? '';
    });
    const shown = await welcome.getByTestId('welcome-library').locator('kbd').allInnerTexts();
    expect(shown).toEqual(shortcut ? [shortcut] : []);
  });

  it('works offline: it loads only the extension’s own files', async () => {
    const requested: string[] = [];
    welcome.on('request', (request) => void requested.push(request.url()));
    await browser.context.setOffline(true);
    try {
      await welcome.reload();
      await welcome.getByTestId('welcome-steps').waitFor();
    } finally {
      await browser.context.setOffline(false);
    }
    const own = `chrome-extension://${browser.extensionId}/`;
    // Its script and stylesheet were requested again (so this saw the page load), and nothing else.
    expect(requested.some((url) => url.endsWith('.js'))).toBe(true);
    expect(requested.some((url) => url.endsWith('.css'))).toBe(true);
    expect(requested.filter((url) => !url.startsWith(own))).toEqual([]);
  });

  it('has no serious or critical accessibility violations, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme: scheme });
      const violations = await axeViolations(welcome);
      if (violations.length > 0) console.log(`[axe] welcome (${scheme}):\n${describeViolations(violations)}`);
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking, `welcome (${scheme}):\n${describeViolations(blocking)}`).toEqual([]);
    }
    const landmarks = await welcome.evaluate(() => ['header', 'main', 'footer'].map((tag) => document.querySelectorAll(tag).length));
    expect(landmarks).toEqual([1, 1, 1]);
  });

  it('its library link opens the library', async () => {
    await welcome.getByTestId('welcome-open-library').click();
    await welcome.waitForURL(`chrome-extension://${browser.extensionId}/library.html`);
    await expect(welcome.locator('h1').innerText()).resolves.toContain('Gloss library');
    await welcome.getByTestId('library-empty').waitFor();
  });
});
