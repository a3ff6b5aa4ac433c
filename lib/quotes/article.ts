/**
 * One article prepared for attribution: quote spans, sentences, speech cues and known entities per paragraph,
 * plus the shared step every rule needs: who is the subject of this cue, resolved to a full name.
 */
import { compileLanguage, findCues, type CompiledLanguage, type CueMatch } from './lang/compile';
import type { LanguageTable } from './lang/types';
import { collectEntities, EntityRegistry, position } from './entities';
import { bare, isGivenName, isOrgWord, tokenize } from './names';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { splitSentences, type Range } from './sentences';
import { analyzeSpeakerPhrase, type SpeakerRef } from './speaker-phrase';
import { coordinatedReport } from './clause';
import type { AttributedSpeaker } from './types';

export interface Article {
  paragraphs: readonly string[];
  lang: CompiledLanguage;
  spans: QuoteSpan[];
  spansIn: QuoteSpan[][];
  sentences: Range[][];
  cues: CueMatch[][];
  registry: EntityRegistry;
}

export interface Resolved {
  speaker: AttributedSpeaker | null;
  confidence: number;
  /** A lede's description ("a senior diplomat said") waits for the name given later. */
  cataphora: { pos: number; noun: string | null } | null;
}

export function prepareArticle(paragraphs: readonly string[], table: LanguageTable): Article {
  const lang = compileLanguage(table);
  const spans = findQuoteSpans(paragraphs, table);
  const spansIn: QuoteSpan[][] = paragraphs.map(() => []);
  for (const s of spans) spansIn[s.paragraph]!.push(s);
  const sentences = paragraphs.map((text, p) => splitSentences(text, table, spansIn[p]!));
  const cues = paragraphs.map((text, p) =>
    findCues(lang, text).filter((c) => !spansIn[p]!.some((s) => c.start >= s.start && c.end <= s.end)));
  const registry = collectEntities(paragraphs, table, spansIn);
  return { paragraphs, lang, spans, spansIn, sentences, cues, registry };
}

export const sentenceAt = (article: Article, p: number, offset: number): Range =>
  article.sentences[p]!.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: article.paragraphs[p]!.length };

const NONE: Resolved = { speaker: null, confidence: 0.3, cataphora: null };

