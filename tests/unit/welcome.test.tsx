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
  const api: WelcomeApi = {
    runtime: {
      onInstalled: { addListener: (l) => void (listener = l) },
      getURL: (path) => `chrome-extension://gloss-id${path}`,
    },
    tabs: { create },
  };
  return { api, create, install: (reason: string) => listener!({ reason }) };
}

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page when Gloss is installed', () => {
    const browser = fakeBrowser();
    openWelcomeOnInstall(browser.api);
    browser.install('install');
    expect(browser.create.mock.calls).toEqual([[{ url: `chrome-extension://gloss-id${WELCOME_PAGE}` }]]);
  });

  it('does not open it on an update of Gloss or of the browser', () => {
    const browser = fakeBrowser();
    openWelcomeOnInstall(browser.api);
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update']) browser.install(reason);
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
