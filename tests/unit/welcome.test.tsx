// @vitest-environment happy-dom
/**
 * First run: the background opens the welcome page on install only, and the page shows the demo article's own
 * words (demo/article.html, the page `npm start` opens), so a change to the demo can't leave it describing text
 * that isn't there.
 */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { openWelcomeOnInstall, WELCOME_PAGE, type WelcomeApi } from '@/entrypoints/background/welcome';
import { Welcome } from '@/components/welcome/Welcome';
import { DEMO_HEADLINE, DEMO_SELECTION, DEMO_SITE, DEMO_SUGGESTION, type MarkedParagraph } from '@/components/welcome/demo-article';

function fakeBrowser() {
  let listener: ((details: { reason: string }) => void) | undefined;
  const create = vi.fn(async (_properties: { url: string }) => ({}));
  const stored: Record<string, unknown> = {};
  const api: WelcomeApi = {
    runtime: {
      onInstalled: { addListener: (l) => void (listener = l) },
      getURL: (path) => `chrome-extension://gloss-id${path}`,
    },
    tabs: { create },
    storage: {
      local: {
        get: async (key) => (key in stored ? { [key]: stored[key] } : {}),
        set: async (items) => void Object.assign(stored, items),
      },
    },
  };
  /** Fires onInstalled, then lets its storage calls and the tab creation (all promptly resolved fakes) finish. */
  const install = async (reason: string) => {
    listener!({ reason });
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { api, create, install };
}

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page when Gloss is installed', async () => {
    const browser = fakeBrowser();
    openWelcomeOnInstall(browser.api);
    await browser.install('install');
    expect(browser.create.mock.calls).toEqual([[{ url: `chrome-extension://gloss-id${WELCOME_PAGE}` }]]);
  });

  it('opens it once, though Chromium reports a command-line unpacked extension as installed at every start', async () => {
    const browser = fakeBrowser();
    openWelcomeOnInstall(browser.api);
    await browser.install('install');
    expect(browser.create).toHaveBeenCalledTimes(1);
    openWelcomeOnInstall(browser.api); // the next start: a new background, the same storage
    await browser.install('install');
    expect(browser.create).toHaveBeenCalledTimes(1);
  });

  it('does not open it on an update of Gloss or of the browser', async () => {
    const browser = fakeBrowser();
    openWelcomeOnInstall(browser.api);
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update']) await browser.install(reason);
    expect(browser.create).not.toHaveBeenCalled();
  });
});

describe('the welcome page', () => {
  const demo = parseHTML(readFileSync('demo/article.html', 'utf8')).document;
  const paragraphs = [...demo.querySelectorAll('p')].map((p) => p.textContent ?? '');
  const whole = (text: MarkedParagraph) => text.before + text.passage + text.after;

  it("quotes the demo article's words verbatim", () => {
    expect(demo.querySelector('h1')?.textContent).toBe(DEMO_HEADLINE);
    expect(demo.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(DEMO_SITE);
    for (const text of [DEMO_SELECTION, DEMO_SUGGESTION]) expect(paragraphs.some((p) => p.includes(whole(text)))).toBe(true);
  });

  it('links the library and settings, and leaves out a shortcut the reader removed', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Welcome libraryHref="/library.html" settingsHref="/options.html" readerShortcut={null} />, root));
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Open your library');
    expect(link?.getAttribute('href')).toBe('/library.html');
    expect(root.querySelector('a[href="/options.html"]')?.textContent).toBe('Settings');
    expect(root.querySelector('kbd')).toBeNull();
    expect(root.textContent).toContain(whole(DEMO_SELECTION));
  });
});
