/**
 * What a speaker phrase refers to: a named person ("Transport Minister Lukas Brenner", with role), an
 * organisation ("the regional transport authority", "The US"), a pronoun, a definite description to resolve
 * ("the minister"), or an anonymous source ("a spokesman", "one mother").
 */
import { documentPhrase, nominative } from './documents';
import { genderOfPronoun, genderOfRoleNoun, type Gender } from './gender';
import type { CompiledLanguage } from './lang/compile';
import { bare, capitalizedRuns, isGivenName, isOrgWord, isRoleWord, personInRun, tokenize, type Token } from './names';
import { isPlaceName } from './places';

export type SpeakerRef =
  | { type: 'person'; name: string; role: string | null }
  /**
   * `honorific`: "Mr" in "Mr Mercer", so a shared surname is told apart by gender; `namesake`: "the elder Osei",
   * a modifier that sets this holder of a shared surname apart from the one a bare surname means.
   */
  | { type: 'name'; name: string; honorific?: string; namesake?: boolean }
  | { type: 'pronoun'; group: boolean; gender: Gender | null }
  /** `surname`: a bare capitalised role word ("King said") may be the surname of someone named earlier. */
  | { type: 'definite'; noun: string; gender: Gender | null; surname?: string; asWritten?: string }
  /** "the company", "die Behörde": an organisation named earlier, else the phrase as written. */
  | { type: 'orgRef'; noun: string; phrase: string; words: string[] }
  /** "a report by X" credits X; "the report" the body last credited with a document. */
  | { type: 'document'; source: SpeakerRef | null; definite: boolean }
  /** `phrase`: the description as written ("American officials", "a senior diplomat"), shown as an unnamed source. */
  | { type: 'anonymous'; noun: string; indefinite: boolean; phrase?: string }
  /**
   * An unnamed spokesperson speaks for a body: "a spokesman for the Drayton Police Department" (`body`), "the
   * spokeswoman", "a police spokesman" (`modifier`: a word of the body's name, to find it when named later).
   */
  | { type: 'spokesperson'; noun: string; body: SpeakerRef | null; modifier: string | null; indefinite: boolean; phrase: string }
  | { type: 'none' };

const RELATIVE = /,\s*(?:who|which|whose|whom)\b|\s+(?:who|which)\s+(?:has|had|is|was|leads|led)\b/u;
const CUT =
  /\s+(?:as|while|when|because|after|before|during|amid|confirmant|précisant|ajoutant|estimant|assurant|soulignant|rappelant|alors|tandis|lorsque|avant|mientras|cuando|antes|porque|aunque)\s+|\s+[—–]\s+/u;
const PLURAL_SOURCES =
  /^(?:witnesses|residents|analysts|officials|mediators|negotiators|investigators|prosecutors|forecasters|lawmakers|legislators|democrats|republicans|paramedics|nurses|firefighters|rescuers|scholars|historians|insiders|bankers|traders|critics|experts|sources|observers|economists|activists|protesters|campaigners|diplomats|doctors|scientists|researchers|locals|villagers|neighbours|neighbors|parents|teachers|workers|kritiker|experten|anwohner|beobachter|zeugen|analysten|ökonomen|fachleute|diplomaten|témoins|habitants|riverains|analystes|observateurs|économistes|militants|manifestants|soignants|médecins|chercheurs|enquêteurs|fonctionnaires|diplomates|députés|élus|enseignants|salariés|agriculteurs|fuentes|vecinos|habitantes|testigos|analistas|expertos|observadores|economistas|activistas|manifestantes|médicos|investigadores|funcionarios|diplomáticos|trabajadores|pescadores|comerciantes)(?![\p{L}])/iu;
// "Several fishermen", "Mehrere Fischer", "Two Western diplomats": a counted or quantified group has no name.
const QUANTIFIED_GROUP =
  /^(?:several|some|many|two|three|four|five|dozens\s+of|mehrere|einige|viele|zahlreiche|zwei|drei|vier|fünf|plusieurs|certains|certaines|quelques|deux|trois|quatre|cinq|de\s+nombreux|varios|varias|algunos|algunas|muchos|dos|tres|cuatro|cinco)\s+\S/iu;

