/**
 * Resolving a speaker phrase to an entity: a full name is registered, a surname, "Mr X", a role noun ("the
 * minister", "der Angeklagte"), a pronoun or an acronym is traced back to the full name first given.
 */
import type { Article, Resolved } from './article';
import { EntityRegistry, position, type Person } from './entities';
import type { Gender } from './gender';
import { bare, isGivenName, isOrgWord, isRoleWord } from './names';
import type { SpeakerRef } from './speaker-phrase';
import type { Range } from './sentences';

export const sentenceAt = (article: Article, p: number, offset: number): Range =>
  article.sentences[p]!.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: article.paragraphs[p]!.length };

export const NONE: Resolved = { speaker: null, confidence: 0.3, cataphora: null };

export function resolveRef(article: Article, ref: SpeakerRef, p: number, offset: number): Resolved {
  const { registry } = article;
  const pos = position(p, offset);
  const named = (person: { name: string; role: string | null }, confidence: number): Resolved => ({
    speaker: EntityRegistry.speaker(person),
    confidence,
    cataphora: null,
  });
  switch (ref.type) {
    case 'person':
      return named(registry.addPerson(ref.name, ref.role, pos), 0.9);
    case 'name': {
      const expanded = registry.expandAlias(ref.name, pos);
      if (expanded) {
        registry.addOrg(expanded, pos, true);
        return { speaker: { name: expanded }, confidence: 0.8, cataphora: null };
      }
      const known = registry.lookup(ref.honorific ? `${ref.honorific} ${ref.name}` : ref.name, pos, ref.namesake);
      if (known) return named(registry.addPerson(known.name, null, pos), 0.85);
      // "Institut" after "Institut für Küstenökologie": a short form of an organisation named before.
      const words = ref.name
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => !article.lang.determiners.has(w));
      const fuller =
        words.length <= 2
          ? registry.latestOrgWhere(pos, (org) => {
              const orgWords = org.toLowerCase().split(/\s+/);
              return orgWords.length > words.length && words.every((w) => orgWords.includes(w));
            })
          : null;
      if (fuller) return { speaker: { name: fuller }, confidence: 0.7, cataphora: null };
      registry.addOrg(ref.name, pos, true);
      return { speaker: { name: ref.name }, confidence: 0.8, cataphora: null };
    }
    case 'pronoun': {
      const org = (): Resolved => {
        // "The agency said … made by Orvell Pharma. It said …": the organisation that last spoke (this paragraph
        // or the one before) is likelier than one just mentioned.
        const name = registry.latestOrgWhere(pos, () => true, position(p - 1, 0) - 1, true) ?? registry.latestOrg(pos);
        return name ? { speaker: { name }, confidence: 0.6, cataphora: null } : NONE;
      };
      if (ref.group) return org();
      // The most recent person whose gender, when known, fits the pronoun ("she" skips "Tom Baker").
      const person = subjectFirst(article, registry.latestPerson(pos, undefined, ref.gender), pos, ref.gender);
      // "A senior diplomat … said …. “…,” he said.": the unnamed speaker, not the last person named; an unnamed
      // spokesperson's "he" speaks for their body.
      const unnamed = registry.anonymousSince(person, pos);
      if (unnamed && (person || unnamed.org))
        return unnamed.org
          ? { speaker: { name: unnamed.org }, confidence: 0.6, cataphora: null }
          : { speaker: null, confidence: 0.6, cataphora: null };
      if (person) return named(person, 0.75);
      // German "sie"/"er" also stand for feminine and masculine nouns: "die Behörde … sie".
      const fallback = article.lang.table.pronounsCanBeOrgs ? org() : NONE;
      // A lede's "what she described as" before anyone is named: the person named next.
      return !fallback.speaker && p <= 1 ? { speaker: null, confidence: 0.5, cataphora: { pos, noun: null } } : fallback;
    }
    case 'definite': {
      const known = ref.surname ? registry.lookup(ref.surname, pos) : null;
      if (known) return named(registry.addPerson(known.name, null, pos), 0.8);
      // "The city's director of public health … said …. Dr Oluwaseun Adeyemi-Clarke said": a role no one named so
      // far holds, followed in the same paragraph by a new name, is that person.
      // Someone named earlier in the same paragraph is the likelier referent.
      const introduced =
        ref.noun &&
        isRoleWord(ref.noun, article.lang.table) &&
        !registry.latestPerson(pos, ref.noun) &&
        registry.latestPersonAfter(position(p, 0), pos) === null
          ? registry.firstNewPersonAfter(pos, position(p + 1, 0))
          : null;
      const person =
        registry.latestPerson(pos, ref.noun, ref.gender) ??
        introduced ??
        (p <= 1 ? null : registry.latestPerson(pos, undefined, ref.gender));
      if (person) return named(person, 0.6);
      if (ref.asWritten) return { speaker: { name: ref.asWritten }, confidence: 0.5, cataphora: null };
      return { speaker: null, confidence: 0.5, cataphora: { pos, noun: ref.noun } };
    }
    case 'orgRef': {
      // "the association" → "The Greyford Tenants' Association"; "the Central Bank" → "The Central Bank of Meridia";
      // "the company" → the last "… Holdings", or a bare brand name ("Northline").
      const { table } = article.lang;
      const companies = table.companyWords;
      const wordsOf = (org: string): string[] => org.toLowerCase().split(/\s+/).map(bare);
      const holdsAll = (org: string): boolean => ref.words.every((w) => wordsOf(org).includes(w));
      const company = (org: string): boolean =>
        wordsOf(org).some((w) => companies.includes(w)) || !wordsOf(org).some((w) => isOrgWord(w, table));
      const isCompany = ref.words.length === 1 && companies.includes(ref.noun);
      const name =
        registry.latestOrg(pos, (head) => head === ref.noun) ??
        registry.latestOrgWhere(pos, holdsAll) ??
        (isCompany ? registry.latestOrgWhere(pos, company) : null) ??
        // A lede's description waits for the name: "what their union called …" → the union named next.
        (p <= 1 ? registry.firstOrgAfter(pos, position(p + 2, 0), holdsAll) : null) ??
        ref.phrase;
      registry.addOrg(name, pos, true);
      return { speaker: { name }, confidence: 0.7, cataphora: null };
    }
    case 'document': {
      if (ref.source) {
        const resolved = resolveRef(article, ref.source, p, offset);
        if (resolved.speaker) registry.documentSource = resolved.speaker.name;
        return resolved;
      }
      // "the report said" after "a report by X": X; an unsourced "a study found" has no named speaker.
      const source = ref.definite ? registry.documentSource : null;
      return source ? { speaker: { name: source }, confidence: 0.6, cataphora: null } : { speaker: null, confidence: 0.6, cataphora: null };
    }
    case 'spokesperson': {
      // A spokesperson named elsewhere ("Anna Berg, a spokeswoman for …") is that person.
      const person = ref.indefinite || ref.body ? null : registry.latestPerson(pos, ref.noun);
      if (person) return named(person, 0.6);
      // Without a body: the one an earlier spokesperson spoke for, else (for "a spokeswoman") a body that spoke in
      // this paragraph or the one before, else a lede's "a police spokesman" waits for the police to be named.
      const fits = (org: string): boolean => !ref.modifier || org.toLowerCase().includes(ref.modifier);
      const body = ref.body
        ? (resolveRef(article, ref.body, p, offset).speaker?.name ?? null)
        : (registry.spokesBody ??
          (!ref.indefinite
            ? null
            : (registry.latestOrgWhere(pos, fits, position(p - 1, 0) - 1, true) ??
              (p <= 1 ? registry.firstOrgAfter(pos, position(p + 2, 0), fits) : null))));
      if (!body)
        return resolveRef(article, { type: 'anonymous', noun: ref.noun, indefinite: ref.indefinite, phrase: ref.phrase }, p, offset);
      registry.spokesBody = body;
      registry.addAnonymous(pos, body);
      return { speaker: { name: body }, confidence: 0.6, cataphora: null };
    }
    case 'anonymous': {
      const unnamed = ref.phrase ? { unnamed: ref.phrase } : {};
      if (ref.indefinite && p === 0) return { speaker: null, confidence: 0.5, cataphora: { pos, noun: null }, ...unnamed };
      registry.addAnonymous(pos);
      return { speaker: null, confidence: 0.8, cataphora: null, ...unnamed };
    }
    case 'none':
      return NONE;
  }
}

