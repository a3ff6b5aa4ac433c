/**
 * Inputs a hostile page (or import file) can feed Gloss, which used to take seconds to minutes: each must now
 * finish within a second, and still give a sensible answer (an orphan rather than a guess, an article from what
 * the cleaner read, the words of the fragment). The inputs are the bench's (bench/hostile.ts), where their
 * timings are reported; the bound here is generous on purpose (the measurement belongs in the bench).
 */
import { describe, expect, it } from 'vitest';
import { anchorText, describeText } from '../../lib/anchoring';
import { cleanArticle, detectArticle } from '../../lib/cleaner';
import { htmlToText } from '../../lib/export/import/html-text';
import { findAttributions } from '../../lib/quotes';
import { ANCHORING_HOSTILE, CLEANER_HOSTILE, IMPORT_HOSTILE, prose, type AnchoringOutcome, type HostileInput } from '../../bench/hostile';
import { parse } from '../helpers/load-fixtures';

const BOUND_MS = 1000;

/** Milliseconds of CPU this process spent running `call`. */
function cpuMs<T>(call: () => T): { ms: number; result: T } {
  const before = process.cpuUsage();
  const result = call();
  const spent = process.cpuUsage(before);
  return { ms: (spent.user + spent.system) / 1000, result };
}

const timed = (input: HostileInput): { ms: number; result: unknown } => cpuMs(input.prepare());

describe('hostile inputs finish within a second', () => {
  it.each(ANCHORING_HOSTILE.map((input) => [input.input, input.expected, input] as const))('%s: %s', (_name, expected, input) => {
    const { ms, result } = timed(input);
    expect(ms).toBeLessThan(BOUND_MS);
    const { found, passage } = result as AnchoringOutcome;
    // Edited on a page of repeats, or gone: nothing tells one place from another, so no guess.
    if (expected === 'orphan') expect(found).toBeNull();
    else expect(found).toEqual(passage);
  });

  it.each(CLEANER_HOSTILE.map((input) => [input.input, input] as const))('%s', (_name, input) => {
    const { ms } = timed(input);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it.each(IMPORT_HOSTILE.map((input) => [input.input, input] as const))('%s', (_name, input) => {
    const { ms } = timed(input);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

/** The quote finder's hostile pages of issue 13 (bench/quotes.ts times them); it caps what it reads. */
const QUOTE_FINDER_HOSTILE: ReadonlyArray<readonly [string, () => string[]]> = [
  [
    'a 42,000-character paragraph of unbalanced quotes',
    () => ['“' + 'He said the plan was “good and the team said “it works. '.repeat(750).slice(0, 42_000)],
  ],
  ['10,000 short quotes in one paragraph', () => ['He said ' + Array.from({ length: 10_000 }, (_, i) => `“word${i}”`).join(' and ')]],
  ['10,000 paragraphs of short quotes', () => Array.from({ length: 10_000 }, (_, i) => `He said “word${i}” and “more${i}”.`)],
  ['a 1 MB paragraph', () => ['The minister said that ' + 'the plan would work and officials said it was fine, '.repeat(20_000)]],
];

describe('the quote finder on hostile pages', () => {
  it.each(QUOTE_FINDER_HOSTILE)('%s within a second', (_name, paragraphs) => {
    const text = paragraphs();
    const { ms, result } = cpuMs(() => findAttributions(text, { lang: 'en' }));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(Array.isArray(result)).toBe(true);
  });
});

describe('what hostile inputs still give', () => {
  it('an edited 5,000-character quote in 2 MB of prose is found when the page has it with one word changed', () => {
    const page = prose(2_000_000);
    const start = 1_000_000;
    const selectors = describeText(page, start, start + 5000);
    const now = `${page.slice(0, start + 2500)}REPLACED${page.slice(start + 2507)}`;
    const { ms, result: range } = cpuMs(() => anchorText(now, selectors));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(range).not.toBeNull();
    expect(Math.abs(range!.start - start)).toBeLessThanOrEqual(8);
    expect(Math.abs(range!.end - (start + 5001))).toBeLessThanOrEqual(8);
  });

  it('an article of 100,000 paragraphs is cleaned from its beginning: its title and first paragraphs', () => {
    const sentence =
      'The harbour authority said on Monday that the dredging work would resume after the storm season ended, and that the ferries would run as usual.';
    const paragraphs = Array.from({ length: 100_000 }, (_, i) => `<p>${sentence} Paragraph ${i + 1}.</p>`).join('');
    const doc = parse(
      `<!DOCTYPE html><html><head><title>Harbour dredging to resume</title></head><body><article>${paragraphs}</article></body></html>`,
    );
    const url = 'https://news.example/2024/05/01/harbour-dredging.html';
    const { ms, result } = cpuMs(() => ({ detection: detectArticle(doc, { url }), article: cleanArticle(doc, { url }) }));
    const { detection, article } = result;
    expect(ms).toBeLessThan(BOUND_MS);
    expect(detection.isArticle).toBe(true);
    expect(article?.title).toBe('Harbour dredging to resume');
    expect(article?.paragraphs[0]).toBe(`${sentence} Paragraph 1.`);
    expect(article?.paragraphs.length).toBeGreaterThan(1000);
  });

  it("an import fragment of a megabyte of '<' keeps its words", () => {
    const html = `<p>Kept words</p>${'<'.repeat(1_000_000)}`;
    const { ms, result: text } = cpuMs(() => htmlToText(html));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(text.startsWith('Kept words\n<<<')).toBe(true);
  });

  it('script and style elements are dropped whatever their case, an unclosed one keeps its text', () => {
    expect(htmlToText('a<SCRIPT type="x">var x = "<p>";</script >b<style>p{}</STYLE>c')).toBe('a b c');
    expect(htmlToText('<p>one</p><script>never closed <b>bold</b>')).toBe('one\nnever closed bold');
    expect(htmlToText('x < y and <i>z</i>')).toBe('x < y and z');
  });
});