// "Aus Regierungskreisen hieß es", "sources close to the talks": anonymous circles, not a body.
const ANONYMOUS_CIRCLES =
  /^(?:a|an|one)\s+(?:[\p{L}-]+\s+)?(?:source|insider)\b|^(?:aus\s+|in\s+|from\s+)?\p{L}*(?:kreisen|kreise|quellen)\b|^(?:sources|people)\s+(?:close|familiar)\b|^(?:de\s+|des\s+)?(?:fuentes|sources?)(?![\p{L}])|^(?:l['’]\s?|el\s+)?entourage(?![\p{L}])/iu;

const LEADING_PHRASE =
  /^(?:in|on|at|during|after|before|speaking|earlier|later|meanwhile|however|last|this|yesterday|today|am|im|nach|bei|en|dans|lors|après|avant|pendant|depuis|durante|tras|desde|al)(?![\p{L}])[^,]{0,90},\s*(?=\S)/iu;
/**
 * "The chancellor, speaking alongside Dutch Prime Minister Sanne de Ruyter, said": a participle's phrase inside the
 * subject says where or to whom; the people it names are not the speaker.
 */
const INNER_ADVERBIAL =
  /^(?:speaking|talking|writing|appearing|standing|sitting|testifying|responding|replying)\s+(?:to|alongside|with|at|in|on|from|before|after|during|beside|next)\b/iu;
const NAMESAKE_MODIFIER = /^(?:the|der|die)\s+(?:elder|younger|senior|junior|other|ältere|jüngere|andere)$/u;
const HONORIFIC = /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Cllr|Herr|Frau)\.?\s*)+$/u;
const TRAILING_HONORIFIC = /\s*\b(?:Dr|Mr|Mrs|Ms|Prof|Sir|Cllr|Herr|Frau)\.?$/u;

/**
 * A speaker phrase is a few words; the adverbial patterns below backtrack on long runs of look-alike adverbials
 * (" durante un x" × 30 took minutes). Anything longer is no speaker phrase: its last words are kept.
 */
const MAX_PHRASE_WORDS = 40;
const lastWords = (phrase: string): string => {
  const words = phrase.split(/\s+/);
  return words.length > MAX_PHRASE_WORDS ? words.slice(-MAX_PHRASE_WORDS).join(' ') : phrase;
};

