import { describe, expect, it } from 'vitest';
import { peopleQuoted } from '@/lib/highlight/people-quoted';
import type { Suggestion } from '@/lib/messages';

const suggestion = (name: string | null, text: string, over: Partial<Suggestion> = {}): Suggestion => ({
  id: text,
  kind: 'quote',
  text,
  speaker: name ? { name, role: null } : null,
  cue: 'said',
  confidence: 0.9,
  state: 'open',
  ...over,
});
const saved = (name: string, exact: string, kind: 'quote' | 'claim' | 'note' = 'quote') => ({ kind, exact, speaker: { name, role: null } });

describe('peopleQuoted (one list for the reader view and the popup)', () => {
  it('counts shown suggestions and saved quotes and claims per named speaker, most quoted first', () => {
    const people = peopleQuoted(
      [
        suggestion('Ines Barrow', 'People have been asking us for years'),
        suggestion('Paul Denning', 'the subsidy per journey doubles', { kind: 'claim' }),
      ],
      [saved('Paul Denning', 'If half of them do'), saved('Paul Denning', 'a note about him', 'note')],
    );
    expect(people).toEqual([
      { name: 'Paul Denning', count: 2 },
      { name: 'Ines Barrow', count: 1 },
    ]);
  });

  it('leaves out dismissed suggestions, and counts a saved suggestion once', () => {
    expect(peopleQuoted([suggestion('Jane Doe', 'x', { state: 'dismissed' })])).toEqual([]);
    expect(peopleQuoted([suggestion('Jane Doe', '“We will not  back down,”')], [saved('Jane Doe', 'We will not back down')])).toEqual([
      { name: 'Jane Doe', count: 1 },
    ]);
  });

  it('lists people and organisations, not descriptions, places or clause fragments', () => {
    const names = [
      'officials',
      'the company',
      'South Sudan',
      'Although no group',
      'whose grandfather founded it',
      "Prime Minister's",
      'Human Rights Watch',
      'The White House',
      'Ahmed Saleh',
    ];
    const people = peopleQuoted(names.map((name) => suggestion(name, `words of ${name}`)));
    expect(people.map((p) => p.name).sort()).toEqual(['Ahmed Saleh', 'Human Rights Watch', 'The White House']);
  });
});
