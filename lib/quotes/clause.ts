/** Reported clauses: where one ends, dropping a leading subordinate clause, and whether a span looks like one. */
import type { Article } from './article';
import type { LanguageTable } from './lang/types';
import { tokenize } from './names';
import type { Range } from './sentences';

const PREPOSITIONS = new Set(['of', 'for', 'against', 'about', 'to', 'on', 'with', 'in', 'at', 'by', 'from', 'into',
  'over', 'vor', 'von', 'über', 'für', 'gegen', 'mit', 'zu', 'um', 'auf']);
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
    if (!insideQuote(article, p, m.index) && m.index > from) return m.index;
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

const hasFinite = (words: string[], table: LanguageTable): boolean =>
  words.some((w, i) => table.finiteMarkers.includes(w.toLowerCase()) || (i > 0 && /[a-z]ed$/.test(w)));

/** Does text[range] read as a reported clause (not a bare noun phrase or a prepositional complement)? */
export function looksLikeClause(text: string, range: Range, table: LanguageTable, introduced: boolean): boolean {
  const content = text.slice(range.start, range.end);
  if (QUOTE_MARKS.test(content[0] ?? '')) return false;
  const words = tokenize(content, table).map((t) => t.text);
  if (words.length < (table.bareClauseNeedsFiniteVerb ? 3 : 2)) return false;
  if (!introduced && PREPOSITIONS.has(words[0]!.toLowerCase())) return false;
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
    if (hasFinite(tokenize(tail, table).map((t) => t.text), table) || !table.bareClauseNeedsFiniteVerb) {
      return { start: range.start + commas[i]!, end: range.end };
    }
  }
  return range;
}