export function resolveRef(article: Article, ref: SpeakerRef, p: number, offset: number): Resolved {
  const { registry } = article;
  const pos = position(p, offset);
  const named = (person: { name: string; role: string | null }, confidence: number): Resolved =>
    ({ speaker: EntityRegistry.speaker(person), confidence, cataphora: null });
  switch (ref.type) {
    case 'person':
      return named(registry.addPerson(ref.name, ref.role, pos), 0.9);
    case 'name': {
      const known = registry.lookup(ref.name);
      if (known) return named(registry.addPerson(known.name, null, pos), 0.85);
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
      const person = registry.latestPerson(pos, undefined, ref.gender);
      // "A senior diplomat … said …. “…,” he said.": the unnamed speaker, not the last person named.
      if (person && registry.anonymousSince(person, pos)) return { speaker: null, confidence: 0.6, cataphora: null };
      if (person) return named(person, 0.75);
      // German "sie"/"er" also stand for feminine and masculine nouns: "die Behörde … sie".
      const fallback = article.lang.table.pronounsCanBeOrgs ? org() : NONE;
      // A lede's "what she described as" before anyone is named: the person named next.
      return !fallback.speaker && p <= 1 ? { speaker: null, confidence: 0.5, cataphora: { pos, noun: null } } : fallback;
    }
    case 'definite': {
      const known = ref.surname ? registry.lookup(ref.surname) : null;
      if (known) return named(registry.addPerson(known.name, null, pos), 0.8);
      const person = registry.latestPerson(pos, ref.noun, ref.gender) ?? (p <= 1 ? null : registry.latestPerson(pos, undefined, ref.gender));
      if (person) return named(person, 0.6);
      return { speaker: null, confidence: 0.5, cataphora: { pos, noun: ref.noun } };
    }
    case 'orgRef': {
      // "the association" → "The Greyford Tenants' Association"; "the Central Bank" → "The Central Bank of Meridia";
      // "the company" → the last "… Holdings", or a bare brand name ("Northline").
      const { table } = article.lang;
      const companies = table.companyWords;
      const wordsOf = (org: string): string[] => org.toLowerCase().split(/\s+/).map(bare);
      const holdsAll = (org: string): boolean => ref.words.every((w) => wordsOf(org).includes(w));
      const company = (org: string): boolean => wordsOf(org).some((w) => companies.includes(w)) || !wordsOf(org).some((w) => isOrgWord(w, table));
      const isCompany = ref.words.length === 1 && companies.includes(ref.noun);
      const name = registry.latestOrg(pos, (head) => head === ref.noun) ?? registry.latestOrgWhere(pos, holdsAll) ??
        (isCompany ? registry.latestOrgWhere(pos, company) : null) ??
        // A lede's description waits for the name: "what their union called …" → the union named next.
        (p <= 1 ? registry.firstOrgAfter(pos, position(p + 2, 0), holdsAll) : null) ?? ref.phrase;
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
    case 'anonymous':
      if (ref.indefinite && p === 0) return { speaker: null, confidence: 0.5, cataphora: { pos, noun: null } };
      registry.addAnonymous(pos);
      return { speaker: null, confidence: 0.8, cataphora: null };
    case 'none':
      return NONE;
  }
}

const CLAUSE_BOUNDARY = /[;:]\s*|,\s+(?:although|though|but|while|whereas|yet|and|because|aber|doch|während|obwohl|weil|und)\s+/giu;
const FOLLOWS_CONTENT = /^[\s,.;:!?"“”„«»‘’'—–-]*$/u;

/** Where the clause holding the cue starts: after the last quote, semicolon or "…, although" before it. */
function clauseStart(article: Article, p: number, sentence: Range, at: number): number {
  const text = article.paragraphs[p]!;
  let start = sentence.start;
  for (const s of article.spansIn[p]!) if (s.close < at && s.close >= start) start = s.close + 1;
  CLAUSE_BOUNDARY.lastIndex = start;
  for (let m = CLAUSE_BOUNDARY.exec(text); m && m.index < at; m = CLAUSE_BOUNDARY.exec(text)) start = m.index + m[0].length;
  return start;
}

/** The speaker after an inverted cue ("said Marta Olsen, …", "sagte Oswald dem Sender"). */
function phraseAfter(article: Article, p: number, from: number, to: number): string {
  const text = article.paragraphs[p]!;
  const table = article.lang.table;
  const next = article.spansIn[p]!.find((s) => s.open >= from);
  const end = Math.min(to, next ? next.open : to);
  const phrase = text.slice(from, end);
  if (!table.verbSecond) return phrase;
  // Verb-second: one noun phrase (determiner, capitalised words, a genitive), then objects and adverbs follow.
  const tokens = tokenize(phrase, table);
  let n = 0;
  if (tokens[0] && article.lang.determiners.has(tokens[0].text.toLowerCase())) n = 1;
  while (tokens[n] && /^\p{Lu}/u.test(tokens[n]!.text)) {
    n++;
    // "Oberbürgermeisterin Karin Weidlich Vorwürfe der Opposition": a given name and surname end the phrase.
    if (n >= 2 && isGivenName(tokens[n - 2]!.text, table)) break;
  }
  // "der Sprecher des Ministeriums": a genitive completes a bare noun, not a name ("Anja Keller der dpa").
  if (tokens[n] && /^(?:des|der)$/u.test(tokens[n]!.text) && n > 0 && n - (tokens[0] && article.lang.determiners.has(tokens[0].text.toLowerCase()) ? 1 : 0) === 1) {
    n++;
    while (tokens[n] && /^\p{Lu}/u.test(tokens[n]!.text)) n++;
  }
  if (n === 0 && tokens[0]) n = 1;
  return n > 0 ? phrase.slice(0, tokens[n - 1]!.end) : '';
}

/**
 * The subject of a sentence's main clause, for a participle's speaker: everything before the main verb
 * ("United's captain, Joel Ambrose, apologised …, writing that"), found as the first lower-case finite or -ed
 * word or speech verb; failing that, everything before the first lower-case word.
 */
function mainSubject(article: Article, p: number, from: number, to: number): string {
  const text = article.paragraphs[p]!;
  const table = article.lang.table;
  const cueStarts = new Set(article.cues[p]!.map((c) => c.start));
  const verb = tokenize(text, table, from, to).find((t, i) => i > 0 && /^\p{Ll}/u.test(t.text) &&
    (table.finiteMarkers.includes(t.text) || /ed$/u.test(t.text) || cueStarts.has(t.start)));
  return verb ? text.slice(from, verb.start) : (text.slice(from, to).split(/\s+(?=\p{Ll})/u)[0] ?? '');
}

/** A finite verb in the phrase: a listed one, or (English) a past in -ed after a two-word subject ("Ferry traffic resumed"). */
const hasFiniteVerb = (phrase: string, table: LanguageTable): boolean =>
  tokenize(phrase, table).some((t, i) => table.finiteMarkers.includes(t.text.toLowerCase()) ||
    (table.bareClauseNeedsFiniteVerb && i >= 2 && /^\p{Ll}+ed$/u.test(t.text)));

const ANAPHORIC_OR_EMPTY = (lead: string, article: Article): boolean =>
  FOLLOWS_CONTENT.test(lead) || /,\s*$/.test(lead) || article.lang.table.anaphoricObjects.includes(lead.trim().toLowerCase());

// Quotes and claims often share a cue; each cue's speaker is worked out once.
const speakerMemo = new WeakMap<CueMatch, Resolved>();

/** Who is the subject of `cue`: before it, after it (inverted), or inherited from an earlier cue in the sentence. */
export function speakerOfCue(article: Article, p: number, cue: CueMatch, depth = 0): Resolved {
  let resolved = speakerMemo.get(cue);
  if (!resolved) speakerMemo.set(cue, (resolved = findSpeakerOfCue(article, p, cue, depth)));
  return resolved;
}

function findSpeakerOfCue(article: Article, p: number, cue: CueMatch, depth: number): Resolved {
  const text = article.paragraphs[p]!;
  const table = article.lang.table;
  const sentence = sentenceAt(article, p, cue.start);
  const start = clauseStart(article, p, sentence, cue.start);
  const lead = text.slice(start, cue.start);
  const inherit = (): Resolved => {
    const earlier = article.cues[p]!.filter((c) => c.end <= cue.start && c.start >= sentence.start).at(-1);
    if (earlier && depth < 3) return speakerOfCue(article, p, earlier, depth + 1);
    // "Councillor Ruth Mayhew defended the charges, saying …": a participle's subject is the sentence's subject.
    if (!cue.participle) return NONE;
    const subject = analyzeSpeakerPhrase(mainSubject(article, p, sentence.start, cue.start), article.lang);
    return subject.type === 'none' ? NONE : resolveRef(article, subject, p, sentence.start);
  };
  // "Das kündigte X an", "…, teilte X mit": between a separable verb and its particle stands the speaker.
  if (cue.middle !== null && ANAPHORIC_OR_EMPTY(lead, article)) {
    const middle = analyzeSpeakerPhrase(phraseAfter(article, p, cue.middleStart, cue.middleStart + cue.middle.length), article.lang);
    if (middle.type !== 'none') return resolveRef(article, middle, p, cue.middleStart);
  }
  if (cue.participle && /,\s*$/.test(lead)) return inherit();
  // "… and warned that": a second verb of the same speaker.
  if (/(?:^|\s)(?:and|und)\s*$/iu.test(lead) && (lead.trim().split(/\s+/).length === 1 || article.cues[p]!.some((c) => c.start >= start && c.end <= cue.start))) {
    return inherit();
  }
  // German "…, sagte Hahn": after content the verb comes first and its subject follows — but "X, Y, sagte, …"
  // has its subject before the verb, and a comma after it.
  const inverted = FOLLOWS_CONTENT.test(lead) ||
    (table.verbSecond && /,\s*$/.test(text.slice(sentence.start, cue.start)) && !/^\s*,/.test(text.slice(cue.end)));
  if (inverted) {
    const after = analyzeSpeakerPhrase(phraseAfter(article, p, cue.end, sentence.end), article.lang);
    if (after.type !== 'none') return resolveRef(article, after, p, cue.end);
    if (FOLLOWS_CONTENT.test(lead)) return inherit();
  }
  let region = lead;
  // "… two decades and Liberal leader Marta Okonkwo told …": a coordinated report names its own subject.
  const earlier = article.cues[p]!.filter((c) => c.end <= cue.start && c.start >= start).at(-1);
  const coordinated = earlier ? coordinatedReport(text.slice(earlier.end, cue.start), table) : null;
  // "what their union called", "Wie das Landratsamt mitteilte": the short subject of a relative or "as" clause.
  const embedded = /(?:^|\s)(?:what|which|that|whom|as|wie|was)\s+((?:[^\s,;]+\s+){0,4}[^\s,;]+)\s*$/iu.exec(lead);
  // "…in a town that its director, Rosa Calloway, describes" is handled below; this is a single noun phrase.
  const embeddedRef = embedded ? analyzeSpeakerPhrase(embedded[1]!, article.lang) : null;
  // "…, Mayor Tom Fielding, who said": the relative pronoun's antecedent speaks.
  const relative = /(?:^|,)\s*(?:who|which)\s*$/u.exec(region);
  if (coordinated && coordinated.subject < cue.start - earlier!.end) {
    const ref = analyzeSpeakerPhrase(text.slice(earlier!.end + coordinated.subject, cue.start), article.lang);
    if (ref.type !== 'none') return resolveRef(article, ref, p, earlier!.end + coordinated.subject);
  }
  if (embeddedRef && embeddedRef.type !== 'none' && embedded![1]!.split(/\s+/).length <= 5) {
    return resolveRef(article, embeddedRef, p, cue.start - embedded![0].length);
  }
  if (relative) region = text.slice(sentence.start, start + relative.index);
  // "…, the city council announced": after reported content, the speaker follows the last comma. A relative
  // clause inside the subject ("Lindqvist, who founded Plainview, said") is not content: drop it first. A German
  // relative clause ends in its verb (", die den Plan vorgelegt hat,"); ", die Brenner GmbH," is an appositive.
  else if ((region = region.replace(/,\s*(?:who|which)\b[^,]*,|\s+(?:who|which)\s[^,]*,|,\s*(?:der|die)\s[^,]*\s\p{Ll}+,/gu, ',')) && (hasFiniteVerb(region, table) || region.split(/\s+/).length > 16)) {
    // "…in a town that its director, Rosa Calloway, describes": an appositive closing right before the cue is
    // the subject, so its own closing comma doesn't count.
    const comma = region.replace(/,\s*$/u, '').lastIndexOf(',');
    if (comma >= 0) region = region.slice(comma + 1);
  }
  const ref = analyzeSpeakerPhrase(region, article.lang);
  if (ref.type === 'none') return inherit();
  return resolveRef(article, ref, p, start + Math.max(0, lead.indexOf(region.trim())));
}
