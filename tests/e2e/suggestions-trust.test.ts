/**
 * What Gloss suggests on its own must not put words in the wrong mouth, on a plain-http news site (news.example):
 * "…, American officials said" near "South Sudan" is an unnamed source, not South Sudan; a clause ("Although no
 * group claimed responsibility") is not a speaker; a scare quote is not a suggestion; a named speaker's quote is.
 * The popup shows the same, as a reader sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupUrl } from '../../scripts/chromium.mjs';
import { extensionDir } from './extension-dir';
import {
  launchGloss,
  openTab,
  readPage,
  sendToTab,
  startPhaseServer,
  tempProfile,
  until,
  type GlossBrowser,
  type PhaseServer,
} from './pages/harness';

interface SuggestionAnswer {
  kind: 'quote' | 'claim';
  text: string;
  speaker: { name: string } | null;
  unnamed?: string;
  state: string;
}

let server: PhaseServer;
let browser: GlossBrowser;
const profile = tempProfile();

beforeAll(async () => {
  server = await startPhaseServer();
  server.set('/world/sudan-talks.html', readPage('officials.html'));
  browser = await launchGloss(extensionDir(), profile.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile.remove();
});

describe('suggestions a reader can trust', () => {
  it('names no place or clause as a speaker, shows no scare quote, and keeps the named speaker', async () => {
    const { page, tabId } = await openTab(browser, `${server.origin}/world/sudan-talks.html`);
    const answer = await until(
      'page/suggestions',
      () => sendToTab<SuggestionAnswer[]>(browser, tabId, 'page/suggestions'),
      (a) => a.ok,
    );
    if (!answer.ok) throw new Error(answer.error);
    const suggestions = answer.value;
    const names = suggestions.map((s) => s.speaker?.name ?? null);

    expect(names).not.toContain('South Sudan');
    expect(names.filter((n) => n && /^Although/.test(n))).toEqual([]);
    const progress = suggestions.find((s) => s.text.startsWith('Sudan had already shown important progress'));
    expect(progress, "the officials' claim is suggested").toBeDefined();
    expect(progress).toMatchObject({ speaker: null, unnamed: 'American officials' });
    expect(suggestions.map((s) => s.text)).not.toContain('distressing');
    expect(suggestions.map((s) => s.text)).not.toContain('humanitarian pause');
    expect(suggestions.find((s) => s.text.startsWith('We are not asking for peace overnight'))).toMatchObject({
      kind: 'quote',
      speaker: { name: 'Amina Yusuf' },
    });

    // The popup: no false name, the unnamed source described, and People quoted lists only the person.
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.getByTestId('suggestion').first().waitFor({ timeout: 10_000 });
    const toggle = popup.getByTestId('suggestions-toggle');
    if ((await toggle.count()) > 0) await toggle.click();
    expect(await popup.getByTestId('suggestion-speaker').allTextContents()).not.toContain('South Sudan');
    expect(await popup.getByTestId('suggestion-unnamed').allTextContents()).toContain('unnamed: American officials');
    expect(await popup.getByTestId('people-quoted').locator('li').allTextContents()).toEqual([expect.stringMatching(/^Amina Yusuf/)]);
    await popup.close();
    await page.close();
  });
});
