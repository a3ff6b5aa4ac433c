/**
 * Golden tests: each article fixture's cleaned paragraphs and metadata against its expected.json, which follows
 * docs/CONVENTIONS.md ("What the cleaner returns as paragraphs"). GLOSS_UPDATE_GOLDEN=1 writes a missing
 * expected.json from the current output, to be reviewed by hand before it is trusted.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, type Article } from '../../lib/cleaner';
import { expectSafeContentHtml, expectWellFormedArticle } from '../helpers/article-shape';
import {
  expectedMetadataKeys,
  listArticleFixtures,
  loadSeedFixture,
  parse,
  sharedFixturesDir,
  type ArticleFixture,
  type ExpectedArticle,
} from '../helpers/load-fixtures';

const updateGolden = process.env.GLOSS_UPDATE_GOLDEN === '1';
const fixtures = listArticleFixtures();

function clean(fixture: ArticleFixture, url: string): Article | null {
  return cleanArticle(parse(fixture.html), { url });
}

/** The golden file as the current cleaner would write it: only the keys it found a value for, paragraphs last. */
function goldenFrom(url: string, article: Article): ExpectedArticle {
  const metadata: Record<string, unknown> = {};
  for (const key of expectedMetadataKeys) {
    const value = article[key];
    const empty = value === null || (Array.isArray(value) && value.length === 0) || (key === 'dir' && value === 'ltr');
    if (!empty) metadata[key] = value;
  }
  return { url, isArticle: true, ...metadata, title: article.title, paragraphs: article.paragraphs } as ExpectedArticle;
}

function checkMetadata(article: Article, expected: ExpectedArticle): void {
  for (const key of expectedMetadataKeys) {
    if (expected[key] === undefined) continue;
    expect(article[key], `metadata "${key}"`).toEqual(expected[key]);
  }
}

describe('article fixtures (tests/fixtures/articles)', () => {
  it('has the fixture suite', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(22);
  });

  for (const fixture of fixtures) {
    describe(fixture.slug, () => {
      const expected = fixture.expected;
      if (expected === null) {
        it('has an expected.json', () => {
          const url = `https://fixtures.gloss.invalid/${fixture.slug}`;
          if (!updateGolden) {
            expect.fail(`${fixture.slug}/expected.json is missing; write it by hand, or run with GLOSS_UPDATE_GOLDEN=1 and review it`);
          }
          const article = clean(fixture, url);
          expect(article, 'the cleaner returned null, nothing to write').not.toBeNull();
          const file = path.join(fixture.dir, 'expected.json');
          writeFileSync(file, `${JSON.stringify(goldenFrom(url, article as Article), null, 2)}\n`);
          console.warn(
            `GLOSS_UPDATE_GOLDEN: wrote ${file} from the current output; review it (the url is a placeholder) before committing`,
          );
        });
        return;
      }

      it('paragraphs', () => {
        const article = clean(fixture, expected.url);
        expect(article, 'cleanArticle returned null').not.toBeNull();
        expect(article?.paragraphs).toEqual(expected.paragraphs);
      });

      it('metadata', () => {
        const article = clean(fixture, expected.url);
        expect(article, 'cleanArticle returned null').not.toBeNull();
        checkMetadata(article as Article, expected);
      });

      it('well-formed Article with safe, non-empty contentHtml', () => {
        const article = clean(fixture, expected.url);
        expect(article, 'cleanArticle returned null').not.toBeNull();
        expectWellFormedArticle(article);
        expect(article?.contentHtml.length).toBeGreaterThan(0);
        expectSafeContentHtml(article?.contentHtml ?? '');
      });
    });
  }
});

const seed = loadSeedFixture();

describe('seed fixture (../shared/fixtures/sputnik-2014-us-iran)', () => {
  const skipReason = seed ? '' : ` (skipped: ${sharedFixturesDir} is missing)`;

  it.skipIf(!seed)(`paragraphs are exactly the 11 of expected.json${skipReason}`, () => {
    const expected = seed?.expected as ExpectedArticle;
    expect(expected.paragraphs).toHaveLength(11);
    const article = cleanArticle(parse(seed?.html ?? ''), { url: expected.url });
    expect(article, 'cleanArticle returned null').not.toBeNull();
    expect(article?.paragraphs).toEqual(expected.paragraphs);
  });

  it.skipIf(!seed)(`title, siteName, published, section, tags and excerpt${skipReason}`, () => {
    const expected = seed?.expected as ExpectedArticle;
    const article = cleanArticle(parse(seed?.html ?? ''), { url: expected.url });
    expect(article, 'cleanArticle returned null').not.toBeNull();
    const { title, siteName, published, section, tags, excerpt } = article as Article;
    expect({ title, siteName, published, section, tags, excerpt }).toEqual({
      title: expected.title,
      siteName: expected.siteName,
      published: expected.published,
      section: expected.section,
      tags: expected.tags,
      excerpt: expected.excerpt,
    });
  });

  it.skipIf(!seed)(`contentHtml has no scripts, handlers or javascript: URLs${skipReason}`, () => {
    const expected = seed?.expected as ExpectedArticle;
    const article = cleanArticle(parse(seed?.html ?? ''), { url: expected.url });
    expect(article, 'cleanArticle returned null').not.toBeNull();
    expectWellFormedArticle(article);
    expect(article?.contentHtml.length).toBeGreaterThan(0);
    expectSafeContentHtml(article?.contentHtml ?? '');
  });
});
