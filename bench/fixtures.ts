/**
 * Gloss's own pages for detection: tests/fixtures/non-articles/*.html (must be rejected) and
 * tests/fixtures/articles/<name>/page.html (must be detected). Read straight from disk so the benchmark does not
 * depend on the test helpers' API.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from './systems';

export interface DetectionPage {
  /** Benchmark id or fixture name. */
  name: string;
  url: string;
  html: string;
  /** What detectArticle should say. */
  expectArticle: boolean;
}

/** A fixture's URL: its expected.json `url`, else the page's canonical / og:url, else none. */
function fixtureUrl(html: string, expected: { url?: unknown } | null): string {
  if (expected && typeof expected.url === 'string') return expected.url;
  const doc = parseDocument(html);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return canonical ?? og ?? '';
}

function readJson(file: string): { url?: unknown; isArticle?: unknown } | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { url?: unknown; isArticle?: unknown };
  } catch {
    return null;
  }
}

export function loadNonArticlePages(repoRoot: string): DetectionPage[] | null {
  const dir = path.join(repoRoot, 'tests/fixtures/non-articles');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(path.join(dir, f), 'utf8');
      const sidecar = readJson(path.join(dir, f.replace(/\.html$/, '.json')));
      return { name: f.replace(/\.html$/, ''), url: fixtureUrl(html, sidecar), html, expectArticle: false };
    });
}

export function loadArticleFixturePages(repoRoot: string): DetectionPage[] | null {
  const dir = path.join(repoRoot, 'tests/fixtures/articles');
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'page.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const html = readFileSync(path.join(dir, name, 'page.html'), 'utf8');
      const expected = readJson(path.join(dir, name, 'expected.json'));
      // An article fixture may deliberately be a non-article (expected.json says so); respect that.
      const expectArticle = expected?.isArticle !== false;
      return { name, url: fixtureUrl(html, expected), html, expectArticle };
    });
}

/** A folder of `<name>.html` pages, each with a `<name>.json` sidecar giving its URL: all articles or none. */
export function loadDetectionFolder(repoRoot: string, folder: string, expectArticle: boolean): DetectionPage[] | null {
  const dir = path.join(repoRoot, 'tests/fixtures', folder);
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(path.join(dir, f), 'utf8');
      return {
        name: f.replace(/\.html$/, ''),
        url: fixtureUrl(html, readJson(path.join(dir, f.replace(/\.html$/, '.json')))),
        html,
        expectArticle,
      };
    });
}
