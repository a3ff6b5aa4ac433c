/**
 * detectArticle on every fixture page: true on the article fixtures and the seed, false on every non-article
 * page, one test per page so a failure names the page. Every verdict must explain itself (reasons) and carry
 * a score in [0, 1] that agrees with it.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle, type Detection } from '../../lib/cleaner';
import { expectWellFormedDetection } from '../helpers/article-shape';
import { listArticleFixtures, listNonArticlePages, loadSeedFixture, parse, sharedFixturesDir } from '../helpers/load-fixtures';

function detect(html: string, url: string): Detection {
  return detectArticle(parse(html), { url });
}

function expectVerdict(detection: Detection, isArticle: boolean): void {
  expectWellFormedDetection(detection);
  expect(detection.reasons.length, 'reasons should explain the verdict').toBeGreaterThan(0);
  expect(detection.isArticle, `score ${detection.score}; reasons: ${detection.reasons.join('; ')}`).toBe(isArticle);
}

describe('detectArticle: article fixtures are articles', () => {
  for (const fixture of listArticleFixtures()) {
    it(fixture.slug, () => {
      const url = fixture.expected?.url ?? `https://fixtures.gloss.invalid/${fixture.slug}`;
      expectVerdict(detect(fixture.html, url), true);
    });
  }

  const seed = loadSeedFixture();
  it.skipIf(!seed)(`seed sputnik-2014-us-iran${seed ? '' : ` (skipped: ${sharedFixturesDir} is missing)`}`, () => {
    expectVerdict(detect(seed?.html ?? '', seed?.expected?.url ?? ''), true);
  });
});

describe('detectArticle: non-article pages are not articles', () => {
  const pages = listNonArticlePages();

  it('has the non-article suite', () => {
    expect(pages.length).toBeGreaterThanOrEqual(28);
  });

  for (const page of pages) {
    it(page.slug, () => {
      expectVerdict(detect(page.html, `https://fixtures.gloss.invalid/${page.slug}`), false);
    });
  }
});
