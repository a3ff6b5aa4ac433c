/**
 * The people and organisations an article mentions, in reading order, so that "he", "Mousavian" or "the
 * minister" can be traced back to the full name, and a lede's "a senior diplomat" forward to the name that follows.
 */
import type { AttributedSpeaker } from './types';
import type { LanguageTable } from './lang/types';
import { genderOfPerson, type Gender } from './gender';
import { bare, capitalizedRuns, isGivenName, isOrgWord, personsInRun, tokenize } from './names';

/** Reading-order position: paragraph-major, so positions compare across paragraphs. */
export const position = (paragraph: number, offset: number): number => paragraph * 1_000_000 + offset;

interface Person {
  name: string;
  role: string | null;
  gender: Gender | null;
}

interface Mention {
  pos: number;
  person: Person | null;
  org: string | null;
  /** The organisation is the subject of a speech verb here, not just mentioned ("It said" prefers it). */
  speaks?: boolean;
  /** An unnamed speaker ("a senior diplomat said"): a later "he" is them, not the last person named. */
  anonymous?: boolean;
}

// A run after one of these is a place or an institution, not a person ("in Port Calder", "von Tannstedt").
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'via',
  'of', 'the', 'nach', 'aus', 'bei', 'von', 'vom', 'zum', 'zur', 'im', 'am', 'der', 'die', 'das', 'den', 'dem', 'des']);

export class EntityRegistry {
  private readonly persons = new Map<string, Person>();
  private readonly surnames = new Map<string, Person>();
  private readonly mentions: Mention[] = [];
  /** The last source a document was credited to ("a report by X"): "the report said" later means X. */
  documentSource: string | null = null;

  constructor(private readonly table: LanguageTable) {}

  /** Register a full name (or update its role) and record a mention at pos. */
  addPerson(name: string, role: string | null, pos: number): Person {
    let person = this.persons.get(name.toLowerCase()) ?? this.surnames.get(name.toLowerCase());
    if (!person) {
      person = { name, role, gender: genderOfPerson(name, role, this.table) };
      this.persons.set(name.toLowerCase(), person);
      const surname = name.split(/\s+/).at(-1)!.toLowerCase();
      if (!this.surnames.has(surname)) this.surnames.set(surname, person);
    }
    // A fuller description wins: "former head of the Committee" over the bare title "Committee".
    if (role && (!person.role || (role.length > person.role.length && role.includes(person.role)))) person.role = role;
    if (role && !person.gender) person.gender = genderOfPerson(person.name, role, this.table);
    this.mention({ pos, person, org: null });
    return person;
  }

  addAnonymous(pos: number): void {
    this.mention({ pos, person: null, org: null, anonymous: true });
  }

