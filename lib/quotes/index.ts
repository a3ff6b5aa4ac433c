/**
 * Gloss's attribution finder: direct quotes and reported claims in an article's paragraphs, each with its
 * speaker, found locally with linear scans and precompiled per-language regexes.
 *
 *   findAttributions(paragraphs, { lang: 'de' })
 */
import { prepareArticle, type Resolved } from './article';
import { findClaims } from './claims';
import { position } from './entities';
import { languageTable } from './lang';
import { findQuotes } from './quotes';
import type { Attribution, FindAttributionsOptions } from './types';

export type { Attribution, AttributedSpeaker, AttributionKind, FindAttributionsOptions } from './types';
export { guessLanguage } from './lang';

export function findAttributions(paragraphs: string[], options: FindAttributionsOptions = {}): Attribution[] {
  const article = prepareArticle(paragraphs, languageTable(paragraphs, options.lang));
  const quotes = findQuotes(article);
  const claims = findClaims(article);

  // A lede's "a senior diplomat has said" is the person the article names next.
  const finish = (r: Resolved, p: number): Pick<Attribution, 'speaker' | 'confidence'> => {
    if (r.speaker) {
      // Roles found later in the article (an appositive on a claim) complete earlier quotes of the same person.
      const person = article.registry.lookup(r.speaker.name);
      const role = person?.name === r.speaker.name ? person.role : r.speaker.role;
      return { speaker: role ? { name: r.speaker.name, role } : { name: r.speaker.name }, confidence: r.confidence };
    }
    if (!r.cataphora) return { speaker: null, confidence: r.confidence };
    const person = article.registry.firstNewPersonAfter(r.cataphora.pos, position(p + 3, 0), r.cataphora.noun ?? undefined);
    return person ? { speaker: { name: person.name, ...(person.role ? { role: person.role } : {}) }, confidence: 0.6 } : { speaker: null, confidence: 0.4 };
  };

  const out: Attribution[] = quotes.map((q) => ({
    kind: 'quote' as const,
    text: paragraphs[q.span.paragraph]!.slice(q.span.start, q.span.end),
    paragraph: q.span.paragraph,
    start: q.span.start,
    end: q.span.end,
    cue: q.cue,
    ...finish(q.resolved, q.span.paragraph),
  }));
  const seen = new Set<string>();
  for (const c of claims) {
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
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
