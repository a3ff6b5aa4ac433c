/**
 * A person's grammatical gender hint, so "she" finds the most recent woman named rather than the most recent
 * person: from role words ("spokeswoman", "Sprecherin", "Mrs") first, then from the given name. Unknown is null
 * and is compatible with either pronoun.
 */
import type { LanguageTable } from './lang/types';
import { bare, genderOfGivenName, isRoleWord, tokenize } from './names';

export type Gender = 'f' | 'm';

const roleSets = new WeakMap<LanguageTable, { female: Set<string>; male: Set<string> }>();
function setsOf(table: LanguageTable): { female: Set<string>; male: Set<string> } {
  let sets = roleSets.get(table);
  if (!sets) roleSets.set(table, (sets = { female: new Set(table.femaleRoles), male: new Set(table.maleRoles) }));
  return sets;
}

/** Gender marked by one role noun: listed, or a feminine ending on a role word ("Ministerin") and its base ("Minister"). */
export function genderOfRoleNoun(noun: string, table: LanguageTable): Gender | null {
  const w = bare(noun);
  if (!w) return null;
  const { female, male } = setsOf(table);
  if (female.has(w)) return 'f';
  if (male.has(w)) return 'm';
  const ending = table.feminineRoleEnding;
  if (!ending || !isRoleWord(w, table)) return null;
  if (w.endsWith(ending) && isRoleWord(w.slice(0, -ending.length), table)) return 'f';
  return isRoleWord(`${w}${ending}`, table) ? 'm' : null;
}

/** Gender of a person from the role the article gives ("spokeswoman for X"), else from the first name. */
export function genderOfPerson(name: string, role: string | null, table: LanguageTable): Gender | null {
  if (role) {
    for (const token of tokenize(role, table)) {
      const g = genderOfRoleNoun(token.text, table);
      if (g) return g;
    }
  }
  const first = name.split(/\s+/)[0] ?? '';
  return genderOfGivenName(first, table);
}

/** The gender a pronoun asks for: "she" → f, "he"/"er" → m; German "sie" may also be plural (caller decides). */
export function genderOfPronoun(pronoun: string, table: LanguageTable): Gender | null {
  const w = pronoun.toLowerCase();
  if (table.femalePronouns.includes(w)) return 'f';
  if (table.malePronouns.includes(w)) return 'm';
  return null;
}
