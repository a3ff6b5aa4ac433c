/**
 * "People quoted", computed once for the reader view and the popup: the named people and organisations the
 * article's shown suggestions and the reader's own quotes and claims attribute words to, with how many each.
 * Dismissed suggestions don't count; nor does an open suggestion whose text the reader has already saved (it is
 * counted once, as the saved annotation). Descriptions ("officials"), places and clause fragments are not people.
 */
import type { Suggestion } from '../messages';
import type { Annotation } from '../model/annotation';
import { isNamedSpeaker } from '../quotes/speaker-shape';
import { annotatedTexts, isAnnotated } from './annotated';

export interface PersonCount {
  name: string;
  count: number;
}

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
  // "Already saved" is the suggestions' own rule (isAnnotated), so a suggestion counts here exactly when it is open.
  const saved = annotatedTexts(said);
  for (const a of said) add(a.speaker?.name);
  for (const s of suggestions) if (s.state === 'open' && !isAnnotated(s.text, saved)) add(s.speaker?.name);
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
