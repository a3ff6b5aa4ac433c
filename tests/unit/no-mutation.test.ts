/**
 * cleanArticle and detectArticle only read the Document they are given: in the content script it is the live
 * page the user is reading, so any change would show. Serializes the whole document before and after.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cleanArticle, detectArticle } from '../../lib/cleaner';
import { listArticleFixtures, listNonArticlePages, loadSeedFixture, parse, sharedFixturesDir } from '../helpers/load-fixtures';

function serialize(doc: Document): string {
  // eslint-disable-next-line no-restricted-properties -- read-only snapshot for comparison; nothing is parsed or rendered.
  return doc.documentElement.outerHTML;
}

function expectUntouched(doc: Document, url: string): void {
  const before = serialize(doc);
  detectArticle(doc, { url });
  expect(serialize(doc) === before, 'detectArticle changed the document').toBe(true);
  cleanArticle(doc, { url });
  expect(serialize(doc) === before, 'cleanArticle changed the document').toBe(true);
  // A second run on the same document must see the same page, e.g. after the reader view is toggled.
  detectArticle(doc, { url });
  cleanArticle(doc, { url });
  expect(serialize(doc) === before, 'a second run changed the document').toBe(true);
}

describe('the cleaner never mutates the document (linkedom)', () => {
  for (const fixture of listArticleFixtures()) {
    it(`article ${fixture.slug}`, () => {
      expectUntouched(parse(fixture.html), fixture.expected?.url ?? `https://fixtures.gloss.invalid/${fixture.slug}`);
    });
  }

  // Every other non-article page: enough markup variety without doubling the run time.
  for (const page of listNonArticlePages().filter((_, index) => index % 2 === 0)) {
    it(`non-article ${page.slug}`, () => {
      expectUntouched(parse(page.html), `https://fixtures.gloss.invalid/${page.slug}`);
    });
  }

  const seed = loadSeedFixture();
  it.skipIf(!seed)(`seed sputnik-2014-us-iran${seed ? '' : ` (skipped: ${sharedFixturesDir} is missing)`}`, () => {
    expectUntouched(parse(seed?.html ?? ''), seed?.expected?.url ?? '');
  });
});

describe('the cleaner works on a second DOM implementation (happy-dom)', () => {
  it('cleans without mutating, with the same paragraphs as on linkedom', async () => {
    const fixture = listArticleFixtures().find((candidate) => candidate.expected !== null);
    expect(fixture, 'needs at least one article fixture with expected.json').toBeDefined();
    if (!fixture?.expected) return;
    const url = fixture.expected.url;
    // Scripts never run and nothing is fetched: DOMParser documents are inert, and the settings say so again.
    const window = new Window({
      url,
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    try {
      const doc = new window.DOMParser().parseFromString(fixture.html, 'text/html') as unknown as Document;
      expectUntouched(doc, url);
      const onHappyDom = cleanArticle(doc, { url });
      const onLinkedom = cleanArticle(parse(fixture.html), { url });
      expect(onHappyDom, 'cleanArticle returned null on happy-dom').not.toBeNull();
      expect(onHappyDom?.paragraphs).toEqual(onLinkedom?.paragraphs);
      expect(onHappyDom?.title).toEqual(onLinkedom?.title);
      expect(detectArticle(doc, { url }).isArticle).toBe(true);
    } finally {
      await window.happyDOM.close();
    }
  });
});
