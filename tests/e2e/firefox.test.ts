/**
 * Gloss in Firefox ESR (MV2 build), driven over WebDriver BiDi with puppeteer-core: the extension installs,
 * detects the served article, stores an annotation through its messaging, and finds it again after a reload.
 * Skips with a message when /usr/bin/firefox-esr (or GLOSS_FIREFOX) is missing.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeText } from '../../lib/anchoring';
import { textOfElement } from '../../lib/anchoring/dom';
import { normalizePageUrl } from '../../lib/db';
import type { AnchorReport } from '../../lib/messages';
import type { Annotation, Speaker } from '../../lib/model/annotation';
import {
  badgeText,
  FIREFOX_PATH,
  GECKO_ID,
  haveFirefox,
  launchFirefoxWithExtension,
  loadedManifest,
  openExtensionPage,
  popupUrl,
  sendFromExtensionPage,
  tabIdFor,
  waitForPageStatus,
  type FirefoxWithExtension,
} from '../../scripts/firefox.mjs';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedDir = path.resolve(repoRoot, '../shared/fixtures/sputnik-2014-us-iran');
const haveSeed = existsSync(path.join(seedDir, 'page.html'));
// Without ../shared the demo article stands in for the seed page, so the wiring is still tested.
const articleCase = haveSeed
  ? {
      dir: seedDir,
      file: 'page.html',
      title: 'US, Iran Cooperating in Fight Against IS: Former Iranian Diplomat',
      quote: 'Practically, Iranians and Americans are cooperating now against IS.',
      speaker: { name: 'Hossein Mousavian', role: 'former Iranian diplomat' },
    }
  : {
      dir: path.join(repoRoot, 'demo'),
      file: 'article.html',
      title: 'Riverside Council Backs Year-Long Trial of Electric Water Ferries',
      quote: 'People have been asking us for years why a city built on a river makes everyone queue on one bridge,',
      speaker: { name: 'Ines Barrow', role: 'Councillor' },
    };
if (!haveSeed) console.warn(`[e2e] seed fixture missing at ${seedDir}: using demo/article.html instead`);
if (!haveFirefox()) console.warn(`[e2e] Firefox not found at ${FIREFOX_PATH}: skipping the Firefox tests (apt-get install -y firefox-esr)`);

/** `.output/firefox-mv2` (what `npm run test:e2e` should build), or GLOSS_FIREFOX_EXTENSION_DIR for parallel runs. */
const extensionDir = process.env.GLOSS_FIREFOX_EXTENSION_DIR ?? path.join(repoRoot, '.output', 'firefox-mv2');

/** Builds the Firefox extension when no build is there yet (a stale one is the test script's job to refresh). */
function ensureBuilt(dir: string): void {
  if (existsSync(path.join(dir, 'manifest.json'))) return;
  if (path.basename(dir) !== 'firefox-mv2') throw new Error(`No Firefox build in ${dir}, and it is not a WXT output folder to build into`);
  console.warn(`[e2e] no Firefox build in ${dir}: building it`);
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], {
    cwd: repoRoot,
    env: { ...process.env, GLOSS_OUT_DIR: path.dirname(dir) },
    stdio: 'pipe',
    timeout: 80_000,
  });
}

/** An annotation of `quote` whose selectors come from describeText over the page's text, as the extension stores them. */
function annotationFor(url: string, quote: string, speaker: Speaker | null): Annotation {
  const { document } = parseHTML(readFileSync(path.join(articleCase.dir, articleCase.file), 'utf8'));
  const { text } = textOfElement(document.body as unknown as Element);
  const start = text.indexOf(quote);
  const selectors =
    start < 0
      ? [{ type: 'TextQuoteSelector' as const, exact: quote, prefix: '', suffix: '' }]
      : describeText(text, start, start + quote.length);
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    kind: 'quote',
    pageUrl: normalizePageUrl(url),
    exact: quote,
    selectors,
    speaker,
    verdict: null,
    sources: [],
    comment: '',
    tags: ['e2e'],
    created: now,
    updated: now,
  };
}

function valueOf<T>(answer: { ok: true; value: unknown } | { ok: false; error: string }, what: string): T {
  if (!answer.ok) throw new Error(`${what} failed: ${answer.error}`);
  return answer.value as T;
}

/** The content script may still be loading the page's annotations after it reports: ask until both are listed. */
async function anchorsListing(control: Page, tabId: number, ids: string[], timeout = 15_000): Promise<AnchorReport> {
  const deadline = Date.now() + timeout;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const answer = await sendFromExtensionPage(control, { type: 'page/anchors', payload: {} }, { tabId });
    if (!answer.ok && answer.error.includes('no handler for page/anchors')) {
      throw new Error(`the content script does not answer page/anchors: ${answer.error}`);
    }
    if (answer.ok) {
      const report = answer.value as AnchorReport;
      if (ids.every((id) => report.entries.some((entry) => entry.id === id))) return report;
    }
    last = JSON.stringify(answer);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`page/anchors never listed ${ids.join(', ')} within ${timeout} ms (last answer: ${last})`);
}

