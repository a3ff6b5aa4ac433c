import { describe, expect, it } from 'vitest';
import { annotationForSpan } from '@/lib/highlight/annotation-factory';
import { wordingUpdates } from '@/lib/highlight/page-changes';
import { placeAnnotations } from '@/lib/highlight/placement';
import { wordDiff, wordingDiffers } from '@/lib/highlight/word-diff';

const BEFORE = 'The council voted on Thursday. “We will not raise fares this year,” said the mayor, Ana Ruiz. Buses run late.';
const AFTER = 'The council voted on Thursday. “We will not raise fares this summer,” said the mayor, Ana Ruiz. Buses run late.';
const QUOTE = 'We will not raise fares this year';
const now = '2026-12-07T16:00:00.000Z';
const quote = annotationForSpan(
  { id: 'q', kind: 'quote', pageUrl: 'http://news.example/a', now },
  BEFORE,
  BEFORE.indexOf(QUOTE),
  BEFORE.indexOf(QUOTE) + QUOTE.length,
)!;

describe('word diff', () => {
  it('shows which words went and which came', () => {
    expect(wordDiff(QUOTE, 'We will not raise fares before the election')).toEqual([
      { kind: 'same', text: 'We will not raise fares' },
      { kind: 'removed', text: 'this year' },
      { kind: 'added', text: 'before the election' },
    ]);
  });

  it('ignores spacing, quote marks and a trailing comma, but not punctuation that changes the meaning', () => {
    expect(wordingDiffers('“We won,” she said', '"We won,"  she said')).toBe(false);
    expect(wordingDiffers('We won,', 'We won')).toBe(false);
    expect(wordingDiffers('We won', 'We lost')).toBe(true);
    expect(wordingDiffers('Is it safe?', 'Is it safe.')).toBe(true);
    expect(wordingDiffers('-3 degrees', '3 degrees')).toBe(true);
    expect(wordingDiffers('rose 40%', 'rose 40')).toBe(true);
  });

  it('compares Chinese and Japanese character by character', () => {
    expect(wordDiff('地铁五号线今天开通', '地铁五号线明天开通')).toEqual([
      { kind: 'same', text: '地铁五号线' },
      { kind: 'removed', text: '今' },
      { kind: 'added', text: '明' },
      { kind: 'same', text: '天开通' },
    ]);
  });
});

describe('stealth edits', () => {
  it('marks a quote whose words changed on the page, once, and clears it when the page reverts', () => {
    const placed = placeAnnotations(AFTER, [quote]);
    expect(placed[0]!.range, 'the edited quote is still found').not.toBeNull();
    const [update] = wordingUpdates(AFTER, placed, now);
    expect(update?.changed).toEqual({ text: 'We will not raise fares this summer', seen: now, kept: false });
    // Stored with the change: the next visit writes nothing.
    expect(wordingUpdates(AFTER, placeAnnotations(AFTER, [update!]), now)).toEqual([]);
    // The page reverts: the mark goes.
    expect(wordingUpdates(BEFORE, placeAnnotations(BEFORE, [update!]), now)[0]?.changed).toBeNull();
  });

  it('says nothing of an unchanged quote or an orphan', () => {
    expect(wordingUpdates(BEFORE, placeAnnotations(BEFORE, [quote]), now)).toEqual([]);
    expect(wordingUpdates('Nothing here at all.', placeAnnotations('Nothing here at all.', [quote]), now)).toEqual([]);
  });
});

describe('taking the new wording', () => {
  it('moves the annotation to what the page says now and clears the mark', async () => {
    const { withPageWording } = await import('@/lib/highlight/page-changes');
    const [marked] = wordingUpdates(AFTER, placeAnnotations(AFTER, [quote]), now);
    const taken = withPageWording(marked!, AFTER, now)!;
    expect(taken).toMatchObject({ exact: 'We will not raise fares this summer', changed: null, id: quote.id });
    expect(wordingUpdates(AFTER, placeAnnotations(AFTER, [taken]), now)).toEqual([]);
    expect(withPageWording(quote, 'Nothing here at all.', now)).toBeNull();
  });
});
