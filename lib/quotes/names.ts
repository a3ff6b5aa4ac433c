/**
 * Words and names: a tokenizer with offsets, runs of capitalised words ("Hossein Mousavian", "Ministry of
 * Education"), and splitting a run into a title or organisation prefix and a person's name.
 */
import type { LanguageTable } from './lang/types';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation (a comma, a bracket) stands between this token and the previous one. */
  afterPunct: boolean;
}

// A lone "&" is a token too, so "Holt & Brennan" stays one run.
const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-.&]*|&/gu;
// Name particles ("Rafael de la Vega", "Maarten van der Linde", "Gareth ap Rhys") are kept as part of a surname.
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'al',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'zu',
  'ap',
  'y',
  'i',
]);
const CONNECTORS = new Set(['of', 'and', 'for', 'für', '&', 'the', ...NAME_PARTICLES]);
// Particles that are also everyday words ("zu", "den", "y"): they join a name only after a given name or another
// particle ("Ferdinand zu Wartenfels", "van den Broek"), never "sagte Müller den Journalisten".
const WEAK_PARTICLES = new Set(['den', 'ter', 'ten', 'zu', 'ap', 'y', 'i', 'do', 'dos', 'di', 'la', 'le']);
/** A particle that may open a surname ("von", "de", "zu"); "der", "den", "la" only follow one ("van der"). */
export const isNameParticle = (word: string, afterParticle = false): boolean =>
  NAME_PARTICLES.has(word) && (afterParticle || !/^(?:der|den|la|le|y|ter|ten)$/u.test(word));
const GENITIVE_ARTICLES = new Set(['der', 'des', 'of', 'the']);
/** Post-nominal letters are dropped from a name ("Isabella Cavendish-Okoro KC"); "Jr." is part of it. */
const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'OBE', 'MBE', 'CBE', 'PhD', 'MdB', 'MdL']);
/** Irish and Scottish patronymic particles written as capitals: "Ruairí Ó Briain", "Síle Ní Dhuibhir". */
const CAPITAL_PARTICLES = /^(?:Ó|Ní|Nic|Ua|Mac)$/u;

const abbreviationSets = new WeakMap<LanguageTable, Set<string>>();
const elisionRes = new WeakMap<LanguageTable, RegExp | null>();

/** Length of an elided article or pronoun opening `word` ("l’" in "l’agence"), 0 when none. */
function elision(word: string, table: LanguageTable): number {
  let re = elisionRes.get(table);
  if (re === undefined) {
    re = table.elisions?.length ? new RegExp(`^(?:${table.elisions.join('|')})['’](?=\\p{L})`, 'iu') : null;
    elisionRes.set(table, re);
  }
  return re?.exec(word)?.[0].length ?? 0;
}

/** Tokens of text[from, to); a trailing full stop is dropped unless the word is an abbreviation or initial. */
export function tokenize(text: string, table: LanguageTable, from = 0, to = text.length): Token[] {
  let abbreviations = abbreviationSets.get(table);
  if (!abbreviations) abbreviationSets.set(table, (abbreviations = new Set(table.abbreviations)));
  const out: Token[] = [];
  let previousEnd = from;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let word = m[0];
    if (m.index + word.length > to) word = word.slice(0, to - m.index);
    // A sentence's full stop is not part of its last word, and the next word comes after it ("Schildern. Ingrid
    // Mayer" is no run of three names).
    let sentenceEnd = false;
    if (word.endsWith('.') && !(word.length === 2) && !abbreviations.has(word.slice(0, -1).toLowerCase())) {
      word = word.replace(/\.+$/, '');
      sentenceEnd = true;
    }
    const lastChar = word[word.length - 1];
    if ((lastChar === "'" || lastChar === '’') && word[word.length - 2] !== 's') word = word.slice(0, -1);
    let afterPunct = false;
    for (let i = previousEnd; i < m.index; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 160 && c !== 9 && c !== 10) {
        afterPunct = true;
        break;
      }
    }
    const elided = elision(word, table);
    if (elided > 0) {
      // French "l’hydrogéologue", "d’après": the article is a word of its own, the noun starts a token.
      out.push({ text: word.slice(0, elided), start: m.index, end: m.index + elided, afterPunct: out.length > 0 && afterPunct });
      out.push({ text: word.slice(elided), start: m.index + elided, end: m.index + word.length, afterPunct: false });
    } else {
      out.push({ text: word, start: m.index, end: m.index + word.length, afterPunct: out.length > 0 && afterPunct });
    }
    previousEnd = m.index + (sentenceEnd ? word.length : m[0].length);
  }
  return out;
}

