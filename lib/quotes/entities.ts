/**
 * The people and organisations an article mentions, in reading order, so that "he", "Mousavian" or "the
 * minister" can be traced back to the full name, and a lede's "a senior diplomat" forward to the name that follows.
 */
import type { AttributedSpeaker } from './types';
import type { LanguageTable } from './lang/types';
import { genderOfPerson, type Gender } from './gender';
import { bare } from './names';

/** Reading-order position: paragraph-major, so positions compare across paragraphs. */
export const position = (paragraph: number, offset: number): number => paragraph * 1_000_000 + offset;

/** "Great Western Railway" → "GWR": first letters of the capitalised words. */
const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|Der|Die|Das)$/u.test(w))
    .map((w) => w[0])
    .join('');

export interface Person {
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

export class EntityRegistry {
  private readonly persons = new Map<string, Person>();
  private readonly surnames = new Map<string, Person[]>();
  private readonly mentions: Mention[] = [];
  private readonly aliases = new Map<string, string>();
  /** The last source a document was credited to ("a report by X"): "the report said" later means X. */
  documentSource: string | null = null;
  /** The body the last unnamed spokesperson spoke for: "the spokesman said" later means it. */
  spokesBody: string | null = null;

  constructor(private readonly table: LanguageTable) {}

  /** Register a full name (or update its role) and record a mention at pos. */
  addPerson(name: string, role: string | null, pos: number): Person {
    let person = this.lookup(name, pos) ?? this.partOfKnownName(name) ?? this.fullerNameOf(name);
    if (!person) {
      person = { name, role, gender: genderOfPerson(name, role, this.table) };
      this.persons.set(name.toLowerCase(), person);
      this.indexSurnames(person, name);
    }
    // A fuller description wins: "former head of the Committee" over the bare title "Committee".
    if (role && (!person.role || (role.length > person.role.length && role.includes(person.role)))) person.role = role;
    if (role && !person.gender) person.gender = genderOfPerson(person.name, role, this.table);
    this.mention({ pos, person, org: null });
    return person;
  }

  /**
   * "Vega", "de la Vega", "Castillo Romero": every tail of the name after the given name finds it; the most recent
   * holder of a shared surname wins ("Tomasz" and "Agnieszka Wiśniewska-Hart" are told apart by their full names,
   * "Mr Hart" by recency). Spanish double surnames are also known by the first one ("Ortega" for Manuel Ortega Lucena).
   */
  private indexSurnames(person: Person, name: string): void {
    const words = name.split(/\s+/);
    const keys = words.slice(1).map((_, i) => words.slice(i + 1).join(' '));
    if (this.table.code === 'es' && words.length >= 3) keys.push(words[words.length - 2]!);
    for (const tail of keys) {
      if (/^(?:jr|sr)\.?$/iu.test(tail)) continue;
      const key = tail.toLowerCase();
      const holders = this.surnames.get(key) ?? [];
      if (!holders.includes(person)) this.surnames.set(key, [...holders, person]);
    }
  }

  /**
   * "Lola Vidal Arriaga" after a headline's "Lola Vidal": the same person, now named in full. The fuller name is
   * kept (attributions read it at the end), and indexed too.
   */
  private fullerNameOf(name: string): Person | null {
    const lower = name.toLowerCase();
    for (const [short, person] of this.persons) {
      if (!lower.startsWith(`${short} `) || short.split(' ').length < 2) continue;
      person.name = name;
      this.persons.set(lower, person);
      this.indexSurnames(person, name);
      return person;
    }
    return null;
  }

  /** "Castillo Romero" or "Kowalski Jr." after "Ana Sofía Castillo Romero": a tail of a known full name. */
  private partOfKnownName(name: string): Person | null {
    const key = ` ${name.toLowerCase()}`;
    for (const [full, person] of this.persons) if (full.endsWith(key)) return person;
    return null;
  }

  /** "the World Food Relief Agency (WFRA)": the acronym stands for the name as first written. */
  addAlias(acronym: string, name: string): void {
    this.aliases.set(acronym.toLowerCase(), name);
  }

  /**
   * The full organisation name behind an acronym: one the article defined ("… (WFRA)"), else the latest
   * organisation named before whose capitalised words it abbreviates ("a GWR spokesperson" after "Great Western
   * Railway"). Null when neither.
   */
  expandAlias(name: string, before = Infinity): string | null {
    const bare = name.replace(/^(?:the|der|die|das)\s+/iu, '');
    const defined = this.aliases.get(bare.toLowerCase());
    if (defined || !/^\p{Lu}{2,6}$/u.test(bare)) return defined ?? null;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const org = this.mentions[i]!.org;
      if (this.mentions[i]!.pos < before && org && initialsOf(org) === bare) return org;
    }
    return null;
  }

  /** An unnamed speaker; `org` when they speak for a body ("a police spokesman"). */
  addAnonymous(pos: number, org: string | null = null): void {
    this.mention({ pos, person: null, org, anonymous: true, speaks: org !== null });
  }

