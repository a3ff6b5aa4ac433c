/**
 * One article prepared for attribution: quote spans, sentences, speech cues and known entities per paragraph,
 * plus the shared step every rule needs: who is the subject of this cue, resolved to a full name.
 */
import { compileLanguage, findCues, type CompiledLanguage, type CueMatch } from './lang/compile';
import type { LanguageTable } from './lang/types';
import { collectEntities } from './collect-entities';
import type { EntityRegistry } from './entities';
import { isGivenName, isNameParticle, tokenize } from './names';
import { blankNicknames } from './nicknames';
import { NONE, resolveRef, sentenceAt } from './resolve';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { splitSentences, type Range } from './sentences';
import { analyzeSpeakerPhrase } from './speaker-phrase';
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
  /** An unnamed source's description as written ("American officials"), when there is no name. */
  unnamed?: string;
}

// "müsse zugleich sagen, wo …", "should explain why": an obligation to speak, not a report of speech.
const MODAL_BEFORE =
  /(?:^|[\s,])(?:muss|müsse|müssen|müsste|müssten|soll|solle|sollen|sollte|sollten|kann|könne|können|könnte|könnten|must|should|could|might|doit|devrait|debe|debería)\s+(?:\p{L}+\s+){0,2}$/iu;
const afterModal = (text: string, cueStart: number): boolean => MODAL_BEFORE.test(text.slice(Math.max(0, cueStart - 60), cueStart));

export function prepareArticle(original: readonly string[], table: LanguageTable): Article {
  // Analysis reads the text with nicknames blanked; callers slice attributions from their own paragraphs.
  const paragraphs = original.map((text) => blankNicknames(text, table));
  const lang = compileLanguage(table);
  const spans = findQuoteSpans(paragraphs, table);
  const spansIn: QuoteSpan[][] = paragraphs.map(() => []);
  for (const s of spans) spansIn[s.paragraph]!.push(s);
  const sentences = paragraphs.map((text, p) => splitSentences(text, table, spansIn[p]!));
  const cues = paragraphs.map((text, p) =>
    findCues(lang, text).filter((c) => !spansIn[p]!.some((s) => c.start >= s.start && c.end <= s.end) && !afterModal(text, c.start)),
  );
  const registry = collectEntities(paragraphs, table, spansIn);
  return { paragraphs, lang, spans, spansIn, sentences, cues, registry };
}

export { resolveRef, sentenceAt } from './resolve';

const ADVERBIAL_PART =
  /^\s*(?:in|on|at|during|after|before|with|via|through|according|speaking|writing|in an?|am|im|bei|nach|en|dans|lors|durante|en\s+un)\s/iu;
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
  // A surname particle ("sagte de la Motte", "Konstantin von Ahlefeldt-Berg") carries on the name.
  const particleRun = (i: number): number => {
    let k = i;
    while (tokens[k] && isNameParticle(tokens[k]!.text, k > i)) k++;
    return k > i && tokens[k] && /^\p{Lu}/u.test(tokens[k]!.text) ? k : i;
  };
  // "der 47-Jährige": an age noun counts as capitalised.
  for (let k = particleRun(n); tokens[k] && /^(?:\p{Lu}|\d+-\p{Lu})/u.test(tokens[k]!.text); k = particleRun(n)) {
    n = k + 1;
    // "Oberbürgermeisterin Karin Weidlich Vorwürfe der Opposition": a given name and surname end the phrase.
    if (n >= 2 && isGivenName(tokens[n - 2]!.text, table)) break;
  }
  // "der Sprecher des Ministeriums": a genitive completes a bare noun, not a name ("Anja Keller der dpa").
  if (
    tokens[n] &&
    /^(?:des|der)$/u.test(tokens[n]!.text) &&
    n > 0 &&
    n - (tokens[0] && article.lang.determiners.has(tokens[0].text.toLowerCase()) ? 1 : 0) === 1
  ) {
    n++;
    while (tokens[n] && /^\p{Lu}/u.test(tokens[n]!.text)) n++;
  }
  if (n === 0 && tokens[0]) n = 1;
  if (n === 0) return '';
  // "sagt die Obfrau der Grünen im Verteidigungsausschuss, Katrin Möllenhoff.": the name in apposition ends it.
  const appositive = /^[^,.;:!?]{0,50},\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?=\s*[.,;]?\s*$)/u.exec(
    phrase.slice(tokens[n - 1]!.end),
  );
  return phrase.slice(0, tokens[n - 1]!.end + (appositive?.[0].length ?? 0));
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
  const verb = tokenize(text, table, from, to).find(
    (t, i) => i > 0 && /^\p{Ll}/u.test(t.text) && (table.finiteMarkers.includes(t.text) || /ed$/u.test(t.text) || cueStarts.has(t.start)),
  );
  return verb ? text.slice(from, verb.start) : (text.slice(from, to).split(/\s+(?=\p{Ll})/u)[0] ?? '');
}

