/**
 * One article prepared for attribution: quote spans, sentences, speech cues and known entities per paragraph,
 * plus the shared step every rule needs: who is the subject of this cue, resolved to a full name.
 */
import { compileLanguage, findCues, type CompiledLanguage, type CueMatch } from './lang/compile';
import type { LanguageTable } from './lang/types';
import { collectEntities, EntityRegistry, position } from './entities';
import { tokenize } from './names';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { splitSentences, type Range } from './sentences';
import { analyzeSpeakerPhrase, type SpeakerRef } from './speaker-phrase';
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
      registry.addOrg(ref.name, pos);
      return { speaker: { name: ref.name }, confidence: 0.8, cataphora: null };
    }
    case 'pronoun': {
      const org = (): Resolved => {
        const name = registry.latestOrg(pos);
        return name ? { speaker: { name }, confidence: 0.6, cataphora: null } : NONE;
      };
      if (ref.group) return org();
      // The most recent person whose gender, when known, fits the pronoun ("she" skips "Tom Baker").
      const person = registry.latestPerson(pos, undefined, ref.gender);
      if (person) return named(person, 0.75);
      // German "sie"/"er" also stand for feminine and masculine nouns: "die Behörde … sie".
      return article.lang.table.pronounsCanBeOrgs ? org() : NONE;
    }
    case 'definite': {
      const known = ref.surname ? registry.lookup(ref.surname) : null;
      if (known) return named(registry.addPerson(known.name, null, pos), 0.8);
      const person = registry.latestPerson(pos, ref.noun, ref.gender) ?? (p <= 1 ? null : registry.latestPerson(pos, undefined, ref.gender));
      if (person) return named(person, 0.6);
      return { speaker: null, confidence: 0.5, cataphora: { pos, noun: ref.noun } };
    }
    case 'orgRef': {
      // "the association" → "The Greyford Tenants' Association"; "the company" → the last "… Holdings"/"… Inc".
      const companies = article.lang.table.companyWords;
      const name = registry.latestOrg(pos, (head) => head === ref.noun) ??
        (companies.includes(ref.noun) ? registry.latestOrg(pos, (head) => companies.includes(head)) : null) ?? ref.phrase;
      registry.addOrg(name, pos);
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
  while (tokens[n] && /^\p{Lu}/u.test(tokens[n]!.text)) n++;
  // "der Sprecher des Ministeriums": a genitive completes a bare noun, not a name ("Anja Keller der dpa").
  if (tokens[n] && /^(?:des|der)$/u.test(tokens[n]!.text) && n > 0 && n - (tokens[0] && article.lang.determiners.has(tokens[0].text.toLowerCase()) ? 1 : 0) === 1) {
    n++;
    while (tokens[n] && /^\p{Lu}/u.test(tokens[n]!.text)) n++;
  }
  if (n === 0 && tokens[0]) n = 1;
  return n > 0 ? phrase.slice(0, tokens[n - 1]!.end) : '';
}

const hasFiniteVerb = (phrase: string, table: LanguageTable): boolean =>
  tokenize(phrase, table).some((t) => table.finiteMarkers.includes(t.text.toLowerCase()));

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
    const subject = analyzeSpeakerPhrase(text.slice(sentence.start, cue.start).split(/\s+(?=\p{Ll})/u)[0] ?? '', article.lang);
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
  const inverted = FOLLOWS_CONTENT.test(lead) || (table.verbSecond && /,\s*$/.test(text.slice(sentence.start, cue.start)));
  if (inverted) {
    const after = analyzeSpeakerPhrase(phraseAfter(article, p, cue.end, sentence.end), article.lang);
    if (after.type !== 'none') return resolveRef(article, after, p, cue.end);
    if (FOLLOWS_CONTENT.test(lead)) return inherit();
  }
  let region = lead;
  // "…, Mayor Tom Fielding, who said": the relative pronoun's antecedent speaks.
  const relative = /(?:^|,)\s*(?:who|which)\s*$/u.exec(region);
  if (relative) region = text.slice(sentence.start, start + relative.index);
  // "…, the city council announced": after reported content, the speaker follows the last comma. A relative
  // clause inside the subject ("Lindqvist, who founded Plainview, said") is not content: drop it first.
  else if ((region = region.replace(/,\s*(?:who|which|der|die)\b[^,]*,/gu, ',')) && (hasFiniteVerb(region, table) || region.split(/\s+/).length > 16)) {
    const comma = region.lastIndexOf(',');
    if (comma >= 0) region = region.slice(comma + 1);
  }
  const ref = analyzeSpeakerPhrase(region, article.lang);
  if (ref.type === 'none') return inherit();
  return resolveRef(article, ref, p, start + Math.max(0, lead.indexOf(region.trim())));
}
