/**
 * The reader view's sanitizer (components/reader/sanitize.ts) in a real browser: DOMPurify needs a real DOM
 * (happy-dom and linkedom both let scripts through it), so the module is bundled as it ships and run in
 * Chromium against hostile article HTML that skips the cleaner.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const HOSTILE = `
<p onclick="window.__pwned='onclick'" style="color:red" class="x" id="y">Plain <strong>strong</strong> <em>em</em></p>
<script>window.__pwned = 'script'</script>
<img src="x" onerror="window.__pwned='onerror'">
<figure><img src="http://127.0.0.1:9/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>
<a href="javascript:window.__pwned='js-link'">js link</a> <a href="https://example.com/story">web link</a>
<a href="data:text/html,<script>alert(1)</script>">data link</a>
<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe><form action="https://evil.example"><input name="q" autofocus onfocus="window.__pwned='focus'"></form>
<svg><script>window.__pwned='svg'</script><a href="javascript:1"><text>t</text></a></svg><math><mi>x</mi></math>
<style>body{display:none}</style><h2 style="x">Heading</h2>
<noscript><p title="</noscript><img src=x onerror=window.__pwned='mxss'>"></p></noscript>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [path.join(repoRoot, 'components/reader/sanitize.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'GlossSanitize',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.route(/^https?:\/\//, (route) => route.abort());
  await page.setContent('<!doctype html><body></body>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});

afterAll(async () => {
  await browser?.close();
});

describe('sanitizeArticleHtml in Chromium', () => {
  it("keeps only the cleaner's tags and safe URLs, runs nothing, and opens links in a new tab without an opener", async () => {
    const result = await page.evaluate(async (html) => {
      const { sanitizeArticleHtml, READER_TAGS } = (
        window as unknown as { GlossSanitize: typeof import('../../components/reader/sanitize') }
      ).GlossSanitize;
      const host = document.createElement('div');
      document.body.append(host);
      host.append(sanitizeArticleHtml(html, document));
      await new Promise((resolve) => setTimeout(resolve, 300)); // let images fail and handlers (if any) fire
      const elements = Array.from(host.querySelectorAll('*'));
      return {
        strayTags: elements.map((el) => el.localName).filter((tag) => !READER_TAGS.includes(tag)),
        attributes: [...new Set(elements.flatMap((el) => Array.from(el.attributes).map((a) => a.name)))].sort(),
        links: Array.from(host.querySelectorAll('a')).map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
        images: Array.from(host.querySelectorAll('img')).map((img) => img.getAttribute('src')),
        text: host.textContent?.replace(/\s+/g, ' ').trim(),
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      };
    }, HOSTILE);
    expect(result.strayTags).toEqual([]);
    expect(result.attributes).toEqual(['alt', 'href', 'loading', 'referrerpolicy', 'rel', 'src', 'target']);
    expect(result.links).toEqual([
      [null, null, null],
      ['https://example.com/story', '_blank', 'noopener noreferrer'],
      [null, null, null],
    ]);
    expect(result.images).toEqual([null, 'http://127.0.0.1:9/a.jpg']);
    expect(result.text).toContain('Plain strong em');
    expect(result.text).toContain('Heading');
    expect(result.pwned).toBeNull();
  });

  it('the same input, inserted raw, would have run (the check above can fail)', async () => {
    const pwned = await page.evaluate(async (html) => {
      const host = document.createElement('div');
      host.innerHTML = html; // eslint-disable-line no-restricted-properties -- deliberately unsafe control case
      document.body.append(host);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as unknown as { __pwned?: string }).__pwned ?? null;
    }, HOSTILE);
    expect(pwned).not.toBeNull();
  });
});