const POSSESSIVE_OR_DOT = /(?:\.|['’]s?)$/;
export const bare = (word: string): string => word.toLowerCase().replace(POSSESSIVE_OR_DOT, '');

interface WordSets {
  roles: Set<string>;
  orgs: Set<string>;
  nonNames: Set<string>;
  female: Set<string>;
  male: Set<string>;
}
const wordSets = new WeakMap<LanguageTable, WordSets>();
function setsOf(table: LanguageTable): WordSets {
  let sets = wordSets.get(table);
  if (!sets) {
    sets = {
      roles: new Set(table.roleNouns),
      orgs: new Set(table.orgNouns),
      nonNames: new Set(table.nonNameWords),
      female: new Set(table.femaleNames),
      male: new Set(table.maleNames),
    };
    wordSets.set(table, sets);
  }
  return sets;
}

// "Mayor-elect", "minister-designate": an office about to be taken is still the office.
const PENDING_OFFICE = /-(?:elect|designate|designee)$/u;

export function isRoleWord(word: string, table: LanguageTable): boolean {
  const w = bare(word).replace(PENDING_OFFICE, '');
  return setsOf(table).roles.has(w) || table.roleSuffixes.some((s) => w.length > s.length + 2 && w.endsWith(s));
}

export function isOrgWord(word: string, table: LanguageTable): boolean {
  const w = bare(word);
  return setsOf(table).orgs.has(w) || table.orgSuffixes.some((s) => w.length > s.length + 2 && w.endsWith(s));
}

/** 'f' or 'm' for a given name on exactly one of the lists ("Andrea" is on both: unknown). */
export function genderOfGivenName(word: string, table: LanguageTable): 'f' | 'm' | null {
  const w = bare(word.split('-')[0]!);
  const { female, male } = setsOf(table);
  if (female.has(w) === male.has(w)) return null;
  return female.has(w) ? 'f' : 'm';
}

export const isGivenName = (word: string, table: LanguageTable): boolean => {
  const w = bare(word.split('-')[0]!);
  return setsOf(table).female.has(w) || setsOf(table).male.has(w);
};

/** A capitalised agent or office noun that is no given name: "Novelist", "Landrat", "Footballer". */
const looksLikeTitle = (word: string, table: LanguageTable): boolean => {
  const w = bare(word);
  return w.length > 4 && !isGivenName(w, table) && table.titleSuffixes.some((s) => w.endsWith(s));
};

/** A role word right after a given name is a surname ("Tom Baker", "Stephen King"), not a title. */
const isTitleAt = (segment: readonly Token[], i: number, table: LanguageTable): boolean =>
  isRoleWord(segment[i]!.text, table) && !(i > 0 && isGivenName(segment[i - 1]!.text, table));

const UPPER = /^\p{Lu}/u;
function isNameWord(token: Token, table: LanguageTable): boolean {
  return UPPER.test(token.text) && !setsOf(table).nonNames.has(bare(token.text));
}

/**
 * "Catherine Le Moal", "Juan De la Cruz": a capitalised particle that the table lists as a function word ("Le" opens
 * French sentences) belongs to a surname between a given name and a name word.
 */
function capitalParticle(tokens: readonly Token[], i: number, run: readonly Token[], table: LanguageTable): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return (
    /^(?:Le|La|De|Del|Du|Da|Di|Dos)$/u.test(token.text) &&
    setsOf(table).nonNames.has(bare(token.text)) &&
    run.length === 1 &&
    isGivenName(run[0]!.text, table) &&
    !token.afterPunct &&
    next !== undefined &&
    !next.afterPunct &&
    isNameWord(next, table)
  );
}

/** Maximal runs of capitalised words, joined by connectors ("of", "and", "von") that sit between two of them. */
export function capitalizedRuns(tokens: readonly Token[], table: LanguageTable): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.afterPunct && run.length) {
      runs.push(run);
      run = [];
    }
    if (isNameWord(token, table) || capitalParticle(tokens, i, run, table)) {
      run.push(token);
      continue;
    }
    const next = tokens[i + 1];
    const previous = run.at(-1)?.text ?? '';
    // After a title and a name ("Theaterkritiker Ferdinand zu Wartenfels"), unless a genitive follows ("zu Beginn der").
    const weakOk =
      !WEAK_PARTICLES.has(token.text) ||
      NAME_PARTICLES.has(previous) ||
      isGivenName(previous, table) ||
      (run.length >= 2 && !/^(?:der|des|of)$/u.test(tokens[i + 2]?.text ?? ''));
    // A chain of particles ("de la", "van der") joins when a name word follows it.
    let k = i + 1;
    while (NAME_PARTICLES.has(token.text) && tokens[k] && NAME_PARTICLES.has(tokens[k]!.text) && !tokens[k]!.afterPunct) k++;
    const joins =
      run.length > 0 &&
      CONNECTORS.has(token.text) &&
      weakOk &&
      next !== undefined &&
      !next.afterPunct &&
      (isNameWord(next, table) ||
        (k > i + 1 && tokens[k] !== undefined && isNameWord(tokens[k]!, table)) ||
        (token.text !== 'the' && next.text === 'the' && tokens[i + 2] !== undefined && isNameWord(tokens[i + 2]!, table)));
    if (joins) {
      run.push(token);
      continue;
    }
    if (run.length) runs.push(run);
    run = [];
  }
  if (run.length) runs.push(run);
  // A run never ends on a connector.
  return runs
    .map((r) => {
      while (r.length && CONNECTORS.has(r.at(-1)!.text)) r.pop();
      return r;
    })
    .filter((r) => r.length > 0);
}

