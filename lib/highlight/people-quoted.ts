/**
 * "People quoted", computed once for the reader view and the popup: the named people and organisations the
 * article's shown suggestions and the reader's own quotes and claims attribute words to, with how many each.
 * Dismissed suggestions don't count; nor does an open suggestion whose text the reader has already saved (it is
 * counted once, as the saved annotation). Descriptions ("officials"), places and clause fragments are not people.
 */
import type { Suggestion } from '../messages';
import type { Annotation } from '../model/annotation';
import { isNamedSpeaker } from '../quotes/speaker-shape';

export interface PersonCount {
  name: string;
  count: number;
}

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function peopleQuoted(
  suggestions: readonly Pick<Suggestion, 'kind' | 'text' | 'speaker' | 'state'>[],
  annotations: readonly Pick<Annotation, 'kind' | 'exact' | 'speaker'>[] = [],
): PersonCount[] {
  const counts = new Map<string, PersonCount>();
  const add = (name: string | undefined): void => {
    const clean = name?.trim().replace(/\s+/g, ' ') ?? '';
    if (!clean || !isNamedSpeaker(clean)) return;
    const key = clean.toLowerCase();
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { name: clean, count: 1 });
  };
  const said = annotations.filter((a) => a.kind === 'quote' || a.kind === 'claim');
  const savedTexts = said.map((a) => fold(a.exact)).filter((text) => text !== '');
  const alreadySaved = (text: string): boolean => {
    const flat = fold(text);
    return savedTexts.some((saved) => saved.includes(flat) || flat.includes(saved));
  };
  for (const a of said) add(a.speaker?.name);
  for (const s of suggestions) if (s.state === 'open' && !alreadySaved(s.text)) add(s.speaker?.name);
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
