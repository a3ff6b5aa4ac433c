/**
 * anchorText / describeText: a passage described on one text is found again on that text, on edited copies of
 * it, and on the reader view's rendering of it — and becomes an orphan (null) when it is gone.
 */
import { describe, expect, it } from 'vitest';
import { anchorText, describeText } from '../../lib/anchoring';
import type { Selector } from '../../lib/model/annotation';

const PARAGRAPHS = [
  'The finance minister said on Tuesday that the government would not raise taxes before the election, despite a widening budget gap.',
  '“We have made our choice and we will stand by it,” she told reporters outside parliament, adding that spending cuts were not on the table.',
  'Opposition leaders called the plan reckless. The shadow chancellor said the numbers did not add up and that the minister was hiding the true cost.',
  'Economists were divided. Some said the government could borrow more cheaply than at any time in the past decade; others warned of rising interest rates.',
  'The central bank is expected to announce its decision on rates next week, after inflation rose to 3.1 percent in October.',
  'The minister said no. A spokesperson for the treasury declined to comment further on the figures published on Monday.',
  'Later in the day, the prime minister backed the plan. “The minister said no, and she was right,” he said at a press conference in the capital.',
];
const TEXT = PARAGRAPHS.join('\n\n');

/** A small seeded generator so that failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function span(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`test text lacks "${quote}"`);
  return { start: at, end: at + quote.length };
}

function describeQuote(text: string, quote: string, occurrence = 0): Selector[] {
  const s = span(text, quote, occurrence);
  return describeText(text, s.start, s.end);
}

const slice = (text: string, r: { start: number; end: number } | null): string | null => (r ? text.slice(r.start, r.end) : null);

describe('describeText', () => {
  it('stores the quote, context on both sides and a position', () => {
    const selectors = describeQuote(TEXT, 'would not raise taxes');
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    expect(quote).toMatchObject({ exact: 'would not raise taxes' });
    expect(quote && 'prefix' in quote && quote.prefix.endsWith('the government')).toBe(true);
    expect(quote && 'suffix' in quote && quote.suffix.startsWith('before the election')).toBe(true);
    expect(selectors.some((s) => s.type === 'TextPositionSelector')).toBe(true);
  });

  it('describes nothing for an empty or blank selection', () => {
    expect(describeText(TEXT, 10, 10)).toEqual([]);
    expect(describeText('a   \n\n  b', 1, 7)).toEqual([]);
  });
});

describe('anchorText on the unchanged text', () => {
  it('returns exactly the described span for 300 random word-aligned spans', () => {
    const words = [...TEXT.matchAll(/\S+/g)];
    const next = random(7);
    for (let k = 0; k < 300; k++) {
      const first = Math.floor(next() * words.length);
      const last = Math.min(words.length - 1, first + Math.floor(next() * 40));
      const start = words[first]!.index;
      const end = words[last]!.index + words[last]![0].length;
      expect(anchorText(TEXT, describeText(TEXT, start, end)), `span ${start}-${end}`).toEqual({ start, end });
    }
  });

  it('tells duplicates apart by their context', () => {
    const second = span(TEXT, 'The minister said no', 1);
    expect(anchorText(TEXT, describeQuote(TEXT, 'The minister said no', 1))).toEqual(second);
    const first = span(TEXT, 'The minister said no', 0);
    expect(anchorText(TEXT, describeQuote(TEXT, 'The minister said no', 0))).toEqual(first);
  });
});

describe('anchorText after the publisher edited the page', () => {
  const quote = 'Some said the government could borrow more cheaply';

  it('survives paragraphs inserted and deleted elsewhere', () => {
    const selectors = describeQuote(TEXT, quote);
    const edited = [
      'BREAKING: a new lead paragraph was added at the top of the story.',
      ...PARAGRAPHS.slice(0, 2),
      ...PARAGRAPHS.slice(3),
    ].join('\n\n');
    expect(slice(edited, anchorText(edited, selectors))).toBe(quote);
  });

  it('survives typos fixed inside and around the passage', () => {
    const selectors = describeQuote(TEXT, quote);
    const edited = TEXT.replace('Economists were divided', 'Economists were dividid').replace('borrow more cheaply', 'borow more cheaply');
    expect(slice(edited, anchorText(edited, selectors))).toBe('Some said the government could borow more cheaply');
  });

  it('survives whitespace, nbsp, soft hyphens, zero-width spaces and typographic quotes', () => {
    const selectors = describeQuote(TEXT, '“We have made our choice and we will stand by it,” she told reporters');
    const noisy = TEXT.replace(/ /g, (m, at: number) => (at % 3 === 0 ? '\u00a0' : at % 5 === 0 ? ' \n  ' : m))
      .replace('choice', 'cho\u00adice')
      .replace('reporters', 're\u200bporters')
      .replace(/[“”]/g, '"');
    const found = slice(noisy, anchorText(noisy, selectors));
    expect(found?.replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' ')).toBe(
      '"We have made our choice and we will stand by it," she told reporters',
    );
  });

  it('prefers the original over a copy of the passage quoted elsewhere', () => {
    const selectors = describeQuote(TEXT, quote);
    const edited = `Readers wrote in. One letter argued that ${quote} than ever, which is true.\n\n${TEXT}`;
    expect(anchorText(edited, selectors)).toEqual(span(edited, quote, 1));
  });

  it('orphans a deleted passage instead of highlighting something else', () => {
    const selectors = describeQuote(TEXT, 'Opposition leaders called the plan reckless');
    const edited = PARAGRAPHS.filter((_, i) => i !== 2).join('\n\n');
    expect(anchorText(edited, selectors)).toBeNull();
  });

  it('orphans a deleted short passage whose words still occur elsewhere', () => {
    // "The minister said no" survives in the last paragraph, but the annotated sentence (paragraph 6) is gone.
    const selectors = describeQuote(TEXT, 'The minister said no', 0);
    const edited = PARAGRAPHS.filter((_, i) => i !== 5).join('\n\n');
    expect(anchorText(edited, selectors)).toBeNull();
  });
});

describe('live page ↔ reader view', () => {
  const live = [
    'Home News World Politics',
    'Advertisement',
    PARAGRAPHS[0],
    'Photo: Getty Images',
    ...PARAGRAPHS.slice(1, 4),
    'Related: Ten things to know about the budget',
    ...PARAGRAPHS.slice(4),
    'Share this article',
    '© 2024 The Publisher',
  ].join('\n');

  it('anchors in the reader view what was annotated on the live page, and back', () => {
    for (const quote of ['The finance minister said on Tuesday', 'Opposition leaders called the plan reckless.', 'The minister said no']) {
      const fromLive = anchorText(TEXT, describeQuote(live, quote));
      expect(fromLive, quote).toEqual(span(TEXT, quote));
      const fromReader = anchorText(live, describeQuote(TEXT, quote));
      expect(fromReader, quote).toEqual(span(live, quote));
    }
  });
});

describe('anchorText never throws', () => {
  it('returns null for junk selectors and junk text', () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'x',
      [{}],
      [null],
      [{ type: 'TextQuoteSelector' }],
      [{ type: 'TextQuoteSelector', exact: 5 }],
      [{ type: 'TextPositionSelector', start: -1, end: 'a' }],
      [{ type: 'TextQuoteSelector', exact: '' }],
    ];
    for (const selectors of junk) expect(anchorText(TEXT, selectors as Selector[])).toBeNull();
    expect(anchorText(undefined as unknown as string, describeQuote(TEXT, 'reckless'))).toBeNull();
    expect(anchorText('', describeQuote(TEXT, 'reckless'))).toBeNull();
  });

  it('returns offsets into the given text when normalization changes lengths', () => {
    const text = 'Intro … and then Cafe\u0301 au lait ﬁnally arrived — “quietly”.';
    const quote = 'Cafe\u0301 au lait ﬁnally arrived';
    const selectors = describeQuote(text, quote);
    expect(slice(text, anchorText(text, selectors))).toBe(quote);
    // Characters that expand under NFKC ("…" → "...", "㈀" → "(ᄀ)") must not shift the offsets after them.
    const expanding = `${'… ㈀ ﬁ '.repeat(40)}the minister said no`;
    expect(slice(expanding, anchorText(expanding, describeQuote(expanding, 'minister said')))).toBe('minister said');
    const composed = text.normalize('NFC');
    expect(slice(composed, anchorText(composed, selectors))).toBe(quote.normalize('NFC'));
  });
});
