/**
 * What kind of name a found speaker is, read from the name itself and the article's registry. The calibration uses
 * it (a registered full name is surer than a lone surname), and two shapes are never shown as a speaker at all: a
 * clause fragment ("Although no group", "whose grandfather founded the company") and a place named where a person
 * or body was looked for ("South Sudan" for "American officials said").
 */
import type { EntityRegistry } from './entities';
import type { LanguageTable } from './lang/types';
import { isGivenName, isOrgWord, tokenize } from './names';
import { isPlaceName } from './places';

/** `person`: a registered name whose first word is a known given name; `name`: a registered name otherwise. */
export type SpeakerShape = 'none' | 'person' | 'name' | 'org' | 'place' | 'single' | 'described' | 'fragment' | 'other';

// Words that open a clause, never a name: "Although no group", "While officials", "Obwohl", "Aunque", "Bien que".
const CLAUSE_OPENERS = new Set([
  'although',
  'though',
  'while',
  'whilst',
  'when',
  'if',
  'because',
  'since',
  'unless',
  'despite',
  'after',
  'before',
  'as',
  'once',
  'whose',
  'which',
  'who',
  'whom',
  'that',
  'what',
  'where',
  'asked',
  'speaking',
  'with',
  'in',
  'on',
  'at',
  'by',
  'from',
  'to',
  'into',
  'mit',
  'im',
  'bei',
  'avec',
  'dans',
  'con',
  'en',
  'obwohl',
  'während',
  'als',
  'wenn',
  'weil',
  'nachdem',
  'bevor',
  'dessen',
  'deren',
  'welche',
  'welcher',
  'bien',
  'quoique',
  'lorsque',
  'quand',
  'si',
  'puisque',
  'dont',
  'aunque',
  'cuando',
  'porque',
  'mientras',
  'cuyo',
  'cuya',
]);

// Articles in the languages read, for names checked without a language table (the People quoted list).
const ARTICLES = ['the', 'a', 'an', 'der', 'die', 'das', 'le', 'la', 'les', "l'", 'el', 'los', 'las', 'un', 'une', 'una', 'ein', 'eine'];

/** Whether the name is a piece of a clause rather than a name: see CLAUSE_OPENERS, a sentence break, a possessive. */
export function isFragment(name: string, determiners: readonly string[] = ARTICLES): boolean {
  const words = name.trim().split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (CLAUSE_OPENERS.has(first)) return true;
  // "Hesse. Police", "Vividly. Harwick": two sentences run together.
  if (/(?<!\b\p{Lu})[.!?;]\s+\S/u.test(name)) return true;
  // "Prime Minister's": the owner of what spoke, not the speaker.
  if (/['’]s?$/u.test(name)) return true;
  // "Uhr Fragen zu Terminen", "the clerk said yesterday that": too long, or a lower-case word that is not a
  // connector inside a name ("Institut für Küstenökologie", "Bank of England", "Sein Großvater" stays described).
  if (words.length > 9) return true;
  const lowerInside = words
    .slice(1)
    .filter(
      (w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|and|the|on|de|du|des|la|le|del|y|e|et|für|und|der|die|das|von|zu|am|an|in)$/u.test(w),
    );
  return /^\p{Ll}/u.test(words[0]!) && !determiners.includes(first) && lowerInside.length > 1;
}

/**
 * A speaker fit for "People quoted": a named person or organisation, not a description ("officials", "the
 * company"), a place or a fragment.
 */
export function isNamedSpeaker(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const named = words.find((w) => !ARTICLES.includes(w.toLowerCase()));
  return named !== undefined && /^\p{Lu}/u.test(named) && !isFragment(name) && !isPlaceName(name);
}

export function speakerShape(name: string | null, registry: EntityRegistry, table: LanguageTable): SpeakerShape {
  if (!name) return 'none';
  if (isFragment(name, table.determiners)) return 'fragment';
  if (isPlaceName(name)) return 'place';
  const tokens = tokenize(name, table);
  if (registry.lookup(name)?.name === name) return tokens[0] && isGivenName(tokens[0].text, table) ? 'person' : 'name';
  // "The company", "the authority": a description, not a name.
  const words = tokens.filter((t) => !table.determiners.includes(t.text.toLowerCase()));
  if (words.length > 0 && words.every((t) => /^\p{Ll}/u.test(t.text))) return 'described';
  if (tokens.some((t) => isOrgWord(t.text, table)) || table.determiners.includes(tokens[0]?.text.toLowerCase() ?? '')) return 'org';
  if (/^\p{Ll}/u.test(name)) return 'described';
  return tokens.length === 1 ? 'single' : 'other';
}