/** A finite verb in the phrase: a listed one, or (English) a past in -ed after a two-word subject ("Ferry traffic resumed"). */
const hasFiniteVerb = (phrase: string, table: LanguageTable): boolean =>
  tokenize(phrase, table).some(
    (t, i) =>
      table.finiteMarkers.includes(t.text.toLowerCase()) || (table.bareClauseNeedsFiniteVerb && i >= 2 && /^\p{Ll}+ed$/u.test(t.text)),
  );

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
  // "…, with chairman of selectors Mark Holloway saying he was": the noun phrase after "with" is the participle's subject.
  const absolute = cue.participle ? /(?:^|\s)with\s+([^,;:]{2,80}?)\s*$/u.exec(lead) : null;
  if (absolute) {
    const subject = analyzeSpeakerPhrase(absolute[1]!, article.lang);
    if (subject.type !== 'none') return resolveRef(article, subject, p, cue.start - absolute[0].length);
  }
  if (cue.participle && /,\s*$/.test(lead)) return inherit();
  // "… and warned that": a second verb of the same speaker.
  if (
    /(?:^|\s)(?:and|but|und|aber|et|mais|y|pero)\s*$/iu.test(lead) &&
    (lead.trim().split(/\s+/).length === 1 || article.cues[p]!.some((c) => c.start >= start && c.end <= cue.start))
  ) {
    return inherit();
  }
  // German "…, sagte Hahn": after content the verb comes first and its subject follows — but "X, Y, sagte, …"
  // has its subject before the verb, and a comma after it.
  // "Mit Blick auf die EZB sagte er:": in a verb-second clause a pronoun right after the verb is its subject.
  const pronounAfter = table.verbSecond && table.personPronouns.includes(/^\s*(\p{L}+)/u.exec(text.slice(cue.end))?.[1] ?? '');
  const inverted =
    FOLLOWS_CONTENT.test(lead) ||
    pronounAfter ||
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
  // "un correo en el que un directivo de la empresa escribía": a Romance relative clause names its subject too.
  const embedded = /(?:^|\s)(?:what|which|that|whom|as|wie|was|que|qui|lequel|laquelle)\s+((?:[^\s,;]+\s+){0,4}[^\s,;]+)\s*$/iu.exec(lead);
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
  else if (
    (region = region.replace(/,\s*(?:who|which)\b[^,]*,|\s+(?:who|which)\s[^,]*,|,\s*(?:der|die)\s[^,]*\s\p{Ll}+,/gu, ',')) &&
    (hasFiniteVerb(region, table) || (region.split(/\s+/).length > 16 && analyzeSpeakerPhrase(region, article.lang).type !== 'person'))
  ) {
    // "…in a town that its director, Rosa Calloway, describes": an appositive closing right before the cue is
    // the subject, so its own closing comma doesn't count.
    const comma = region.replace(/,\s*$/u, '').lastIndexOf(',');
    // "The RSF, in a statement posted on Telegram, said": a part opening with a preposition is an adverbial, not the
    // speaker, and "posted" no finite verb of reported content.
    if (comma >= 0 && !ADVERBIAL_PART.test(region.slice(comma + 1))) region = region.slice(comma + 1);
  }
  const ref = analyzeSpeakerPhrase(region, article.lang);
  if (ref.type === 'none') return inherit();
  return resolveRef(article, ref, p, start + Math.max(0, lead.indexOf(region.trim())));
}