  /** Whether an unnamed speaker was mentioned after `person`'s last mention and before pos. */
  anonymousSince(person: Person, before: number): boolean {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= before) continue;
      if (m.anonymous) return true;
      if (m.person === person) return false;
    }
    return false;
  }

  addOrg(name: string, pos: number, speaks = false): void {
    this.mention({ pos, person: null, org: name, speaks });
  }

  private mention(m: Mention): void {
    // Mentions mostly arrive in order; keep the list sorted for the position queries.
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1]!.pos > m.pos) i--;
    if (this.mentions[i - 1]?.pos === m.pos) return;
    this.mentions.splice(i, 0, m);
  }

  /** A known person by full name or surname ("Mousavian" → Hossein Mousavian). */
  lookup(name: string): Person | null {
    const key = name.toLowerCase();
    return this.persons.get(key) ?? this.surnames.get(key) ?? null;
  }

  /** The most recent person before pos with that role noun (if given) whose gender, if known, is compatible. */
  latestPerson(before: number, roleNoun?: string, gender?: Gender | null): Person | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= before || !m.person) continue;
      if (gender && m.person.gender && m.person.gender !== gender) continue;
      if (!roleNoun || (m.person.role ?? '').toLowerCase().includes(roleNoun)) return m.person;
    }
    return null;
  }

  /** The most recent organisation before pos; with `head`, one whose last word passes it ("the association"). */
  latestOrg(before: number, head?: (word: string) => boolean): string | null {
    return this.latestOrgWhere(before, (org) => !head || head(bare(org.split(/\s+/).at(-1) ?? '')));
  }

  /** The most recent organisation before pos (and after `after`, if given) that passes `fits`; speaking ones only with `speaking`. */
  latestOrgWhere(before: number, fits: (org: string) => boolean, after = -1, speaking = false): string | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos <= after) break;
      if (m.pos >= before || !m.org || (speaking && !m.speaks)) continue;
      if (fits(m.org)) return m.org;
    }
    return null;
  }

  /** The first organisation named after pos and before `until` that passes `fits` (a lede's "their union"). */
  firstOrgAfter(pos: number, until: number, fits: (org: string) => boolean): string | null {
    return this.mentions.find((m) => m.pos > pos && m.pos < until && m.org && fits(m.org))?.org ?? null;
  }

  /** The first person named after pos and not before it, within `until` (a lede describes, then names). */
  firstNewPersonAfter(pos: number, until: number, roleNoun?: string): Person | null {
    const seenBefore = new Set(this.mentions.filter((m) => m.pos < pos && m.person).map((m) => m.person));
    let fallback: Person | null = null;
    for (const m of this.mentions) {
      if (m.pos <= pos || m.pos >= until || !m.person || seenBefore.has(m.person)) continue;
      if (!roleNoun || (m.person.role ?? '').toLowerCase().includes(roleNoun)) return m.person;
      fallback ??= m.person;
    }
    return fallback;
  }

  static speaker(person: Pick<Person, 'name' | 'role'>): AttributedSpeaker {
    return person.role ? { name: person.name, role: person.role } : { name: person.name };
  }
}

/**
 * First pass over the article: every full personal name and organisation run outside quotations, then every
 * surname mention of a person already named.
 */
export function collectEntities(
  paragraphs: readonly string[], table: LanguageTable, quoteRanges: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>,
): EntityRegistry {
  const registry = new EntityRegistry(table);
  paragraphs.forEach((text, p) => {
    const tokens = tokenize(text, table).filter((t) => !(quoteRanges[p] ?? []).some((r) => t.start >= r.start && t.end <= r.end));
    for (const run of capitalizedRuns(tokens, table)) {
      const index = tokens.indexOf(run[0]!);
      const before = index > 0 ? tokens[index - 1]!.text.toLowerCase() : '';
      const persons = personsInRun(run, text, table);
      const person = persons[0];
      const next = tokens[index + run.length];
      // German capitalises nouns ("drei Millionen Euro"): without a title or a known first name, only an
      // appositive or a subject counts.
      const plausible = person && (person.title !== null || (table.capitalizedNouns
        ? run[0]!.afterPunct || index === 0 || next?.afterPunct === true || isGivenName(run[0]!.text, table)
        : !PLACE_PREPOSITIONS.has(before)));
      // "the operator Northline", "Der Autozulieferer Kellner Antriebstechnik": a business named after its description.
      const described = index > 0 && /^\p{Ll}/u.test(before) && table.companyWords.includes(bare(before));
      const descriptor = run.length > 1 && table.descriptorSuffixes.some((x) => bare(run[0]!.text).endsWith(x));
      if ((described || descriptor) && !persons.some((x) => x.title === null)) {
        const from = descriptor ? run[1]! : run[0]!;
        registry.addOrg(text.slice(from.start, run.at(-1)!.end), position(p, from.start));
      } else if (person && plausible) {
        for (const found of persons) registry.addPerson(found.name, found.title, position(p, found.start));
      } else if (described || descriptor) {
        const from = descriptor ? run[1]! : run[0]!;
        registry.addOrg(text.slice(from.start, run.at(-1)!.end), position(p, from.start));
      } else if (isOrgWord(run.at(-1)!.text, table) || (run.length > 1 && run.some((t) => isOrgWord(t.text, table)))) {
        // "Central Bank of Meridia", "Gewerkschaft Metall und Technik": an organisation noun anywhere in the run.
        registry.addOrg(text.slice(run[0]!.start, run.at(-1)!.end), position(p, run[0]!.start));
      } else if (run.length === 1) {
        const known = registry.lookup(bare(run[0]!.text));
        if (known) registry.addPerson(known.name, null, position(p, run[0]!.start));
      }
    }
  });
  return registry;
}