export interface PersonInRun {
  name: string;
  /** Title or organisation words of the same run before the name ("Transport Minister"). */
  title: string | null;
  start: number;
  end: number;
}

/**
 * A person's name inside a run (2-4 words after any title or organisation prefix), or null. Names hold no "of" or
 * "and", so "Hana Sato of Meridian Bank" is searched piece by piece: "Hana Sato", then "Meridian Bank".
 */
export function personInRun(run: readonly Token[], text: string, table: LanguageTable): PersonInRun | null {
  return personsInRun(run, text, table, true)[0] ?? null;
}

/**
 * After "of"/"for" a run goes on naming a place or body ("Office for National Statistics"); a person follows only
 * as its last two words ("Secretary of State Antony Blinken") or with a known first name.
 */
function afterOf(segment: Token[], joiner: string, table: LanguageTable): Token[] {
  if (joiner === '' || joiner === 'and' || NAME_PARTICLES.has(joiner)) return segment;
  if (segment.length >= 3) return segment.slice(-2);
  return segment.length === 2 && isGivenName(segment[0]!.text, table) ? segment : [];
}

/** Every person of a run: "Maria Lopez and Tom Baker" holds two. */
export function personsInRun(run: readonly Token[], text: string, table: LanguageTable, firstOnly = false): PersonInRun[] {
  const out: PersonInRun[] = [];
  let from = 0;
  for (let i = 0; i <= run.length; i++) {
    if (i < run.length && !(CONNECTORS.has(run[i]!.text) && !NAME_PARTICLES.has(run[i]!.text))) continue;
    // After "and" a new person starts: a title before the "and" is not theirs.
    const joiner = from > 0 ? run[from - 1]!.text : '';
    // "Department of Forestry and Fire Protection": after an organisation's words, "and" goes on naming it.
    if (joiner === 'and' && run.slice(0, from - 1).some((t) => isOrgWord(t.text, table))) break;
    const head = joiner === 'and' ? run[from]! : run[0]!;
    const found = personInSegment(afterOf(run.slice(from, i), joiner, table), head, text, table);
    if (found) {
      out.push(found);
      if (firstOnly) break;
    }
    from = i + 1;
  }
  return out;
}

