/**
 * Reported speech (claims): "X said (that) …", "…, X said.", "X has denied …ing", "X told reporters that …".
 * The claim is the content clause; its claimant is the cue's subject. Source phrases ("according to X") and
 * passives live in claim-sources.ts.
 */
import { resolveRef, sentenceAt, speakerOfCue, type Article, type Resolved } from './article';
import { analyzeSpeakerPhrase } from './speaker-phrase';
import {
  clauseEnd,
  coordinatedReportAt,
  dropLeadingSubordinate,
  insideQuote,
  looksLikeClause,
  reportedContinuation,
  splitCoordinatedClaims,
  trimRange,
} from './clause';
import type { CueMatch } from './lang/compile';
import { bare, tokenize } from './names';
import type { Range } from './sentences';
import { findSourcedClaims } from './claim-sources';
import { withDroppedSubject } from './quotes';

export interface ClaimFinding {
  paragraph: number;
  range: Range;
  cue: string;
  resolved: Resolved;
}

const NEGATED = /(?:\bnot|n't|\bnever|\bdeclined to|\brefused to|\bnicht|\bnie)\s+$/iu;

interface ComplementizerRes {
  afterObject: RegExp;
  optional: RegExp;
  leading: RegExp;
}
const complementizerCache = new WeakMap<object, ComplementizerRes>();
function complementizerRes(table: Article['lang']['table']): ComplementizerRes {
  let res = complementizerCache.get(table);
  if (!res) {
    const words = complementizerAlternatives(table);
    res = {
      afterObject: new RegExp(`^[^.;:!?"“”„«»]{0,60}?\\b(?:${words})`, 'u'),
      optional: new RegExp(`^\\s*,?\\s*(?:${words})`, 'u'),
      leading: new RegExp(`^(?:${words})`, 'u'),
    };
    complementizerCache.set(table, res);
  }
  return res;
}

/** "that\\s+", and French "qu’" glued to the next word ("qu’il"). */
export const complementizerAlternatives = (table: Article['lang']['table']): string =>
  table.complementizers.map((w) => (/['’]$/u.test(w) ? w : `${w}\\s+`)).join('|');

const lastWord = (s: string): string => s.trim().split(/\s+/).at(-1)!.toLowerCase();

/**
 * `"…," said X.` and `…, said the spokesman.`: an inverted cue is followed by its speaker, not by content. After
 * "Frank Oswald, hat bestritten, …" or "Paul Ritter, said extra nurses would…" content follows, so not inverted.
 */
function isInverted(article: Article, p: number, cue: CueMatch, sentence: Range): boolean {
  const text = article.paragraphs[p]!;
  const { table } = article.lang;
  const before = text.slice(sentence.start, cue.start);
  if (/["“”„«»‘’']\s*,?\s*$/u.test(before)) return true;
  if (!/,\s*$/.test(before)) return false;
  const after = text.slice(cue.end, sentence.end);
  if (/^\s*[,:]/.test(after)) return false;
  // "Henri Delmas, a nié avoir été informé": an infinitive after the verb is its content, not its subject.
  if (table.clauseNeedsComplementizer && infinitiveAhead(after.replace(article.lang.leadingAdverbial, ''), table) !== null) return false;
  const words = tokenize(after, table).map((t) => t.text.toLowerCase());
  return (
    words.length <= maxInvertedWords(table) && !words.some((w) => table.finiteMarkers.includes(w) || table.complementizers.includes(w))
  );
}

// French and Spanish name the inverted subject with its title and an adverbial ("a annoncé mercredi la porte-parole
// du gouvernement, Camille Ferrandi, à l'issue du Conseil des ministres").
const maxInvertedWords = (table: Article['lang']['table']): number => (table.clauseNeedsComplementizer ? 25 : 12);

const SUBJECT_START =
  /^(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|i|you|there|some|many|no|all|\d[\d,.]*|\p{Lu}.*)$/u;
const NOT_IN_OBJECT = /^(?:to|that|if|whether|about|how|why|what|when|who|he|she|it|they|we|i)$/u;

/**
 * The length of an indirect object before a bare clause ("reporters", "the BBC", "the local newspaper"), when
 * what follows it reads as a clause: a subject-like word, then a finite verb. Null when there is none.
 */
function objectBeforeClause(rest: string, table: Article['lang']['table']): number | null {
  const tokens = tokenize(rest, table);
  for (let k = 1; k <= 5 && k < tokens.length; k++) {
    const object = tokens.slice(0, k);
    if (object.some((t, i) => NOT_IN_OBJECT.test(t.text) || table.finiteMarkers.includes(t.text.toLowerCase()) || (i > 0 && t.afterPunct)))
      return null;
    const next = tokens[k]!;
    if (next.afterPunct || (k === 1 && /^(?:the|a|an|his|her|its|their)$/iu.test(object[0]!.text))) continue;
    if (!SUBJECT_START.test(next.text)) continue;
    if (/^\p{Lu}/u.test(next.text) && /^\p{Lu}/u.test(object.at(-1)!.text)) continue;
    const clause = tokens.slice(k).map((t) => t.text);
    if (clause.some((w, i) => i > 0 && (table.finiteMarkers.includes(w.toLowerCase()) || /[a-z]ed$/.test(w)))) return next.start;
  }
  return null;
}

/**
 * "warned cabinet colleagues that …", "said in a letter last month that …": a short object or adverbial of up to
 * five words, with no verb, comma or pronoun subject, before "that".
 */
function objectThenComplementizer(rest: string, table: Article['lang']['table']): RegExpExecArray | null {
  const m = new RegExp(`^((?:\\s+[^\\s,.;:!?"“”„«»]+){1,5}?)\\s+(?:${complementizerAlternatives(table)})`, 'u').exec(rest);
  if (!m) return null;
  const words = tokenize(m[1]!, table).map((t) => t.text.toLowerCase());
  const verbLike = (w: string): boolean => table.finiteMarkers.includes(w) || /(?:ed|ing)$/u.test(w) || NOT_IN_OBJECT.test(w);
  return words.some(verbLike) ? null : m;
}

/** "dijo a la prensa a las puertas del juzgado que …": an object and adverbials before "que", with no verb. */
function objectThenQue(rest: string, table: Article['lang']['table']): RegExpExecArray | null {
  const m = complementizerRes(table).afterObject.exec(rest);
  if (!m || /^\s*[,:]/u.test(rest)) return null;
  return tokenize(m[0], table).some((t) => table.finiteMarkers.includes(t.text.toLowerCase())) ? null : m;
}

/** Offset of an infinitive opening `rest` (after adverbials were skipped), or null. */
function infinitiveAhead(rest: string, table: Article['lang']['table']): number | null {
  const m = /^\s*(\p{Ll}+)(?![\p{L}'’-])/u.exec(rest);
  const word = m?.[1];
  if (!word || word.length < 4 || table.notInfinitives?.includes(word)) return null;
  return (table.infinitiveEndings ?? []).some((e) => word.endsWith(e)) ? m[0].length - word.length : null;
}

/** A "document" verb ("found", "shows") reports only with a document subject or an explicit "that". */
function documentCueReports(article: Article, p: number, cue: CueMatch, sentence: Range): boolean {
  const text = article.paragraphs[p]!;
  const { table } = article.lang;
  if (new RegExp(`^\\s*,?\\s*(?:${table.complementizers.join('|')})\\b`, 'u').test(text.slice(cue.end, sentence.end))) return true;
  const region = text.slice(sentence.start, cue.start);
  const subject = region.slice(region.lastIndexOf(',') + 1);
  return tokenize(subject, table)
    .slice(-8)
    .some((t) => table.documentNouns.includes(bare(t.text)));
}

/** Content after the cue: "said (on Monday) (that) …", "has denied …ing", "told X that …", "sagte, …". */
function contentAfter(article: Article, p: number, cue: CueMatch, sentence: Range): { range: Range; introduced: boolean } | null {
  const text = article.paragraphs[p]!;
  const { table } = article.lang;
  let pos = cue.end;
  let rest = text.slice(pos, sentence.end);
  let introduced = false;
  if (!cue.participle && isInverted(article, p, cue, sentence)) return null;
  const verb = lastWord(cue.text);
  if (table.objectVerbs.includes(verb) || table.denyPhrases.includes(text.slice(cue.verbStart, cue.end))) {
    const m = complementizerRes(table).afterObject.exec(rest);
    // "told supporters she would not join any government that …": a "that" after a finite verb is no complementizer.
    const objectOnly = m && !tokenize(m[0], table).some((t) => table.finiteMarkers.includes(t.text.toLowerCase()));
    // "told the Salterby Echo the offer came …": an object, then a clause without "that".
    const skip = m && objectOnly ? m[0].length : table.objectVerbs.includes(verb) ? objectBeforeClause(rest, table) : null;
    if (skip === null) return null;
    pos += skip;
    introduced = true;
  } else if (table.verbSecond) {
    // "sagte der Lokalzeitung, …", "erklärte dagegen, …": a short object or adverb may precede the comma.
    const comma = /^(?:\s+[^\s,.;:!?"“”„«»]+){0,4}?\s*,\s*/u.exec(rest);
    if (!comma) return null;
    pos += comma[0].length;
    const dass = complementizerRes(table).leading.exec(text.slice(pos));
    if (dass) pos += dass[0].length;
    introduced = true;
  } else {
    const adverbial = article.lang.leadingAdverbial.exec(rest);
    if (adverbial) pos += adverbial[0].length;
    rest = text.slice(pos, sentence.end);
    // "…, American officials said on Sunday, although fighting continued": after a comma, a subordinate clause
    // is the writer's, not what was said (the content came before the cue).
    const opener = /^\s*(\p{Ll}+)/u.exec(rest)?.[1] ?? '';
    if (text.slice(cue.end, pos).includes(',') && (table.leadingSubordinators.includes(opener) || table.clauseBreakers.includes(opener)))
      return null;
    const complementizer =
      complementizerRes(table).optional.exec(rest) ??
      objectThenComplementizer(rest, table) ??
      (table.clauseNeedsComplementizer ? objectThenQue(rest, table) : null);
    if (complementizer) {
      pos += complementizer[0].length;
      introduced = true;
    } else if (table.clauseNeedsComplementizer) {
      // "assure avoir réduit", "negó haber dado": a bare infinitive is the content; anything else is no clause.
      const infinitive = infinitiveAhead(rest, table);
      if (infinitive === null) return null;
      pos += infinitive;
      introduced = true;
    } else if (/^\s*[,.:;!?]/.test(rest) || rest.trim() === '') {
      return null;
    } else if (cue.kind === 'deny' && /^\s*\p{L}+ing\b/u.test(rest)) {
      introduced = true;
    }
  }
  // "said the budget cut funding and accused Holm of …", "… and Liberal leader X told …": a coordinated report
  // with its own speech verb ends the content.
  let end = clauseEnd(article, p, pos, sentence.end);
  for (const c of article.cues[p]!) {
    if (c.start <= pos || c.start >= end || insideQuote(article, p, c.start)) continue;
    const between = text.slice(pos, c.start);
    // "…, telling the court it had …": a participle report of the same speaker starts its own claim.
    const at = coordinatedReportAt(between, table) ?? (c.participle && /,\s*$/u.test(between) ? between.lastIndexOf(',') : null);
    if (at !== null) {
      end = pos + at;
      break;
    }
  }
  const range = trimRange(text, pos, end);
  if (!looksLikeClause(text, range, table, introduced)) return null;
  if (cue.kind === 'deny' && !introduced) return null;
  return { range, introduced };
}

/** Content before a sentence-final attribution: "…, the council announced on Tuesday." / "…, sagte Oswald." */
function contentBefore(article: Article, p: number, cue: CueMatch, sentence: Range): Range | null {
  const text = article.paragraphs[p]!;
  const { table } = article.lang;
  let tail = text.slice(cue.end, sentence.end);
  const participle = /,\s+\p{L}+ing\b|["“„«»‘]/u.exec(tail);
  if (participle) tail = tail.slice(0, participle.index);
  const tailWords = tokenize(tail, table).map((t) => t.text.toLowerCase());
  if (
    tailWords.length > maxInvertedWords(table) ||
    tailWords.some((w) => table.finiteMarkers.includes(w) || table.complementizers.includes(w))
  )
    return null;
  // "…, she said: “…”": the cue introduces the quote that follows, not what came before.
  if (/^\s*:/u.test(text.slice(cue.end, sentence.end))) return null;
  const region = text.slice(sentence.start, cue.start);
  const comma = region.lastIndexOf(',');
  if (comma < 0) return null;
  const speakerPart = region.slice(comma + 1);
  const speakerWords = tokenize(speakerPart, table).map((t) => t.text.toLowerCase());
  if (speakerWords.length > 10 || speakerWords.some((w) => table.finiteMarkers.includes(w))) return null;
  // "…, a los que se prometían", "un apodo que, según confiesa,": a relative clause, not reported content.
  if (
    table.clauseNeedsComplementizer &&
    (speakerWords.some((w) => table.complementizers.includes(w)) || table.complementizers.includes(lastWord(region.slice(0, comma) || ' ')))
  )
    return null;
  // "…, before it reports next year": a subordinate clause, not a speaker after reported content.
  if (table.leadingSubordinators.includes(speakerWords[0] ?? '') || /^(?:until|unless|once|where|so)$/u.test(speakerWords[0] ?? ''))
    return null;
  let start = sentence.start;
  // A spaced dash ends a dateline or an aside: "WASHINGTON, Nov 21 (Sputnik) — The United States …".
  const dash = /^.*\s[—–]\s/su.exec(text.slice(start, sentence.start + comma));
  if (dash) start += dash[0].length;
  const range = dropLeadingSubordinate(text, trimRange(text, start, sentence.start + comma), table);
  // "Asked by an analyst whether …, she said": a leading participle phrase is the question, not the claim.
  if (/^(?:\p{Lu}\p{Ll}+ed|\p{Lu}\p{Ll}+ing)\s+(?:by|about|whether|if|on|to|for)\b/u.test(text.slice(range.start, range.end))) return null;
  return looksLikeClause(text, range, table, false) ? range : null;
}

/**
 * "La Ville imposera une taxe …, a annoncé mardi la mairesse, X.": in French and Spanish the subject follows a
 * sentence-final verb, though the content carries no quote marks to tell it apart; null when nothing names one.
 */
function invertedSubject(article: Article, p: number, cue: CueMatch, sentence: Range): Resolved | null {
  if (!article.lang.table.clauseNeedsComplementizer) return null;
  const text = article.paragraphs[p]!;
  const next = article.spansIn[p]!.find((s) => s.open >= cue.end);
  const phrase = text.slice(cue.end, Math.min(sentence.end, next ? next.open : sentence.end));
  const ref = analyzeSpeakerPhrase(phrase, article.lang);
  return ref.type === 'none' ? null : resolveRef(article, ref, p, cue.end);
}

/** German "Das kündigte X an": the previous sentence is what X announced. */
function anaphoricContent(article: Article, p: number, cue: CueMatch, sentence: Range): Range | null {
  const text = article.paragraphs[p]!;
  const lead = text.slice(sentence.start, cue.verbStart).trim().toLowerCase();
  if (!article.lang.table.anaphoricObjects.includes(lead)) return null;
  const previous = article.sentences[p]!.filter((s) => s.end <= sentence.start).at(-1);
  return previous ? trimRange(text, previous.start, previous.end) : null;
}

export function findClaims(article: Article): ClaimFinding[] {
  const out: ClaimFinding[] = [];
  article.paragraphs.forEach((text, p) => {
    for (const cue of article.cues[p]!) {
      if (cue.kind === 'quote' || insideQuote(article, p, cue.start)) continue;
      // "did not say which", "declined to say": no claim is made.
      if (NEGATED.test(text.slice(Math.max(0, cue.start - 25), cue.start))) continue;
      const sentence = sentenceAt(article, p, cue.start);
      if (cue.kind === 'document' && !documentCueReports(article, p, cue, sentence)) continue;
      const after = contentAfter(article, p, cue, sentence);
      const before = after || anaphoricContent(article, p, cue, sentence) ? null : contentBefore(article, p, cue, sentence);
      const range = after?.range ?? anaphoricContent(article, p, cue, sentence) ?? before;
      if (!range || range.end <= range.start) continue;
      const resolved =
        (before && invertedSubject(article, p, cue, sentence)) || withDroppedSubject(article, p, cue, speakerOfCue(article, p, cue));
      for (const part of splitCoordinatedClaims(article, p, range)) out.push({ paragraph: p, range: part, cue: cue.text, resolved });
      const continued = resolved.speaker || resolved.unnamed ? reportedContinuation(article, p, sentence) : null;
      if (continued) out.push({ paragraph: p, range: continued, cue: cue.text, resolved });
    }
  });
  out.push(...findSourcedClaims(article, out));
  return out.sort((a, b) => a.paragraph - b.paragraph || a.range.start - b.range.start);
}
