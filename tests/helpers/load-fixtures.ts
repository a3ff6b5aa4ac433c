/**
 * Fixture loading shared by the unit tests and the benchmark: the article fixtures (page.html + expected.json),
 * the non-article pages, and the seed fixture that lives outside the repo in ../shared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const articleFixturesDir = path.join(repoRoot, 'tests/fixtures/articles');
export const nonArticleFixturesDir = path.join(repoRoot, 'tests/fixtures/non-articles');
/** Benchmark datasets and the seed fixture; not part of the repo, so tests that need it skip without it. */
export const sharedFixturesDir = path.resolve(repoRoot, '../shared/fixtures');
export const seedSlug = 'sputnik-2014-us-iran';
export const seedDir = path.join(sharedFixturesDir, seedSlug);

/** The golden file of an article fixture: only the metadata keys the page clearly provides are present. */
export interface ExpectedArticle {
  url: string;
  isArticle: true;
  title: string;
  byline?: string;
  published?: string;
  modified?: string;
  siteName?: string;
  section?: string;
  tags?: string[];
  lang?: string;
  dir?: 'ltr' | 'rtl';
  excerpt?: string;
  paragraphs: string[];
}

/** Metadata keys of ExpectedArticle that are compared one to one with the same key of Article. */
export const expectedMetadataKeys = [
  'title',
  'byline',
  'published',
  'modified',
  'siteName',
  'section',
  'tags',
  'lang',
  'dir',
  'excerpt',
] as const;

export interface ArticleFixture {
  slug: string;
  dir: string;
  html: string;
  /** null when the folder has no expected.json yet (the fixture test fails unless GLOSS_UPDATE_GOLDEN=1). */
  expected: ExpectedArticle | null;
}

export interface NonArticlePage {
  slug: string;
  html: string;
}

/** Parses a whole HTML page into a linkedom Document, the way the CLI and the benchmark do. */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function readExpected(dir: string): ExpectedArticle | null {
  const file = path.join(dir, 'expected.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ExpectedArticle) : null;
}

function readArticleFixture(dir: string, slug: string): ArticleFixture {
  return { slug, dir, html: readFileSync(path.join(dir, 'page.html'), 'utf8'), expected: readExpected(dir) };
}

/** Every folder under tests/fixtures/articles that has a page.html, sorted by slug. */
export function listArticleFixtures(): ArticleFixture[] {
  return readdirSync(articleFixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(articleFixturesDir, entry.name, 'page.html')))
    .map((entry) => entry.name)
    .sort()
    .map((slug) => readArticleFixture(path.join(articleFixturesDir, slug), slug));
}

/** Every tests/fixtures/non-articles/<slug>.html (pages the detector must reject), sorted by slug. */
export function listNonArticlePages(): NonArticlePage[] {
  return readdirSync(nonArticleFixturesDir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({
      slug: name.slice(0, -'.html'.length),
      html: readFileSync(path.join(nonArticleFixturesDir, name), 'utf8'),
    }));
}

/** The seed fixture from ../shared/fixtures, or null when ../shared is not checked out next to the repo. */
export function loadSeedFixture(): ArticleFixture | null {
  return existsSync(path.join(seedDir, 'page.html')) ? readArticleFixture(seedDir, seedSlug) : null;
}
