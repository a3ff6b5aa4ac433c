/**
 * Gloss's attribution finder: direct quotes and reported claims in an article's paragraphs, each with its
 * speaker, found locally with linear scans and precompiled per-language regexes.
 *
 *   findAttributions(paragraphs, { lang: 'de' })
 */
import { prepareArticle, speakerOfCue, type Resolved } from './article';
import { findClaims } from './claims';
import { position } from './entities';
import { languageTable, type LanguageTable } from './lang';
import { findInterview } from './interview';
import { findQuoteSpans } from './quote-spans';
import { findQuotes } from './quotes';
import type { Attribution, FindAttributionsOptions } from './types';

/**
 * Quotes inside a quote ("I said to the players: ‘If you want to be in the next round, show me.’"): speech the
 * speaker reports, attributed to the speaker like the outer quote. Only sentence-like ones (three words or more),
 * so a nested title or scare quote is no extra quote.
 */
function nestedQuotes(text: string, from: number, to: number, table: LanguageTable): Array<{ start: number; end: number }> {
  return findQuoteSpans([text.slice(from, to)], table)
    .filter((s) => (text.slice(from + s.start, from + s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3)
    .map((s) => ({ start: from + s.start, end: from + s.end }));
}

export type { Attribution, AttributedSpeaker, AttributionKind, FindAttributionsOptions } from './types';
export { guessLanguage } from './lang';

export function findAttributions(paragraphs: string[], options: FindAttributionsOptions = {}): Attribution[] {
  const article = prepareArticle(paragraphs, languageTable(paragraphs, options.lang));
  // Every cue's speaker in reading order first, so entities (and unnamed sources) accrue in the order they are
  // read; quotes next, so names given with a quote are registered before claims use them.
  article.cues.forEach((cues, p) => cues.forEach((cue) => speakerOfCue(article, p, cue)));
  const found = findQuotes(article);
  const claims = findClaims(article);
  // A partial quote inside reported speech ("said the decision was “the right call”, while …") is the claimant's
  // words, whatever cue comes later in the sentence.
  const quotes = found.map((q) => {
    const claim = claims.find((c) => c.paragraph === q.span.paragraph && c.range.start <= q.span.open && q.span.close < c.range.end + 1);
    return claim && claim.resolved.speaker ? { ...q, cue: claim.cue, resolved: claim.resolved } : q;
  });

  // A lede's "a senior diplomat has said" is the person the article names next.
  const finish = (r: Resolved, p: number): Pick<Attribution, 'speaker' | 'confidence' | 'unnamed'> => {
    if (r.speaker) {
      // Roles found later in the article (an appositive on a claim) complete earlier quotes of the same person.
      const person = article.registry.lookup(r.speaker.name);
      const role = person?.name === r.speaker.name ? person.role : r.speaker.role;
      return { speaker: role ? { name: r.speaker.name, role } : { name: r.speaker.name }, confidence: r.confidence };
    }
    if (!r.cataphora) return { speaker: null, confidence: r.confidence, ...(r.unnamed ? { unnamed: r.unnamed } : {}) };
    // A headline's "Victim's mother:" may be named further down than a lede's description.
    const person = article.registry.firstNewPersonAfter(r.cataphora.pos, position(p + 3, 0), r.cataphora.noun ?? undefined,
      p === 0 ? position(p + 6, 0) : undefined);
    return person ? { speaker: { name: person.name, ...(person.role ? { role: person.role } : {}) }, confidence: 0.6 } : { speaker: null, confidence: 0.4, ...(r.unnamed ? { unnamed: r.unnamed } : {}) };
  };

  const out: Attribution[] = quotes.flatMap((q) => {
    const p = q.span.paragraph;
    const spans = [{ start: q.span.start, end: q.span.end }, ...nestedQuotes(paragraphs[p]!, q.span.start, q.span.end, article.lang.table)];
    const who = finish(q.resolved, p);
    return spans.map(({ start, end }) => ({ kind: 'quote' as const, text: paragraphs[p]!.slice(start, end), paragraph: p, start, end, cue: q.cue, ...who }));
  });
  // An interview's answers are the interviewee's words; its questions are the publication's, not attributions.
  const interview = findInterview(article);
  if (interview) {
    for (const a of interview.answers) {
      out.push({ kind: 'quote', text: paragraphs[a.paragraph]!.slice(a.start, a.end), paragraph: a.paragraph, start: a.start, end: a.end,
        cue: ':', speaker: a.speaker, confidence: a.speaker ? 0.7 : 0.4 });
    }
  }
  const seen = new Set<string>();
  for (const c of claims) {
    if (interview?.questions.has(c.paragraph)) continue;
    const key = `${c.paragraph}:${c.range.start}:${c.range.end}`;
    // A claim that is just a quoted span is already the direct quote.
    const isQuote = quotes.some((q) => q.span.paragraph === c.paragraph && c.range.start >= q.span.open && c.range.end <= q.span.close + 1);
    if (seen.has(key) || isQuote) continue;
    seen.add(key);
    out.push({
      kind: 'claim',
      text: paragraphs[c.paragraph]!.slice(c.range.start, c.range.end),
      paragraph: c.paragraph,
      start: c.range.start,
      end: c.range.end,
      cue: c.cue,
      ...finish(c.resolved, c.paragraph),
    });
  }
  return out.filter((a) => a.kind === 'claim' || !interview?.questions.has(a.paragraph)).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/**
 * The product shows an attribution only at or above this confidence. Confidence is calibrated (among attributions
 * at confidence c, about c are right), so this is the least chance of being right a shown suggestion has.
 */
export const SUGGESTION_THRESHOLD = 0;
