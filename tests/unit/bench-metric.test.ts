// The benchmark metric (bench/metric.ts) against hand-computed cases of scrapinghub's evaluate.py.
import { describe, expect, it } from 'vitest';
import { aggregate, bootstrapStd, exactMatch, scorePage, shingleCounts, shingleMatch, tokenize } from '../../bench/metric';

describe('tokenize (Python re \\w+ with re.UNICODE)', () => {
  it('keeps runs of letters, digits and underscores and drops punctuation and whitespace', () => {
    expect(tokenize('Hello,   world!\n\n—it’s 2019; snake_case 3.5')).toEqual([
      'Hello',
      'world',
      'it',
      's',
      '2019',
      'snake_case',
      '3',
      '5',
    ]);
  });

  it('handles non-Latin scripts', () => {
    expect(tokenize('Straße café, naïve über')).toEqual(['Straße', 'café', 'naïve', 'über']);
    expect(tokenize('Привет, мир! Zugbegleiter-Streik')).toEqual(['Привет', 'мир', 'Zugbegleiter', 'Streik']);
    expect(tokenize('مرحبا بالعالم')).toEqual(['مرحبا', 'بالعالم']);
    expect(tokenize('中文 文本。')).toEqual(['中文', '文本']);
  });

  it('splits on combining marks, as Python does', () => {
    // Python's \w is str.isalnum() or "_": combining marks (category M) are not word characters.
    expect(tokenize('cafe\u0301 noir')).toEqual(['cafe', 'noir']);
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द']);
  });

  it('returns nothing for empty or missing text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(null)).toEqual([]);
    expect(tokenize(' … — ')).toEqual([]);
  });
});

describe('shingleCounts', () => {
  it('counts 4-token shingles as a multiset', () => {
    const counts = shingleCounts(tokenize('one two three four one two three four'));
    expect(Object.fromEntries(counts)).toEqual({
      'one two three four': 2,
      'two three four one': 1,
      'three four one two': 1,
      'four one two three': 1,
    });
  });

  it('gives a text shorter than 4 tokens one shingle of what it has, and an empty text none', () => {
    expect([...shingleCounts(['Hello', 'world'])]).toEqual([['Hello world', 1]]);
    expect(shingleCounts([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('scores identical text P = R = F1 = 1, whatever the punctuation and whitespace', () => {
    const s = scorePage('The quick brown fox jumps.', 'The quick\n\nbrown fox — jumps');
    expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, exact: true, hasOutput: true });
    expect(s.match).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores disjoint text 0', () => {
    const s = scorePage('alpha beta gamma delta epsilon', 'one two three four five');
    expect(s).toMatchObject({ precision: 0, recall: 0, f1: 0, exact: false, hasOutput: true });
  });

  it('scores a partial overlap', () => {
    // truth shingles: abcd bcde cdef; pred: abcd bcde cdeX -> tp 2, fp 1, fn 1 (normalised by 4).
    const s = scorePage('a b c d e f', 'a b c d e X');
    expect(s.match).toEqual({ tp: 0.5, fp: 0.25, fn: 0.25 });
    expect(s.precision).toBeCloseTo(2 / 3, 12);
    expect(s.recall).toBeCloseTo(2 / 3, 12);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
  });

  it('penalises extra text in precision only', () => {
    // truth: 2 shingles; pred: the same 5 words plus 2 more -> 4 shingles, 2 of them right.
    const s = scorePage('w1 w2 w3 w4 w5', 'w1 w2 w3 w4 w5 x1 x2');
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
  });

  it('counts repeated shingles as a multiset, not a set', () => {
    // truth has "one two three four" twice among its 5 shingles; pred has it once.
    const once = scorePage('one two three four one two three four', 'one two three four');
    expect(once.precision).toBe(1);
    expect(once.recall).toBeCloseTo(1 / 5, 12);
    // A prediction that repeats the article loses precision: 7 shingles, each of truth's 2 appears twice but
    // only counts once -> tp 2, fp 5.
    const twice = scorePage('w1 w2 w3 w4 w5', 'w1 w2 w3 w4 w5 w1 w2 w3 w4 w5');
    expect(twice.recall).toBe(1);
    expect(twice.precision).toBeCloseTo(2 / 7, 12);
  });

  it('gives an empty prediction recall 0 and no precision', () => {
    const s = scorePage('a real article body here', '');
    expect(s).toMatchObject({ recall: 0, precision: 0, hasOutput: false, exact: false });
    expect(s.match).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('compares texts of fewer than 4 tokens as one shingle, case-sensitively', () => {
    expect(scorePage('Hello world', 'Hello, world!')).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('Hello world', 'hello world')).toMatchObject({ precision: 0, recall: 0 });
    expect(scorePage('Hello world', 'Hello world again')).toMatchObject({ precision: 0, recall: 0 });
  });

  it('matches unicode tokens exactly', () => {
    // truth: 2 shingles; pred: the first of them.
    expect(scorePage('Привет, дорогой мир, как дела?', 'Привет дорогой мир как')).toMatchObject({ precision: 1, recall: 0.5 });
    expect(scorePage('Der Zugbegleiter-Streik geht weiter', 'Der Zugbegleiter Streik geht weiter').f1).toBe(1);
  });

  it('scores two empty texts as perfect, as evaluate.py does', () => {
    expect(shingleMatch('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(scorePage('', '')).toMatchObject({ precision: 1, recall: 1, hasOutput: false, exact: true });
  });
});

describe('exactMatch (the "accuracy" column)', () => {
  it('compares token lists', () => {
    expect(exactMatch('Hello, world!', 'Hello world')).toBe(true);
    expect(exactMatch('Hello world', 'Hello world world')).toBe(false);
  });
});

describe('aggregate', () => {
  const perfect = scorePage('w1 w2 w3 w4 w5', 'w1 w2 w3 w4 w5');
  const half = scorePage('w1 w2 w3 w4 w5', 'w1 w2 w3 w4 w5 x1 x2'); // P 0.5, R 1
  const empty = scorePage('w1 w2 w3 w4 w5', '');

  it('averages precision over pages with output and recall over all pages', () => {
    const agg = aggregate([perfect, half, empty]);
    expect(agg.precision).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(agg.recall).toBeCloseTo((1 + 1 + 0) / 3, 12);
    expect(agg.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3), 12);
    expect(agg.accuracy).toBeCloseTo(1 / 3, 12);
  });

  it('takes F1 from the averages, not the average of per-page F1', () => {
    const agg = aggregate([perfect, empty]);
    expect(agg).toMatchObject({ precision: 1, recall: 0.5 });
    expect(agg.f1).toBeCloseTo(2 / 3, 12);
  });

  it('bootstraps a reproducible spread that is 0 when every page scores the same', () => {
    expect(bootstrapStd([perfect, perfect, perfect], 50)).toEqual({ f1Std: 0, precisionStd: 0, recallStd: 0, accuracyStd: 0 });
    const a = bootstrapStd([perfect, half, empty], 200, 7);
    expect(a).toEqual(bootstrapStd([perfect, half, empty], 200, 7));
    expect(a.recallStd).toBeGreaterThan(0);
  });
});