function clean(whole: string, lang: CompiledLanguage): string {
  const phrase = lastWords(whole);
  // "The European Energy Security Office (EESO)": the name as written, without its acronym.
  let p = phrase.replace(/\s*\(\p{Lu}[\p{Lu}\p{N}&]{1,8}\)/gu, '').replace(/^[\s,.;:!?"“”„«»‘’'—–-]+|[\s,;:"“”„«»‘’'—–-]+$/gu, '');
  p = p.replace(/^[\s,.;:!?"“”„«»‘’'—–-]+|[\s,;:"“”„«»‘’'—–-]+$/gu, '');
  p = p.replace(lang.leadingAdverbial, '').replace(lang.trailingAdverbial, '');
  // "Beim Landesbetrieb Straßenbau hieß es": the body, without its preposition.
  p = p
    .replace(/^(?:and|but|und|aber)\s+/iu, '')
    // "…,” while Representative Maria Solís said": a contrasting clause names its own subject.
    .replace(/^(?:while|whereas|während|wohingegen|tandis\s+que|alors\s+que|mientras\s+que|mientras)\s+(?=\S)/iu, '')
    .replace(/^(?:beim|vom)\s+(?=\p{Lu})/iu, '')
    .replace(LEADING_PHRASE, '');
  const rel = RELATIVE.exec(p);
  if (rel) p = p.slice(0, rel.index);
  const cut = CUT.exec(p);
  if (cut) p = p.slice(0, cut.index);
  return p.trim();
}

const stripDeterminer = (s: string, lang: CompiledLanguage): string => {
  const words = s.trim().split(/\s+/);
  while (words.length > 1 && lang.determiners.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
};

/** The words before the name in its comma part, or another comma part (an appositive), as the person's role. */
function roleFor(parts: string[], partIndex: number, nameStart: number, nameEnd: number, lang: CompiledLanguage): string | null {
  const part = parts[partIndex]!;
  const before = part.slice(0, nameStart).trim().replace(HONORIFIC, '').replace(TRAILING_HONORIFIC, '');
  const after = part.slice(nameEnd).trim();
  let role = before;
  if (/^(?:of|from|des|der|vom|von)\s/u.test(after)) role = `${role} ${after}`.trim();
  if (!role) role = parts.find((p, i) => i !== partIndex && !/^\d+$/.test(p.trim())) ?? '';
  role = stripDeterminer(role, lang)
    .replace(/^(?:former\s+)?$/u, '')
    .replace(/(\p{Ll}{3})\.$/u, '$1');
  return role.trim() || null;
}

/**
 * The head of "American officials", "senior Pentagon officials", "U.S. and European officials familiar with the
 * talks": a plural source noun within the first five words, after modifiers only (no lower-case verb before it).
 */
function pluralSourceHead(tokens: readonly Token[]): string | null {
  const at = tokens.slice(0, 6).findIndex((t) => PLURAL_SOURCES.test(t.text));
  if (at <= 0) return null;
  const modifiers = tokens.slice(0, at);
  const modifierLike = (t: Token): boolean =>
    /^\p{Lu}/u.test(t.text) ||
    /^(?:and|senior|top|local|state|federal|government|military|security|western|two|three|several|some|many|other|former|current|u\.s\.|regierungs)$/iu.test(
      t.text,
    );
  return modifiers.every(modifierLike) ? bare(tokens[at]!.text) : null;
}

/** "Officers", "Spokesmen", "Nurses": a plural of a role word is an anonymous group, not a name. */
function isPluralRole(word: string, lang: CompiledLanguage): boolean {
  const w = word.toLowerCase();
  const singular = w.endsWith('men') ? `${w.slice(0, -3)}man` : w.endsWith('s') ? w.slice(0, -1) : null;
  return (
    singular !== null && singular.length > 2 && !lang.determiners.has(w) && isRoleWord(singular, lang.table) && !isRoleWord(w, lang.table)
  );
}

/**
 * "Opening the inquiry's second phase on Monday, retired judge Dame Judith Ames", "In a memo to staff, seen by
 * the Pacific Ledger, Ferreira": a leading participial phrase ("Opening the", "seen by", "Asked whether") is an
 * adverbial, not the subject, when another comma part follows.
 */
function dropLeadingAdverbialParts(parts: string[], lang: CompiledLanguage): string[] {
  let i = 0;
  while (parts.length - i > 1) {
    const tokens = tokenize(parts[i]!, lang.table);
    const [a, b] = [tokens[0]?.text ?? '', tokens[1]?.text ?? ''];
    const participle =
      (/^\p{L}{3,}ing$/u.test(a) && /^\p{Ll}/u.test(b)) || /^\p{Ll}+(?:ed|en)$/u.test(a) || /^(?:Asked|Told|Pressed|Quoted)$/u.test(a);
    if (!participle) break;
    i++;
  }
  return parts.slice(i);
}

/**
 * A German noun for a person: a role word, a nominalised adjective or participle after "der/die" ("Angeklagte",
 * "Vorsitzende", "Verletzte"), or an agent noun ("Innenverteidiger", "Aktivistin"), but not the agent nouns news
 * uses for firms ("der Betreiber", "der Hersteller") or things ("der Rechner").
 */
const FIRM_OR_THING_AGENTS =
  /(?:betreiber|hersteller|anbieter|veranstalter|versicherer|vermieter|träger|zulieferer|händler|versender|computer|rechner|server|sender)$/u;
function isPersonNoun(word: string, lang: CompiledLanguage): boolean {
  const w = word.toLowerCase();
  if (isRoleWord(word, lang.table)) return true;
  if (FIRM_OR_THING_AGENTS.test(w)) return false;
  return /\p{Ll}(?:t|nd|en|ch|k|ig)e$/u.test(word) || /\p{Ll}(?:er|ist|ent|ant|eur)in$/u.test(word) || /\p{Ll}{3}er$/u.test(word);
}

/** A determiner and a common noun only ("The construction company", German "Der Investor"): no name in it. */
function isBareDescription(tokens: readonly Token[], lang: CompiledLanguage): boolean {
  const rest = tokens.filter((t) => !lang.determiners.has(t.text.toLowerCase()));
  if (rest.every((t) => /^\p{Ll}/u.test(t.text))) return true;
  return lang.table.capitalizedNouns && rest.length === 1 && rest.length < tokens.length;
}

/** Analyse a speaker phrase (the text between clause start and cue, or after an inverted cue). */
export function analyzeSpeakerPhrase(phrase: string, lang: CompiledLanguage): SpeakerRef {
  const table = lang.table;
  // A genitive source ("nach Angaben des Kultusministeriums") is named in the nominative.
  const text = nominative(clean(phrase, lang), (w) => isOrgWord(w, table));
  if (!text || text.split(/\s+/).length > 25) return { type: 'none' };
  const lower = text.toLowerCase();
  if (table.personPronouns.includes(lower)) return { type: 'pronoun', group: false, gender: genderOfPronoun(lower, table) };
  if (table.groupPronouns.includes(lower)) return { type: 'pronoun', group: true, gender: null };

  const parts = dropLeadingAdverbialParts(
    text.split(/\s*,\s*/u).filter((p, i) => p && !/^\d+$/.test(p) && !(i > 0 && INNER_ADVERBIAL.test(p))),
    lang,
  ).slice(0, 3);
  const first = parts[0] ?? '';
  // "Giving evidence in his own defence, he": a pronoun after a leading adverbial.
  if (parts.length === 1 && first !== text && table.personPronouns.includes(first.toLowerCase())) {
    return { type: 'pronoun', group: false, gender: genderOfPronoun(first.toLowerCase(), table) };
  }
  const firstTokens = tokenize(first, table);
  // "A Department of Health and Social Care spokesperson": the body speaks (before its "of" reads as an institution's).
  const bodySpokesperson = NAMED_BODY_SPOKESPERSON.test(text) ? spokespersonRef(text, lang) : null;
  if (bodySpokesperson) return bodySpokesperson;
  // "the administration of US President Barack Obama": an institution of someone, named as written.
  const head = firstTokens.findIndex((t) => !lang.determiners.has(t.text.toLowerCase()));
  const headToken = firstTokens[head];
  if (
    head >= 0 &&
    headToken &&
    isOrgWord(headToken.text, table) &&
    /^(?:of|des|der|de|du|del|d['’])$/u.test(firstTokens[head + 1]?.text ?? '')
  ) {
    return { type: 'name', name: first };
  }
  const document = documentPhrase(first, firstTokens, lang);
  if (document) {
    const source = document.source === null ? null : analyzeSpeakerPhrase(document.source, lang);
    return { type: 'document', source: source?.type === 'none' ? null : source, definite: document.definite };
  }

  const spokesperson = spokespersonRef(text, lang);
  if (spokesperson) return spokesperson;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const tokens = tokenize(part, table);
    const runs = capitalizedRuns(tokens, table);
    for (const [r, run] of runs.entries()) {
      // "Social Democrat leader Ingrid Sollberg", "Liberal Democrat group leader Cllr Martin Hale": a run right
      // before lower-case words that lead to a later name modifies that description.
      const next = tokens[tokens.indexOf(run.at(-1)!) + 1];
      if (next && /^\p{Ll}/u.test(next.text) && isRoleWord(next.text, table)) continue;
      // A full name with a known given name is the subject itself ("Ellie Marsden reached … over Daria Kostenko").
      const own = personInRun(run, part, table);
      const ownNamed = own !== null && isGivenName(own.name.split(/\s+/u)[0]!, table);
      if (next && /^\p{Ll}/u.test(next.text) && !ownNamed && runs.slice(r + 1).some((later) => personInRun(later, part, table))) continue;
      // "One paramedic in the West Midlands", "a resident of Ram Nagar": a place, not a person.
      const at = tokens.indexOf(run[0]!);
      const placeLead = (tokens[at - 1]?.text.toLowerCase() === 'the' ? tokens[at - 2] : tokens[at - 1])?.text.toLowerCase() ?? '';
      if (/^(?:in|at|from|near|outside)$/u.test(placeLead)) continue;
      const person = personInRun(run, part, table);
      if (!person || isPlaceName(person.name)) continue;
      // "The White House", "the Merritt Falls Rotary Club": a name after a determiner is an institution's.
      const lead = part.slice(0, person.start).trim().toLowerCase();
      if (lead && lang.determiners.has(lead) && parts.length === 1) return { type: 'name', name: part.trim() };
      return { type: 'person', name: person.name, role: roleFor(parts, i, person.start, person.end, lang) };
    }
  }

  if (PLURAL_SOURCES.test(first) || QUANTIFIED_GROUP.test(first) || isPluralRole(firstTokens[0]?.text ?? '', lang)) {
    // "Analysts at Crestline Capital": the named body speaks for its unnamed staff.
    const body = /\s(?:at|from|of|with|for|bei|von|vom|der|des)\s+(.+)$/u.exec(first)?.[1];
    // "Residents of Velachery and Madipakkam", "villagers in X": people of a place, not a body speaking.
    const ofPlace = /^(?:residents|locals|villagers|neighbours|neighbors|people|citizens|anwohner|habitants|vecinos|habitantes)\b/iu.test(
      first,
    );
    const named = body && !ofPlace ? namedHead(body, tokenize(body, table), lang) : null;
    return named ?? { type: 'anonymous', noun: bare(firstTokens.at(-1)?.text ?? ''), indefinite: false, phrase: first };
  }
  if (ANONYMOUS_CIRCLES.test(first))
    return { type: 'anonymous', noun: bare(firstTokens.at(-1)?.text ?? ''), indefinite: false, phrase: first };
  // "American officials", "senior Western diplomats", "two people familiar with": a plural source after modifiers
  // is unnamed; a capitalised modifier ("American", "Pentagon") is not the speaker's name.
  const plural = pluralSourceHead(firstTokens);
  if (plural) return { type: 'anonymous', noun: plural, indefinite: false, phrase: first };
  // "der Angeklagte", "die Innenverteidigerin": a German article and one capitalised agent noun or nominalised
  // adjective describe a person named earlier ("der" as a subject is masculine singular); unresolved, it stays as written.
  if (
    table.capitalizedNouns &&
    firstTokens.length === 2 &&
    /^(?:der|die)$/iu.test(firstTokens[0]!.text) &&
    !parts[1] &&
    !isOrgWord(firstTokens[1]!.text, table) &&
    !/^\d/u.test(firstTokens[1]!.text) &&
    isPersonNoun(firstTokens[1]!.text, lang)
  ) {
    const noun = bare(firstTokens[1]!.text);
    const gender = /^der$/iu.test(firstTokens[0]!.text) ? 'm' : genderOfRoleNoun(noun, table);
    return { type: 'definite', noun, gender, asWritten: first };
  }
  // "Ein Händler", "eine Demonstrantin, die …": German capitalises every noun, so one after an indefinite article is
  // an unnamed person, not a name.
  if (
    table.capitalizedNouns &&
    firstTokens.length === 2 &&
    table.indefinites.includes(firstTokens[0]!.text.toLowerCase()) &&
    !isOrgWord(firstTokens[1]!.text, table)
  ) {
    return { type: 'anonymous', noun: bare(firstTokens[1]!.text), indefinite: true, phrase: first };
  }
  // "One paramedic in the West Midlands", "a doctor at Kenyatta Hospital": an indefinite description; the names in
  // it say where the person is, not who.
  if (
    !table.capitalizedNouns &&
    table.indefinites.includes(firstTokens[0]?.text.toLowerCase() ?? '') &&
    /^\p{Ll}/u.test(firstTokens[1]?.text ?? '') &&
    // "A military officer in Cúcuta": a body's word that modifies a person is no body.
    (!isOrgWord(firstTokens[1]!.text, table) || /^\p{Ll}/u.test(firstTokens[2]?.text ?? ''))
  ) {
    const noun = bare(
      firstTokens
        .slice(1)
        .find((t, i) => /^(?:at|in|from|of|for|with)$/u.test(firstTokens[i + 2]?.text ?? '') || i === firstTokens.length - 2)?.text ??
        firstTokens[1]!.text,
    );
    return { type: 'anonymous', noun, indefinite: true, phrase: first };
  }
  const named = namedHead(first, firstTokens, lang);
  // "The construction company, Holt & Brennan" / "Der Investor, die Brenner Logistik GmbH": a description
  // followed by the name in apposition is named by the name.
  const appositive =
    parts[1] && (!named || isBareDescription(firstTokens, lang)) ? namedHead(parts[1], tokenize(parts[1], table), lang) : null;
  if (appositive) return appositive;
  if (named) return named;

  // No name: a description. Its head is the last word before any "for/at/of" complement.
  const complement = firstTokens.findIndex(
    (t, i) => i > 0 && /^(?:for|at|of|from|with|in|des|der|vom|von|bei|de|du|del|d['’])$/u.test(t.text),
  );
  const core = complement > 0 ? firstTokens.slice(0, complement) : firstTokens;
  const noun = bare(core.at(-1)?.text ?? '');
  if (!noun) return { type: 'none' };
  const lead = (core[0]?.text ?? '').toLowerCase();
  if (table.indefinites.includes(lead)) return { type: 'anonymous', noun, indefinite: true, phrase: first };
  if (PLURAL_SOURCES.test(first)) return { type: 'anonymous', noun, indefinite: false, phrase: first };
  if (isOrgWord(noun, table)) {
    // A bare definite ("the company", "die Behörde") points back at a named organisation.
    // A definite description ("the company", "the electoral commission", "die Behörde") points back at a named
    // organisation whose name holds its words; failing that it is named as written.
    const definite = lang.determiners.has(lead) && !table.indefinites.includes(lead) && complement < 0;
    const words = core.slice(1).map((t) => bare(t.text));
    return definite
      ? { type: 'orgRef', noun, phrase: first, words }
      : { type: 'name', name: nominative(first, (w) => isOrgWord(w, table)) };
  }
  // "the 34-year-old said": an age stands for the person last named.
  if (/^\d+-(?:year-old|jährige|jährigen|jähriger)$/iu.test(noun)) return { type: 'definite', noun: '', gender: null };
  if (isRoleWord(noun, table)) {
    const surname = core.length === 1 && /^\p{Lu}/u.test(core[0]!.text) ? core[0]!.text : undefined;
    return { type: 'definite', noun, gender: genderOfRoleNoun(noun, table), ...(surname ? { surname } : {}) };
  }
  return { type: 'none' };
}

// "a police spokesman for the …", "ein Sprecher der Behörde", "so eine Sprecherin": determiner, one optional
// modifier, the noun, and the body it speaks for. A named spokesperson ("spokeswoman Anna Berg") is a person.
const SPOKESPERSON =
  /^(?:so\s+)?(?:(a|an|the|ein|eine|einer|der|die|un|une|le|la|el|su|son|sa)\s+)?(?:(\p{L}[\p{L}-]*)\s+)?(spokes(?:man|woman|person)|sprecher(?:in)?|porte-parole|portavoz)(?:\s+(?:for|of|at|bei|vom|von|de|del|du|des)\s+|\s+d(?:e\s+l)?['’]|\s+(?=(?:der|des)\s)|$)(.*)$/iu;
// "the Department for Housing, Communities and Local Growth": a comma list of capitalised words ending in "and".
const NAME_WITH_LIST = /^[^,]+(?:,\s+\p{Lu}[^,]*)+\s+(?:and|und)\s+\p{Lu}[^,]*$/u;

// "A Department of Health and Social Care spokesperson", "a GWR spokesman": the body's name before the noun.
const NAMED_BODY_SPOKESPERSON =
  /^([Aa]n?|[Tt]he)\s+(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}&'’.-]*))*)\s+(spokes(?:man|woman|person))$/u;

function spokespersonRef(text: string, lang: CompiledLanguage): SpeakerRef | null {
  const named = NAMED_BODY_SPOKESPERSON.exec(text);
  if (named) {
    return {
      type: 'spokesperson',
      noun: named[3]!,
      body: { type: 'name', name: named[2]! },
      modifier: null,
      phrase: text,
      indefinite: lang.table.indefinites.includes(named[1]!.toLowerCase()),
    };
  }
  const m = SPOKESPERSON.exec(text);
  if (!m) return null;
  const [, determiner = '', modifier, noun, rest = ''] = m;
  // "A spokeswoman for the authority, Maria Lindqvist": named in apposition, a person.
  if (!NAME_WITH_LIST.test(rest) && rest.includes(',')) return null;
  const body = rest.trim();
  if (modifier && /^\p{Lu}/u.test(modifier) && !lang.table.capitalizedNouns) return null;
  const bodyRef = !body ? null : body.includes(',') ? { type: 'name' as const, name: body } : analyzeSpeakerPhrase(body, lang);
  if (bodyRef && bodyRef.type !== 'name' && bodyRef.type !== 'orgRef') return null;
  return {
    type: 'spokesperson',
    noun: noun!.toLowerCase(),
    body: bodyRef,
    modifier: modifier?.toLowerCase() ?? null,
    phrase: text,
    indefinite: lang.table.indefinites.includes(determiner.toLowerCase()),
  };
}

/**
 * A capitalised head that is not a person's full name: a surname ("Mousavian"), an organisation ("the Vantis
 * Group", "RailWorkers United") or a country ("The US"). A lone capitalised word followed by a lower-case word is a
 * modifier ("Kenyan trade envoy"), and a role word is a description ("Gesundheitsministerin").
 */
function namedHead(first: string, tokens: Token[], lang: CompiledLanguage): SpeakerRef | null {
  const table = lang.table;
  const runs = capitalizedRuns(tokens, table).filter((run) => {
    const next = tokens[tokens.indexOf(run.at(-1)!) + 1];
    const modifier = run.length === 1 && next !== undefined && /^\p{Ll}/u.test(next.text);
    const description =
      run.length === 1 &&
      tokens.length === 2 &&
      tokens[1] === run[0] &&
      lang.determiners.has(tokens[0]!.text.toLowerCase()) &&
      isOrgWord(run[0]!.text, table);
    return !modifier && !description && !(run.length === 1 && isRoleWord(run[0]!.text, table));
  });
  const run = runs.at(-1);
  if (!run) return null;
  const runStart = run[0]!.start;
  const runEnd = run.at(-1)!.end;
  // "the Nyeri Town MP", "der Wiener Bürgermeister": a run ending in an office describes its holder, no body.
  const office = run.length > 1 && first.slice(runEnd).trim() === '' ? bare(run.at(-1)!.text) : '';
  if (office && isRoleWord(office, table) && !isOrgWord(office, table)) {
    return { type: 'definite', noun: office, gender: genderOfRoleNoun(office, table) };
  }
  const beforeRun = first.slice(0, runStart).trim().toLowerCase();
  // "The Greyford Tenants' Association": the determiner belongs to the name, keep the phrase as written.
  if (first.slice(runEnd).trim() === '' && (beforeRun === '' || lang.determiners.has(beforeRun))) {
    return { type: 'name', name: nominative(first.slice(0, runEnd).trim(), (w) => isOrgWord(w, lang.table)) };
  }
  // "Kultusministeriums" after "des": the genitive is part of how the phrase is written, not of the name.
  const name = first.slice(runStart, runEnd);
  if (HONORIFIC.test(beforeRun.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))) return { type: 'name', name, honorific: beforeRun };
  if (NAMESAKE_MODIFIER.test(beforeRun)) return { type: 'name', name, namesake: true };
  return {
    type: 'name',
    name: /(?:^|\s)(?:des|eines)$/u.test(beforeRun) ? nominative(`des ${name}`, (w) => isOrgWord(w, lang.table)) : name,
  };
}