describe.skipIf(!haveFirefox())('Gloss in Firefox ESR', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;
  /** An extension page (the popup in its own tab) that sends messages and asks about tabs. */
  let control: Page;
  let article: Page;
  let articleUrl: string;
  let tabId: number;
  let saved: Annotation[] = [];

  beforeAll(async () => {
    ensureBuilt(extensionDir);
    server = await startServer(articleCase.dir);
    articleUrl = `${server.url}${articleCase.file}`;
    firefox = await launchFirefoxWithExtension(extensionDir, { headless: true });
    article = await firefox.browser.newPage();
    await article.goto(articleUrl, { timeout: 30_000 });
    control = await openExtensionPage(firefox.browser, `${firefox.baseUrl}popup.html`);
    tabId = await tabIdFor(control, articleUrl);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs the MV2 build, whose background answers messages', async () => {
    expect(firefox.addonId).toBe(GECKO_ID);
    const manifest = await loadedManifest(control);
    expect([manifest.name, manifest.manifest_version]).toEqual(['Gloss', 2]);
    // A storage message: the background opened its IndexedDB database in Firefox.
    const speakers = await sendFromExtensionPage(control, { type: 'suggest/speakers', payload: { prefix: '' } });
    expect(speakers).toEqual({ ok: true, value: expect.any(Array) });
  });

  it('detects the article: badge, and the title in the popup', async () => {
    const status = await waitForPageStatus(control, tabId);
    expect(status.detection.isArticle, 'the detector missed the article').toBe(true);
    expect(await badgeText(control, tabId)).toBe('✓');

    const popup = await openExtensionPage(firefox.browser, popupUrl(firefox.baseUrl, tabId));
    const heading = await popup.waitForSelector('[data-testid="article-title"]', { timeout: 10_000 });
    expect((await heading?.evaluate((el) => el.textContent))?.trim()).toBe(articleCase.title);
    const words = await popup.$eval('[data-testid="article-words"]', (el) => el.textContent ?? '');
    expect(Number(words.replace(/\D/g, ''))).toBeGreaterThan(100);
    await popup.close();
  });

  it('records an annotation of the article through the extension', async () => {
    const quote = annotationFor(articleUrl, articleCase.quote, articleCase.speaker);
    expect(quote.selectors, `"${articleCase.quote}" is not in the page text`).toHaveLength(2);
    // Text the page does not contain: must come back as an orphan, never dropped or placed somewhere.
    const orphan = annotationFor(articleUrl, 'A sentence this article never contained, anywhere at all.', null);
    for (const annotation of [quote, orphan]) {
      const stored = valueOf<Annotation>(
        await sendFromExtensionPage(control, { type: 'annotation/save', payload: { annotation } }),
        'annotation/save',
      );
      expect(stored).toMatchObject({ id: annotation.id, exact: annotation.exact, pageUrl: annotation.pageUrl });
    }
    saved = [quote, orphan];

    const listed = valueOf<Annotation[]>(
      await sendFromExtensionPage(control, { type: 'annotations/forPage', payload: { url: articleUrl } }),
      'annotations/forPage',
    );
    expect(listed.map((a) => [a.id, a.exact, a.speaker?.name ?? null])).toEqual([
      [quote.id, articleCase.quote, articleCase.speaker.name],
      [orphan.id, orphan.exact, null],
    ]);
  });

  it('re-anchors the annotation after a reload (the content script answers page/anchors)', async () => {
    expect(saved, 'the annotation test did not store anything').toHaveLength(2);
    const [quote, orphan] = saved as [Annotation, Annotation];
    const before = (await waitForPageStatus(control, tabId)).updatedAt;
    await article.reload({ timeout: 30_000 });
    await waitForPageStatus(control, tabId, { after: before });

    const report = await anchorsListing(control, tabId, [quote.id, orphan.id]);
    expect(normalizePageUrl(report.url)).toBe(normalizePageUrl(articleUrl));
    const entry = (id: string) => report.entries.find((e) => e.id === id);
    expect(entry(quote.id)).toMatchObject({ state: 'anchored', position: expect.any(Number) });
    expect(entry(quote.id)?.position).toBeGreaterThanOrEqual(0);
    expect(entry(orphan.id)).toEqual({ id: orphan.id, state: 'orphan', position: null });
  });
});