const LEADING_PHRASE =
  /^[\s"“„«‘]*(\p{Lu}\p{Ll}{2,}(?:ed|ing)|In|On|At|After|Before|During|Under|With|Without|By|For|From|Despite|Nach|Bei|Im|Mit|Trotz|Après|Avant|Dans|Selon|Tras|Durante|Con)\s[^,;:.!?]{0,120},\s*/u;

/**
 * "X, 29, denies murdering Hamid Rahimi …. He said": a pronoun prefers the subject of the sentence that last
 * mentioned its candidate, when the candidate was only an object there (centering).
 */
function subjectFirst(article: Article, person: Person | null, before: number, gender: Gender | null): Person | null {
  if (!person) return null;
  const at = article.registry.lastMentionOf(person, before);
  const p = Math.floor(at / 1_000_000);
  const sentence = sentenceAt(article, p, at % 1_000_000);
  const first = article.registry.firstPersonIn(position(p, sentence.start), at);
  // "Named to the bench by President Gerald Ford in 1975, Judge Whitcombe was …": a leading participle or
  // prepositional phrase up to its comma holds no subject.
  const leading = LEADING_PHRASE.exec(article.paragraphs[p]!.slice(sentence.start, sentence.end));
  // "Jared Kim, 44, …" and "Manfred Ott, …" open with a name, not a participle.
  const lead = leading && !isGivenName(leading[1]!, article.lang.table) ? leading[0] : '';
  const inLead = (who: Person): boolean => lead.includes(who.name.split(/\s+/u).at(-1)!);
  const subjectLike = (pos: number): boolean => (pos % 1_000_000) - sentence.start - lead.length < 40;
  if (!first || first.person === person || inLead(first.person) || !subjectLike(first.pos) || subjectLike(at)) return person;
  return gender && first.person.gender && first.person.gender !== gender ? person : first.person;
}
