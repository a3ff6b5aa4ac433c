/** Reported clauses: where one ends, dropping a leading subordinate clause, and whether a span looks like one. */
import type { Article } from './article';
import type { LanguageTable } from './lang/types';
import { tokenize } from './names';
import type { Range } from './sentences';

const PREPOSITIONS = new Set([
  'of',
  'for',
  'against',
  'about',
  'to',
  'on',
  'with',
  'in',
  'at',
  'by',
  'from',
  'into',
  'over',
  'vor',
  'von',
  'über',
  'für',
  'gegen',
  'mit',
  'zu',
  'um',
  'auf',
]);
const QUOTE_MARKS = /["“”„«»‘’'‚›‹]/u;

const breakerCache = new Map<string, RegExp>();
function breakerRe(table: LanguageTable): RegExp {
  let re = breakerCache.get(table.code);
  if (!re) {
    const words = [...table.clauseBreakers].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
    re = new RegExp(`[,;]\\s+(?:${words.join('|')})(?![\\p{L}])|;|\\s[—–]\\s`, 'gu');
    breakerCache.set(table.code, re);
  }
  return re;
}

/** True when `offset` lies inside the content of a quote of paragraph p. */
export function insideQuote(article: Article, p: number, offset: number): boolean {
  return article.spansIn[p]!.some((s) => offset > s.open && offset < s.close);
}

/** The end of the reported clause starting at `from`: a breaker ("…, although"), or the sentence end. */
export function clauseEnd(article: Article, p: number, from: number, sentenceEnd: number): number {
  const text = article.paragraphs[p]!;
  const re = breakerRe(article.lang.table);
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < sentenceEnd; m = re.exec(text)) {
    if (insideQuote(article, p, m.index) || m.index <= from) continue;
    // "the volume of rain – almost a month's worth – would have …": a pair of dashes is a parenthesis.
    if (/^\s[—–]\s$/u.test(m[0]) && /\s[—–]\s/u.test(text.slice(m.index + m[0].length, sentenceEnd))) {
      re.lastIndex = text.slice(m.index + m[0].length, sentenceEnd).search(/\s[—–]\s/u) + m.index + m[0].length + 3;
      continue;
    }
    return m.index;
  }
  return sentenceEnd;
}

/** Trim whitespace and trailing sentence punctuation (a closing quote mark stays: it belongs to the quote). */
export function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /[\s,]/.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * A finite verb: a listed auxiliary or irregular past anywhere, or an -ed word before any "to" — in "plans on Monday
 * to merge in a deal valued at …" the -ed word belongs to an infinitive's noun phrase, and no clause is reported.
 */
const hasFinite = (words: string[], table: LanguageTable): boolean => {
  const to = words.findIndex((w) => w.toLowerCase() === 'to');
  return words.some((w, i) => table.finiteMarkers.includes(w.toLowerCase()) || (i > 0 && (to < 0 || i < to) && /[a-z]ed$/.test(w)));
};

/** Does text[range] read as a reported clause (not a bare noun phrase or a prepositional complement)? */
const CLAIMED_OBJECTS = new Set(['responsibility', 'credit', 'victory', 'asylum', 'ownership', 'compensation', 'damages', 'success']);

export function looksLikeClause(text: string, range: Range, table: LanguageTable, introduced: boolean): boolean {
  const content = text.slice(range.start, range.end);
  if (QUOTE_MARKS.test(content[0] ?? '')) return false;
  const words = tokenize(content, table).map((t) => t.text);
  // "has denied acting improperly": an introduced gerund may be two words.
  if (words.length < (table.bareClauseNeedsFiniteVerb && !(introduced && /ing$/.test(words[0] ?? '')) ? 3 : 2)) return false;
  if (!introduced && PREPOSITIONS.has(words[0]!.toLowerCase())) return false;
  // "claimed responsibility for the attack, …", "claimed victory": the verb's object, not reported content.
  if (!introduced && CLAIMED_OBJECTS.has(words[0]!.toLowerCase())) return false;
  if (introduced || !table.bareClauseNeedsFiniteVerb) return true;
  return hasFinite(words, table);
}

/**
 * "While the US leads the campaign, also known as ISIL, both the army and militias are fighting": reported
 * content starting with a subordinator keeps only the main clause — the last comma segment from which a finite
 * verb follows.
 */
