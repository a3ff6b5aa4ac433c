/**
 * A pure core that fails says why (issue 13, honest failures): the cleaner, detection and anchoring return the
 * thrown error's kind and message, where they used to return null or "not an article" like a page without one.
 */
import { describe, expect, it } from 'vitest';
import { anchorTextResult } from '../../lib/anchoring';
import { cleanArticleResult, detectArticleResult } from '../../lib/cleaner';
import { parse } from '../helpers/load-fixtures';

const url = 'https://fuzz.gloss.invalid/2024/05/01/story.html';
const sentence = 'The harbour authority said on Monday that the dredging work would resume after the storm season ended.';

/** A Document whose every query throws: a stand-in for a bug, or a DOM the cleaner did not expect. */
function brokenDocument(): Document {
  const doc = parse('<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>');
  const broken = (): never => {
    throw new TypeError('querySelector exploded');
  };
  return new Proxy(doc, {
    get: (target, key) => (key === 'querySelector' || key === 'querySelectorAll' ? broken : Reflect.get(target, key, target)),
  });
}

describe('a core that fails says why', () => {
  it('cleaning and detection report the thrown error instead of "no article"', () => {
    expect(cleanArticleResult(brokenDocument(), { url })).toEqual({
      ok: false,
      error: 'cleaning the page failed: TypeError: querySelector exploded',
    });
    expect(detectArticleResult(brokenDocument(), { url })).toEqual({
      ok: false,
      error: 'detecting an article failed: TypeError: querySelector exploded',
    });
  });

  it('anchoring tells an orphan from a failure', () => {
    const text = `${sentence} And more.`;
    const selectors = [{ type: 'TextQuoteSelector' as const, exact: 'not on this page at all', prefix: '', suffix: '' }];
    expect(anchorTextResult(text, selectors)).toEqual({ ok: true, value: null });
    expect(anchorTextResult(42 as unknown as string, selectors)).toEqual({
      ok: false,
      error: "anchoring needs the page's text, got number",
    });
  });
});