  /**
   * The unnamed speaker mentioned after `person`'s last mention (or, without a person, one in this paragraph or
   * the one before) and before pos, or null.
   */
  anonymousSince(person: Person | null, before: number): { org: string | null } | null {
    const floor = person ? -1 : before - 2_000_000;
    for (let i = this.mentions.length - 1; i >= 0 && this.mentions[i]!.pos > floor; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= before) continue;
      if (m.anonymous) return { org: m.org };
      if (person && m.person === person) return null;
    }
    return null;
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

  /**
   * A known person by full name or surname ("Mousavian" → Hossein Mousavian). Two people with one surname: a bare
   * surname is the one introduced first; "Mr X" or `namesake` ("the elder X") the fitting one mentioned last before
   * `before` (default: the end of the article).
   */
  lookup(name: string, before = Infinity, namesake = false): Person | null {
    const honorific = /^(mrs|ms|miss|frau|mr|herr)\.?\s/u.exec(name.toLowerCase())?.[1];
    const key = name.toLowerCase().replace(/^(?:mr|mrs|ms|miss|dr|herr|frau|prof)\.?\s+/u, '');
    const exact = this.persons.get(key);
    if (exact) return exact;
    // "Mrs Vance" after Eleanor and Robert Vance: the honorific's gender tells them apart before recency does.
    const gender = honorific ? (/^(?:mr|herr)$/u.test(honorific) ? 'm' : 'f') : null;
    const all = this.surnames.get(key);
    const fitting = gender ? all?.filter((h) => h.gender !== (gender === 'm' ? 'f' : 'm')) : all;
    const holders = fitting?.length ? fitting : all;
    if (!holders?.length) return null;
    if (holders.length === 1) return holders[0]!;
    // A bare surname, no honorific: the person the article introduced first. Newsroom style gives the later
    // namesake ("her father, Paul Whitaker") a full name, an honorific or "the elder X" whenever they come back.
    if (!honorific && !namesake) {
      const first = this.mentions.find((m) => m.pos < before && m.person && holders.includes(m.person));
      if (first) return first.person;
    }
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos < before && m.person && holders.includes(m.person)) return m.person;
    }
    return holders.at(-1)!;
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

  /** The most recent person mentioned in [from, before), or null; with `gender`, one known to have it. */
  latestPersonAfter(from: number, before: number, gender?: Gender): Person | null {
    for (let i = this.mentions.length - 1; i >= 0 && this.mentions[i]!.pos >= from; i--) {
      const person = this.mentions[i]!.person;
      if (this.mentions[i]!.pos < before && person && (!gender || person.gender === gender)) return person;
    }
    return null;
  }

  /** Where `person` was last mentioned before `before`, or -1. */
  lastMentionOf(person: Person, before: number): number {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      if (this.mentions[i]!.pos < before && this.mentions[i]!.person === person) return this.mentions[i]!.pos;
    }
    return -1;
  }

  /** The first person mentioned in [from, to), with their position. */
  /**
   * How many people other than `name`, of a gender that does not rule them out, were mentioned in [from, to): how
   * many others a pronoun or an inherited quote could also have meant. Capped at 2 (the calibration only asks none, one or several).
   */
  rivalsOf(name: string, from: number, to: number): number {
    const others = new Set<Person>();
    // "sagte sie" after two women: only someone the pronoun could also mean is a rival; a man is none for "she".
    const gender = this.persons.get(name.toLowerCase())?.gender ?? null;
    const couldBe = (p: Person): boolean => !gender || !p.gender || p.gender === gender;
    for (const m of this.mentions) {
      if (m.pos >= to) break;
      if (m.pos >= from && m.person && m.person.name !== name && couldBe(m.person)) others.add(m.person);
      if (others.size >= 2) break;
    }
    return others.size;
  }

  firstPersonIn(from: number, to: number): { person: Person; pos: number } | null {
    const m = this.mentions.find((x) => x.pos >= from && x.pos < to && x.person);
    return m ? { person: m.person!, pos: m.pos } : null;
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

  /**
   * The first person named after pos and not before it, within `until` (a lede describes, then names); one whose
   * role holds `roleNoun` is looked for up to `roleUntil`.
   */
  firstNewPersonAfter(pos: number, until: number, roleNoun?: string, roleUntil = until): Person | null {
    const seenBefore = new Set(this.mentions.filter((m) => m.pos < pos && m.person).map((m) => m.person));
    let fallback: Person | null = null;
    for (const m of this.mentions) {
      if (m.pos <= pos || m.pos >= Math.max(until, roleUntil) || !m.person || seenBefore.has(m.person)) continue;
      if (!roleNoun || (m.person.role ?? '').toLowerCase().includes(roleNoun)) return m.person;
      if (m.pos < until) fallback ??= m.person;
    }
    return fallback;
  }

  static speaker(person: Pick<Person, 'name' | 'role'>): AttributedSpeaker {
    return person.role ? { name: person.name, role: person.role } : { name: person.name };
  }
}
