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
import { calibrate, type AttributionFeatures, type FoundVia } from './calibration';
import { speakerShape } from './speaker-shape';
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

// The subject pronouns of the languages read, first person first.
const OWN_SUBJECT = /^(?:i|we|ich|wir|je|j['’]|nous|yo|nosotros|nosotras)$/iu;
const SUBJECT_PRONOUN =
  /(?<![\p{L}])(?:i|we|he|she|they|ich|wir|er|sie|je|j['’]|nous|il|elle|ils|elles|yo|nosotros|nosotras|él|ella|ellos|ellas)(?![\p{L}])/giu;

/**
 * A quote inside a quote is the outer speaker's words only when they report themselves ("I said to the players:
 * ‘…’"); "He told us, ‘If something happens to me…’" quotes someone else, whom the outer cue does not name.
 */
function reportsOwnWords(before: string): boolean {
  const subjects = before.slice(-80).match(SUBJECT_PRONOUN) ?? [];
  return subjects.length > 0 && OWN_SUBJECT.test(subjects.at(-1)!);
}

/** "according to", "laut", "zufolge", ", so": a source phrase rather than a speech verb. */
const isSourcePhrase = (cue: string, table: LanguageTable): boolean => {
  const c = cue.toLowerCase();
  return table.sourcePrepositions.includes(c) || table.sourcePostpositions.includes(c) || c === table.postposedSo;
};

export type { Attribution, AttributedSpeaker, AttributionKind, FindAttributionsOptions } from './types';
export type { AttributionFeatures } from './calibration';
export { guessLanguage } from './lang';

/** An attribution as the rules found it (uncalibrated confidence), with what calibration reads about it. */
export interface ExplainedAttribution {
  attribution: Attribution;
  features: AttributionFeatures;
}

/**
 * Every attribution with a calibrated confidence (among attributions at confidence c, about c are right). Names
 * not sure enough to show are dropped to null; show only those at or above SUGGESTION_THRESHOLD.
 */
export function findAttributions(paragraphs: string[], options: FindAttributionsOptions = {}): Attribution[] {
  return explainAttributions(paragraphs, options).map((e) => calibrate(e.attribution, e.features));
}

const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The rules' findings before calibration; bench/calibrate-quotes.ts counts how often each kind of finding is right. */
/**
 * What the finder reads of a page: a news paragraph is at most a few thousand characters and an article a few
 * hundred paragraphs. A page can make its text anything (one 1 MB paragraph, 10,000 quotes), and parts of the rules
 * grow faster than the text, so beyond these caps a paragraph is read as empty (offsets of the others stay right).
 */
export const MAX_PARAGRAPH_CHARS = 8_000;
export const MAX_ARTICLE_CHARS = 120_000;
const MAX_QUOTE_MARKS_PER_PARAGRAPH = 60;
const QUOTE_MARK = /["“”„«»‘’‚‹›「」『』]/gu;

function readable(paragraphs: readonly string[]): string[] {
  let budget = MAX_ARTICLE_CHARS;
  return paragraphs.map((text) => {
    const fits =
      text.length <= MAX_PARAGRAPH_CHARS && text.length <= budget && (text.match(QUOTE_MARK)?.length ?? 0) <= MAX_QUOTE_MARKS_PER_PARAGRAPH;
    if (!fits) return '';
    budget -= text.length;
    return text;
  });
}

export function explainAttributions(allParagraphs: string[], options: FindAttributionsOptions = {}): ExplainedAttribution[] {
  const paragraphs = readable(allParagraphs);
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
      // Roles found later in the article (an appositive on a claim) complete earlier quotes of the same person, and
      // a name given in full later ("Lola Vidal" → "Lola Vidal Arriaga") names them all.
      const person = article.registry.lookup(r.speaker.name);
      const same = person !== null && (person.name === r.speaker.name || person.name.startsWith(`${r.speaker.name} `));
      const name = same ? person.name : r.speaker.name;
      const role = same ? person.role : r.speaker.role;
      return { speaker: role ? { name, role } : { name }, confidence: r.confidence };
    }
    if (!r.cataphora) return { speaker: null, confidence: r.confidence, ...(r.unnamed ? { unnamed: r.unnamed } : {}) };
    // A headline's "Victim's mother:" may be named further down than a lede's description.
    const person = article.registry.firstNewPersonAfter(
      r.cataphora.pos,
      position(p + 3, 0),
      r.cataphora.noun ?? undefined,
      p === 0 ? position(p + 6, 0) : undefined,
    );
    return person
      ? { speaker: { name: person.name, ...(person.role ? { role: person.role } : {}) }, confidence: 0.6 }
      : { speaker: null, confidence: 0.4, ...(r.unnamed ? { unnamed: r.unnamed } : {}) };
  };

  const out: Array<Attribution & { via: FoundVia }> = quotes.flatMap((q) => {
    const p = q.span.paragraph;
    const spans = [{ start: q.span.start, end: q.span.end }, ...nestedQuotes(paragraphs[p]!, q.span.start, q.span.end, article.lang.table)];
    const who = finish(q.resolved, p);
    const text = paragraphs[p]!;
    return spans.map(({ start, end }, i) => ({
      kind: 'quote' as const,
      text: paragraphs[p]!.slice(start, end),
      paragraph: p,
      start,
      end,
      cue: q.cue,
      ...(i === 0 || reportsOwnWords(text.slice(q.span.start, start - 1)) ? who : { speaker: null, confidence: 0.5 }),
      via: i === 0 ? q.via : ('nested' as const),
    }));
  });
  // An interview's answers are the interviewee's words; its questions are the publication's, not attributions.
  const interview = findInterview(article);
  if (interview) {
    for (const a of interview.answers) {
      out.push({
        kind: 'quote',
        text: paragraphs[a.paragraph]!.slice(a.start, a.end),
        paragraph: a.paragraph,
        start: a.start,
        end: a.end,
        cue: ':',
        speaker: a.speaker,
        confidence: a.speaker ? 0.7 : 0.4,
        via: 'interview',
      });
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
      via: isSourcePhrase(c.cue, article.lang.table) ? 'source' : 'claim',
    });
  }
  const table = article.lang.table;
  return out
    .filter((a) => a.kind === 'claim' || !interview?.questions.has(a.paragraph))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map(({ via, ...attribution }) => ({
      attribution,
      features: {
        kind: attribution.kind,
        via,
        rule: attribution.confidence,
        words: wordCount(attribution.text),
        shape: speakerShape(attribution.speaker?.name ?? null, article.registry, table),
        lang: table.code,
        rivals: attribution.speaker
          ? article.registry.rivalsOf(
              attribution.speaker.name,
              position(attribution.paragraph - 1, 0),
              position(attribution.paragraph, attribution.start),
            )
          : 0,
      },
    }));
}

/**
 * The product shows an attribution only at or above this confidence. Confidence is calibrated (among attributions
 * at confidence c, about c are right), so this is the least chance of being right a shown suggestion has.
 */
export const SUGGESTION_THRESHOLD = 0.7;