export function dropLeadingSubordinate(text: string, range: Range, table: LanguageTable): Range {
  const content = text.slice(range.start, range.end);
  const firstWord = /^\p{L}+/u.exec(content)?.[0]?.toLowerCase() ?? '';
  if (!table.leadingSubordinators.includes(firstWord)) return range;
  const commas = [...content.matchAll(/,\s+/g)].map((m) => m.index! + m[0].length);
  for (let i = commas.length - 1; i >= 0; i--) {
    const tail = content.slice(commas[i]!);
    if (
      hasFinite(
        tokenize(tail, table).map((t) => t.text),
        table,
      ) ||
      !table.bareClauseNeedsFiniteVerb
    ) {
      return { start: range.start + commas[i]!, end: range.end };
    }
  }
  return range;
}

/**
 * Where a coordinated report with its own speech verb begins ("… and Liberal leader Marta Okonkwo told …",
 * "…, and the Health Secretary, Priya Nandakumar, warned that", "… but rejected claims"): the offset of the
 * conjunction within `between` (the text from the content start to the next cue), or null when what stands between
 * the conjunction and the cue is no short subject.
 */
export function coordinatedReportAt(between: string, table: LanguageTable): number | null {
  return coordinatedReport(between, table)?.at ?? null;
}

/** As coordinatedReportAt, with where the new subject starts (after the conjunction). */
export function coordinatedReport(between: string, table: LanguageTable): { at: number; subject: number } | null {
  const m = /(?:,\s*|\s+)(?:and|but|while|und|aber|während|et|mais|y|e|pero)\s+([^,;.:!?"“”„«»]*(?:,[^,;.:!?"“”„«»]*,)?\s*)$/u.exec(
    between,
  );
  if (!m) return null;
  const subject = tokenize(m[1]!, table).map((t) => t.text.toLowerCase());
  // "while Representative Maria Solís of Florida, a frequent critic of the government,": an appositive may lengthen it.
  const head = tokenize(m[1]!.split(',')[0]!, table).length;
  if (head > 8 || subject.length > 20 || subject.some((w) => table.finiteMarkers.includes(w) || table.complementizers.includes(w)))
    return null;
  return { at: m.index, subject: m.index + m[0].length - m[1]!.length };
}

const NOT_CONDITIONAL = new Set(['portrait', 'portraits', 'extrait', 'extraits', 'attrait', 'retrait', 'abstrait', 'distrait']);

/**
 * French conditionnel: "Elle a affirmé que le texte intégrerait des amendements. Ceux-ci porteraient sur …" —
 * the next sentence of the paragraph, with no cue or source of its own and a verb in the reporting mood, goes on
 * with the same claimant. Null when there is no such sentence.
 */
export function reportedContinuation(article: Article, p: number, claimSentence: Range): Range | null {
  const { table } = article.lang;
  const endings = table.reportedMoodEndings;
  const next = endings?.length ? article.sentences[p]!.find((s) => s.start >= claimSentence.end) : undefined;
  if (!endings || !next) return null;
  const text = article.paragraphs[p]!;
  const sentence = text.slice(next.start, next.end);
  if (article.cues[p]!.some((c) => c.start >= next.start && c.start < next.end) || /^\s*["“„«‘—–]/u.test(sentence)) return null;
  if (table.sourcePrepositions.some((w) => sentence.toLowerCase().includes(w))) return null;
  const conditional = tokenize(sentence, table).some(
    (t) => /^\p{Ll}{3,}/u.test(t.text) && !NOT_CONDITIONAL.has(t.text) && endings.some((e) => t.text.endsWith(e)),
  );
  return conditional ? trimRange(text, next.start, next.end) : null;
}

/** "X said A and that B": two claims, A and B. Splits at "(,) and that" / "und dass" outside quotes. */
export function splitCoordinatedClaims(article: Article, p: number, range: Range): Range[] {
  const text = article.paragraphs[p]!;
  // "…, y que …" (Spanish), "et qu’il …" (French): the complementizer may be glued to the next word.
  const words = article.lang.table.complementizers.map((w) => (/['’]$/u.test(w) ? w : `${w}\\s+`)).join('|');
  const re = new RegExp(`,?\\s+(?:and|und|et|y|e)\\s+(?:${words})`, 'gu');
  const out: Range[] = [];
  let from = range.start;
  re.lastIndex = range.start;
  for (let m = re.exec(text); m && m.index < range.end; m = re.exec(text)) {
    if (insideQuote(article, p, m.index)) continue;
    out.push(trimRange(text, from, m.index));
    from = m.index + m[0].length;
  }
  out.push(trimRange(text, from, range.end));
  return out.filter((r) => r.end > r.start);
}
