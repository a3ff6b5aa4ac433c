/**
 * When anchorText may highlight and when it must report an orphan: duplicates told apart by long context, edited
 * passages accepted only when both sides of their context agree, ties between places orphaned, and annotations
 * stored with the older, shorter context still found.
 */
import { describe, expect, it } from 'vitest';
import { anchorText, describeText } from '../../lib/anchoring';
import type { Selector } from '../../lib/model/annotation';
import { seededRandom } from '../../lib/seeded-random';

const slice = (text: string, r: { start: number; end: number } | null): string | null => (r ? text.slice(r.start, r.end) : null);

function describeAt(text: string, quote: string, from = 0): Selector[] {
  const at = text.indexOf(quote, from);
  if (at === -1) throw new Error(`test text lacks "${quote}"`);
  return describeText(text, at, at + quote.length);
}

describe('duplicates', () => {
  // The same sentence twice, after the same 90-character lead-in; the two continuations agree on their first
  // 40 characters and differ after that.
  const LEAD = 'Officials met on Monday to discuss the budget. After a long debate that ran late into the night, ';
  const QUOTE = 'the committee approved the plan';
  const TEXT = [
    `${LEAD}${QUOTE} with a narrow majority of the members present, seven votes to six, in a show of hands.`,
    'The weather was cold and the heating in the building had failed again.',
    `${LEAD}${QUOTE} with a narrow majority of the members present, shortly after midnight, to loud applause.`,
  ].join('\n\n');

  it('tells a duplicate apart by its suffix when prefix and position point to the other copy', () => {
    const selectors = describeAt(TEXT, QUOTE, TEXT.indexOf(QUOTE) + 1);
    // A long paragraph grows between the copies: the remembered position is now nearer the first copy.
    const edited = TEXT.replace('had failed again.', `had failed again. ${'The caretaker said repairs would take weeks. '.repeat(10)}`);
    expect(anchorText(edited, selectors)).toEqual({ start: edited.lastIndexOf(QUOTE), end: edited.lastIndexOf(QUOTE) + QUOTE.length });
  });

  it('orphans a passage whose quote and context occur twice when the page moved under it', () => {
    const block =
      'The council voted on Tuesday to close the old library on Main Street and move its collection to the new civic centre, which opens in March next year after long delays.';
    const text = `${block}\n\nA second paragraph about something else entirely, the weather in the valley.\n\n${block}`;
    const selectors = describeAt(text, 'to close the old library');
    const edited = `Breaking news.\n\n${text.replace('A second paragraph', 'An edited second paragraph')}`;
    // Both copies agree with everything that was stored; the old position favours neither enough to guess.
    expect(anchorText(edited, selectors)).toBeNull();
  });
});

describe('edited passages', () => {
  it('refuses an edited quote whose prefix matches but whose suffix does not', () => {
    const lead = 'The ministry published new unemployment figures on Thursday. A spokesperson for the ministry said ';
    const text = `${lead}the figures were accurate and would be revised in the spring as usual.\n\nThe opposition disagreed with the method.`;
    const selectors = describeAt(text, 'the figures were accurate');
    // The sentence was rewritten: same lead-in, a near-identical phrase, and a different continuation.
    const edited = `${lead}the figures were inaccurate, according to the union representing statisticians.\n\nThe opposition disagreed with the method.`;
    expect(anchorText(edited, selectors)).toBeNull();
  });

  it('finds a short passage with a word replaced when both sides of its context still frame it', () => {
    const text =
      'The finance minister said on Tuesday that the government would not raise taxes before the election, despite a widening budget gap.';
    const selectors = describeAt(text, 'said on Tuesday');
    const edited = text.replace('said on Tuesday', 'said on Wednesday');
    expect(slice(edited, anchorText(edited, selectors))).toBe('said on Wednesday');
  });

  it('includes a replaced first word in the highlight instead of starting after it', () => {
    const text =
      'Opposition leaders called the plan reckless. The shadow chancellor said the numbers did not add up and that the minister was hiding the true cost of the measures.';
    const selectors = describeAt(text, 'The shadow chancellor said the numbers did not add up');
    const edited = text.replace('The shadow chancellor', 'Her shadow chancellor');
    expect(slice(edited, anchorText(edited, selectors))).toBe('Her shadow chancellor said the numbers did not add up');
  });

  it('finds a long edited selection (matched by its head and tail) on a long page', () => {
    const random = seededRandom(11);
    const vocabulary = ['minister', 'budget', 'council', 'said', 'report', 'vote', 'tax', 'plan', 'week', 'city', 'court', 'law'];
    const words = Array.from({ length: 6000 }, () => vocabulary[Math.floor(random() * vocabulary.length)]! + Math.floor(random() * 50));
    const text = words.join(' ');
    const start = text.indexOf(' ', 20_000) + 1;
    const end = text.indexOf(' ', start + 1500);
    const selectors = describeText(text, start, end);
    const edited = `${text.slice(0, start + 700)}EDITED${text.slice(start + 706)}`;
    expect(anchorText(edited, selectors)).toEqual({ start, end });
  });
});

describe('annotations stored with 32 characters of context', () => {
  it('are still found, exactly and after an edit inside the passage', () => {
    const text =
      'Economists were divided. Some said the government could borrow more cheaply than at any time in the past decade; others warned of rising interest rates.';
    const quote = 'the government could borrow more cheaply';
    const at = text.indexOf(quote);
    const old: Selector[] = [
      {
        type: 'TextQuoteSelector',
        exact: quote,
        prefix: text.slice(Math.max(0, at - 38), at).trim(),
        suffix: text.slice(at + quote.length, at + quote.length + 38).trim(),
      },
      { type: 'TextPositionSelector', start: 0, end: 1 },
    ];
    const moved = `A new first paragraph was added.\n\n${text}`;
    expect(slice(moved, anchorText(moved, old))).toBe(quote);
    const edited = moved.replace('borrow more cheaply', 'borow more cheaply');
    expect(slice(edited, anchorText(edited, old))).toBe('the government could borow more cheaply');
  });
});