function personInSegment(whole: readonly Token[], first: Token, text: string, table: LanguageTable): PersonInRun | null {
  // A particle followed by three or more words opens a genitive ("Stück der Dramatikerin Maren Østergaard-Vogt"); a
  // surname particle is followed by the surname alone ("van der Linde").
  let segment = whole;
  for (let i = whole.length - 2; i > 0; i--) {
    if (!NAME_PARTICLES.has(whole[i]!.text) || NAME_PARTICLES.has(whole[i + 1]!.text)) continue;
    if (whole.length - i - 1 >= 3) segment = whole.slice(i + 1);
    break;
  }
  if (segment.length === 0) return null;
  let split = -1;
  segment.forEach((token, i) => {
    if (isTitleAt(segment, i, table) || (isOrgWord(token.text, table) && segment.length - i > 2)) split = i;
  });
  // Structural: a title-like word before a name of two or more words is a title even if no list has it.
  const isParticle = (t: Token | undefined): boolean => t !== undefined && NAME_PARTICLES.has(t.text);
  // "Sein Verteidiger Friedrich de la Motte": the last title-like word that leaves a name of two words or more.
  const namesAfter = (i: number): number => segment.slice(i + 1).filter((t) => !isParticle(t)).length;
  for (let i = split + 1; i < segment.length; i++) {
    if (namesAfter(i) >= 2 && looksLikeTitle(segment[i]!.text, table) && !isParticle(segment[i + 1])) split = i;
  }
  const name = segment.slice(split + 1);
  // "Instituto Nacional de Estadística", "Guardia Civil": in French and Spanish the capitalised words after an
  // organisation noun go on naming it, unless a given name starts a person's name.
  if (table.clauseNeedsComplementizer && split >= 0 && !isTitleAt(segment, split, table) && name[0] && !isGivenName(name[0].text, table))
    return null;
  while (name.length > 2 && POST_NOMINALS.has(name.at(-1)!.text)) name.pop();
  // "Sprecher der Freien Union": after a title, an article opens a genitive (a body), not a name.
  if (split >= 0 && name.length && GENITIVE_ARTICLES.has(name[0]!.text)) return null;
  while (name.length && CONNECTORS.has(name[0]!.text)) name.shift();
  // German capitalises the nouns after a name ("Karin Weidlich Vorwürfe der Opposition"): a known given name and
  // the word after it are the name.
  if (table.capitalizedNouns && name.length > 2 && isGivenName(name[0]!.text, table) && !NAME_PARTICLES.has(name[1]!.text)) name.splice(2);
  const particles = name.filter((t) => NAME_PARTICLES.has(t.text) || CAPITAL_PARTICLES.test(t.text)).length;
  // "La Dépêche du Midi", "Mercado de Abasto": a French or Spanish run with a particle is a person's name only
  // after a known given name ("Kevin Le Bihan", "Rafael de la Vega").
  if (table.clauseNeedsComplementizer && particles > 0 && !isGivenName(name[0]!.text, table)) return null;
  if (name.length - particles < 2 || name.length - particles > 4) return null;
  for (let i = 0; i < name.length; i++) {
    const word = name[i]!.text;
    if (isOrgWord(word, table) || isTitleAt(name, i, table)) return null;
    // Capitals only: an acronym ("BBC") or a dateline ("MARLOW BAY"), never a person's name.
    if (CAPITAL_PARTICLES.test(word) && i > 0 && i < name.length - 1) continue;
    // An initial before the surname: "S. Velmurugan", "K. Suresh Menon", "Samuel T. Whitcombe".
    if (/^\p{Lu}\.$/u.test(word) && i < name.length - 1) continue;
    if (/^\p{Lu}[\p{Lu}.'’-]+$/u.test(word) || /^\p{Lu}$/u.test(word) || /['’]s$/.test(word) || /['’]$/.test(word)) return null;
    if (CONNECTORS.has(word) && !NAME_PARTICLES.has(word)) return null;
  }
  const last = bare(name.at(-1)!.text);
  if (/^(?:jr|sr)$/u.test(last) && name.length < 3) return null;
  // "Maßnahmen Prüfung" is two nouns, but "Landrätin Gisela Hartung" has a title and a given name to vouch for it.
  const vouched = split >= 0 && isGivenName(name[0]!.text, table);
  if (!vouched && table.commonNounEndings.some((e) => last.endsWith(e))) return null;
  return {
    name: text.slice(name[0]!.start, name.at(-1)!.end).replace(/\s+/gu, ' '),
    title: split >= 0 ? text.slice(first.start, segment[split]!.end) : null,
    start: name[0]!.start,
    end: name.at(-1)!.end,
  };
}
