/** Properties of anchorText that must hold for any input (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorText, describeText } from '../../lib/anchoring';
import type { Selector } from '../../lib/model/annotation';

const word = fc.constantFrom(
  'the',
  'minister',
  'said',
  'no',
  'Café',
  'naïve',
  '“quoted”',
  '—',
  '2024',
  'Köln',
  'ﬁnal',
  'e\u0301t\u00e9',
  '日本語',
  'مرحبا',
  'x',
  '…',
  'U.S.',
  "don't",
  '😀',
  'said,',
  'no.',
);
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '  ', '\u00a0', ' \t');

/** A text made of words and separators, with the word boundaries we may select between. */
const wordsText = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 120 }).map((parts) => {
  let text = '';
  const words: { start: number; end: number }[] = [];
  for (const [w, sep] of parts) {
    words.push({ start: text.length, end: text.length + w.length });
    text += w + sep;
  }
  return { text, words };
});

describe('anchorText properties', () => {
  it('never throws, whatever the text and the selectors', () => {
    const selectorLike = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.string(), prefix: fc.string(), suffix: fc.string() }),
      fc.record({ type: fc.constant('TextPositionSelector'), start: fc.integer(), end: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.array(selectorLike, { maxLength: 4 }), (text, selectors) => {
        const result = anchorText(text, selectors as Selector[]);
        if (result) {
          expect(result.start).toBeGreaterThanOrEqual(0);
          expect(result.end).toBeLessThanOrEqual(text.length);
          expect(result.end).toBeGreaterThan(result.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('anchors any word-aligned span of an unchanged text to exactly that span, every time', () => {
    fc.assert(
      fc.property(wordsText, fc.nat(), fc.nat(), ({ text, words }, a, b) => {
        const first = words[a % words.length]!;
        const last = words[Math.max(a % words.length, b % words.length)]!;
        const selectors = describeText(text, first.start, last.end);
        const once = anchorText(text, selectors);
        expect(once).toEqual({ start: first.start, end: last.end });
        expect(anchorText(text, selectors)).toEqual(once);
      }),
      { numRuns: 400 },
    );
  });

  it('on any string, finds a range that overlaps the selection and describes exactly as it did', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 80));
        const selectors = describeText(text, start, end);
        if (selectors.length === 0) return; // nothing visible was selected
        const found = anchorText(text, selectors);
        expect(found).not.toBeNull();
        expect(Math.min(found!.end, end) - Math.max(found!.start, start)).toBeGreaterThan(0);
        // A fixed point: the found range is, for anchoring, the same passage as the selection.
        expect(describeText(text, found!.start, found!.end)).toEqual(selectors);
      }),
      { numRuns: 300 },
    );
  });
});
