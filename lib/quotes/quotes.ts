/**
 * Direct quotes: every quote span that is speech, with its speaker. A span is speech when a cue stands next to
 * it (after: `"…," she said`; before: `said it would "…"`; a colon intro), when it continues an attributed quote, or
 * when it is long enough to be a sentence. Scare quotes and titles of works are dropped.
 */
import { sentenceAt, speakerOfCue, resolveRef, type Article, type Resolved } from './article';
import { findCues, type CueMatch } from './lang/compile';
import { bare, tokenize, type Token } from './names';
import type { QuoteSpan } from './quote-spans';
import { analyzeSpeakerPhrase } from './speaker-phrase';

export interface QuoteFinding {
  span: QuoteSpan;
  cue: string;
  resolved: Resolved;
  /** How the speaker was found: by a cue, inherited, or not at all. */
  via: 'cue' | 'inherited' | 'none';
}

/**
 * Spanish drops the subject: "«Aquí nadie negocia a mis espaldas», zanjó." and "Indicó que …" are the last
 * person's words, as "he said" would be. Only when nothing names a subject after the verb or before it.
 */
export function withDroppedSubject(article: Article, p: number, cue: CueMatch, resolved: Resolved): Resolved {
  if (!article.lang.table.proDrop || resolved.speaker || resolved.unnamed || resolved.cataphora) return resolved;
  const text = article.paragraphs[p]!;
  const sentence = sentenceAt(article, p, cue.start);
  const after = text.slice(cue.end, sentence.end);
  const bare =
    /^\s*(?:[.!?]\s*)?$/u.test(after) || (/^[\s"“”«»—–-]*$/u.test(text.slice(sentence.start, cue.start)) && /^\s*,?\s*que\s/u.test(after));
  return bare ? resolveRef(article, { type: 'pronoun', group: false, gender: null }, p, cue.start) : resolved;
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const MAX_GAP_WORDS = 15;

/**
 * Quoted names of newspapers, campaigns and works, which no one says: "« Baccalauréat » (2022)" (a year in brackets
 * after it); "sagte der »Sächsischen Zeitung«", "in der „Süddeutschen Rundschau“" (an article, then a short name in
 * capitals); German "die Kampagne „Licht aus für die Falter“", "Mieterinitiative „Giesing bleibt“" (a capitalised
 * noun right before a short quote that opens with a capital and ends without punctuation).
 */
function namesSomething(article: Article, span: QuoteSpan, inner: string, before: string, previous: Token | undefined): boolean {
  const text = article.paragraphs[span.paragraph]!;
  const table = article.lang.table;
  if (/^\s*\(\d{4}\)/u.test(text.slice(span.close + 1))) return true;
  // "«La casa de las mareas» llegará a los cines": a short quote opening its sentence as the subject of a verb.
  const next = text.slice(span.close + 1);
  if (
    before.trim() === '' &&
    !/[.,!?;:…]$/u.test(inner) &&
    inner.split(/\s+/u).length <= 8 &&
    /^\s+\p{Ll}/u.test(next) &&
    !article.cues[span.paragraph]!.some((c) => c.start > span.close && c.start <= span.close + 3)
  )
    return true;
  if (!previous || /[.,!?;:]$/u.test(inner) || !/^\s*$/u.test(before.slice(previous.end))) return false;
  const words = inner.split(/\s+/u);
  // A name takes the definite article: "vor einem „Kahlschlag“" is a word someone used (German capitalises every noun).
  const definite = table.determiners.includes(previous.text.toLowerCase()) && !table.indefinites.includes(previous.text.toLowerCase());
  const nameLength = words.length <= 4 && words.length >= (table.capitalizedNouns ? 2 : 1);
  if (definite && nameLength && words.every((w) => /^[\p{Lu}\d]/u.test(w))) return true;
  const sentenceStart = /^[\s"“”„«»‘’]*$/u.test(before.slice(0, previous.start));
  return table.capitalizedNouns && /^\p{Lu}/u.test(previous.text) && !sentenceStart && words.length <= 6 && /^\p{Lu}/u.test(inner);
}

/** Scare quotes ("so-called "reforms"") and titles ("the film "Night Shift"", Title Case) are not speech. */
function isMentionOrTitle(article: Article, span: QuoteSpan, before: string): boolean {
  const table = article.lang.table;
  const inner = article.paragraphs[span.paragraph]!.slice(span.start, span.end);
  const lower = before.toLowerCase().replace(/\s+/g, ' ');
  const lastWords = lower.trimEnd().split(' ').slice(-4).join(' ');
  if (table.scareMarkers.some((m) => ` ${lastWords}`.includes(` ${m}`))) return true;
  // Only the word right before the mark: "the film "Night Shift"", but not "called the bill a "giveaway"".
  const previous = tokenize(before, table).at(-1);
  if (previous && /^\s*,?\s*$/.test(before.slice(previous.end)) && table.workNouns.includes(bare(previous.text))) return true;
  // "des Kleingartenvereins »Sonnenwinkel«", "the Rose and Crown's „Blue Room“": a short capitalised name right after
  // a capitalised noun names it.
  const innerWords = inner.split(/\s+/);
  if (
    previous &&
    /^\p{Lu}/u.test(previous.text) &&
    /^\s*$/.test(before.slice(previous.end)) &&
    innerWords.length <= 3 &&
    innerWords.every((w) => /^\p{Lu}/u.test(w)) &&
    !/[.,!?;:]$/.test(inner)
  )
    return true;
  if (namesSomething(article, span, inner, before, previous)) return true;
  if (!table.titleCaseMeansTitle || /[.,!?;:]$/.test(inner) || before.trim() === '') return false;
  const ws = inner.split(/\s+/);
  return ws.length <= 8 && /^\p{Lu}/u.test(inner) && ws.every((w) => w.length < 4 || /^[\p{Lu}\d]/u.test(w));
}

/** A cue right after the quote ("," said X / X said / , so X), within the same sentence. */
function cueAfter(article: Article, span: QuoteSpan): { cue: CueMatch | null; resolved: Resolved } | null {
  const p = span.paragraph;
  const text = article.paragraphs[p]!;
  const sentence = sentenceAt(article, p, Math.min(span.close + 1, text.length - 1));
  const next = article.spansIn[p]!.find((s) => s.open > span.close);
  const limit = Math.min(sentence.end > span.close ? sentence.end : span.close + 1, next ? next.open : text.length);
  const after = text.slice(span.close + 1, limit);
  // “…drive us out.” The association said …: a quote ending in a full stop closes its sentence; a capitalised
  // word after it starts the next one, whose cue is not the quote's.
  if (/\.$/u.test(text.slice(span.start, span.end)) && /^\s+\p{Lu}/u.test(text.slice(span.close + 1))) return null;
  const so = article.lang.table.postposedSo;
  const soMatch = so ? new RegExp(`^\\s*,\\s*${so}\\s+`, 'u').exec(after) : null;
  if (soMatch) {
    const ref = analyzeSpeakerPhrase(after.slice(soMatch[0].length).replace(/[.!?]+\s*$/, ''), article.lang);
    if (ref.type !== 'none') return { cue: null, resolved: resolveRef(article, ref, p, span.close + 1 + soMatch[0].length) };
  }
  const cue = article.cues[p]!.find((c) => c.start > span.close && c.start < limit && c.kind !== 'document');
  if (!cue || words(text.slice(span.close + 1, cue.start)) > 20) return null;
  // "X called it “indefensible,” and Sen. Rachel Whitford wrote": a new clause with its own subject and verb; the
  // quote is the earlier cue's.
  if (NEW_CLAUSE.test(text.slice(span.close + 1, cue.start)) && cueBefore(article, span)) return null;
  // "a yellow ‘be aware’ warning": an -ing word right after the mark, with no comma, is a noun.
  if (cue.participle && /^\s*$/u.test(text.slice(span.close + 1, cue.start))) return null;
  return { cue, resolved: withDroppedSubject(article, p, cue, speakerOfCue(article, p, cue)) };
}

const NEW_CLAUSE =
  /^[\s,]*(?:and|but|while|whereas|und|aber|während|et|mais|tandis\s+que|alors\s+que|y|pero|mientras)\s+(?:the\s+|der\s+|die\s+|le\s+|la\s+|el\s+)?\p{Lu}/u;

/** A cue earlier in the same sentence whose clause the quote belongs to ("said it would "…"", "called X "…""). */
function cueBefore(article: Article, span: QuoteSpan): CueMatch | null {
  const p = span.paragraph;
  const sentence = sentenceAt(article, p, span.open);
  const prev = article.spansIn[p]!.filter((s) => s.close < span.open && s.close >= sentence.start).at(-1);
  const from = prev ? prev.close : sentence.start;
  const cue = article.cues[p]!.filter((c) => c.start >= from && c.end <= span.open && c.kind !== 'document').at(-1);
  if (!cue || words(article.paragraphs[p]!.slice(cue.end, span.open)) > MAX_GAP_WORDS) return null;
  return cue;
}

/** `X was blunt: "…"` and headlines `Minister: "…"`: the speaker is the phrase before the colon. */
function colonIntro(article: Article, span: QuoteSpan): Resolved | null {
  const p = span.paragraph;
  const text = article.paragraphs[p]!;
  const sentence = sentenceAt(article, p, span.open);
  const before = text.slice(sentence.start, span.open);
  if (!/:\s*$/.test(before)) return null;
  const ref = analyzeSpeakerPhrase(before.replace(/:\s*$/, ''), article.lang);
  return ref.type === 'none' ? null : resolveRef(article, ref, p, sentence.start);
}

/** Attribute every speech quote of the article; quotes are visited in reading order so entities accrue. */
export function findQuotes(article: Article): QuoteFinding[] {
  const found = new Map<QuoteSpan, QuoteFinding>();
  // Titles, names and scare quotes: no one's words, so they inherit no speaker either.
  const mentions = new Set<QuoteSpan>();
  for (const span of article.spans) {
    const p = span.paragraph;
    const text = article.paragraphs[p]!;
    const sentence = sentenceAt(article, p, span.open);
    const before = text.slice(sentence.start, span.open);
    if (isMentionOrTitle(article, span, before)) {
      mentions.add(span);
      continue;
    }
    const after = cueAfter(article, span);
    if (after) {
      found.set(span, { span, cue: after.cue?.text ?? article.lang.table.postposedSo ?? '', resolved: after.resolved, via: 'cue' });
      continue;
    }
    const cue = cueBefore(article, span);
    if (cue) {
      found.set(span, { span, cue: cue.text, resolved: speakerOfCue(article, p, cue), via: 'cue' });
      continue;
    }
    const colon = colonIntro(article, span);
    if (colon) found.set(span, { span, cue: ':', resolved: colon, via: 'cue' });
  }
  const { table } = article.lang;
  return article.spans.flatMap((span) => {
    const own = found.get(span);
    if (own) return [own];
    if (mentions.has(span)) return [];
    const text = article.paragraphs[span.paragraph]!;
    // French and Spanish: a title after a quote ("Le documentaire « Les Gardiens du quai »") inherits no speaker.
    if (
      table.clauseNeedsComplementizer &&
      !span.dash &&
      isMentionOrTitle(article, span, text.slice(sentenceAt(article, span.paragraph, span.open).start, span.open))
    )
      return [];
    const inherited = (span.dash ? dialogueTurn(article, span, found) : null) ?? inherit(article, span, found);
    if (inherited) {
      found.set(span, inherited);
      return [inherited];
    }
    const inner = text.slice(span.start, span.end);
    // Without a cue, French and Spanish quotes that are speech are sentences ("…, sin más.»."); a short phrase in
    // marks is a title or a name ("« Voyage au bout de la nuit »"). A dialogue line is speech whatever its length.
    const ends = /[.!?…]$/u.test(inner) || /^[.!?…]/u.test(text.slice(span.close + 1));
    const sentenceLike =
      span.dash ||
      (table.clauseNeedsComplementizer
        ? ends
          ? words(inner) >= 3
          : words(inner) >= 12
        : words(inner) >= 6 || (words(inner) >= 3 && /[.!?]$/.test(inner)));
    if (!sentenceLike || isMentionOrTitle(article, span, article.paragraphs[span.paragraph]!.slice(0, span.open))) return [];
    return [{ span, cue: '', resolved: { speaker: null, confidence: 0.4, cataphora: null }, via: 'none' as const }];
  });
}

/**
 * Court dialogue: "— Vous aviez aussi consommé du cannabis la veille." / "— Oui.": a dash line without an incise
 * answers the line before it, so its speaker is the one of the dash line two paragraphs up.
 */
function dialogueTurn(article: Article, span: QuoteSpan, found: Map<QuoteSpan, QuoteFinding>): QuoteFinding | null {
  const p = span.paragraph;
  if (article.spansIn[p]![0] !== span || !article.spansIn[p - 1]?.[0]?.dash) return null;
  const turn = article.spansIn[p - 2]?.map((s) => found.get(s)).find((f) => f?.span.dash && f.resolved.speaker);
  return turn
    ? { span, cue: '—', resolved: { ...turn.resolved, confidence: Math.min(0.6, turn.resolved.confidence) }, via: 'inherited' }
    : null;
}

/**
 * No cue of its own: the quote continues one already attributed — the same multi-paragraph chain, an earlier
 * quote in the paragraph, or the introduction in the previous paragraph ("Lyle described the night: …").
 */
function inherit(article: Article, span: QuoteSpan, found: Map<QuoteSpan, QuoteFinding>): QuoteFinding | null {
  const copy = (from: QuoteFinding, confidence: number): QuoteFinding => ({
    span,
    cue: from.cue,
    resolved: { ...from.resolved, confidence: Math.min(confidence, from.resolved.confidence) },
    via: 'inherited',
  });
  const chain = article.spans
    .filter((s) => s.chain === span.chain && s !== span)
    .map((s) => found.get(s))
    .find((f) => f);
  if (chain) return copy(chain, 0.8);
  const p = span.paragraph;
  const earlier = article.spansIn[p]!.filter((s) => s.close < span.open)
    .map((s) => found.get(s))
    .filter((f) => f)
    .at(-1);
  if (earlier) return copy(earlier, 0.75);
  const text = article.paragraphs[p]!;
  // "Die Verwaltung habe Gutachten zurückgehalten, sagte er. „Das ist kein Stil …“": a quote opening a sentence
  // right after an attributed sentence of the same paragraph goes on in that speaker's voice.
  const sentence = sentenceAt(article, p, span.open);
  if (sentence.start > 0 && text.slice(sentence.start, span.open).trim() === '') {
    // Sentences without a cue in between (a reported-speech continuation, "Man habe … können.") keep that voice.
    const cue = article.cues[p]!.filter((c) => c.end <= sentence.start && c.kind !== 'document').at(-1);
    const resolved = cue ? speakerOfCue(article, p, cue) : null;
    if (cue && resolved?.speaker) return { span, cue: cue.text, resolved: { ...resolved, confidence: 0.6 }, via: 'inherited' };
  }
  if (text.slice(0, span.open).trim() !== '' || p === 0) return null;
  // A quote paragraph right after an introduction: the previous paragraph's last sentence names the speaker.
  const prevText = article.paragraphs[p - 1]!;
  const last = article.sentences[p - 1]!.at(-1);
  if (!last) return null;
  const cue = findCues(article.lang, prevText, last.start, last.end).at(-1);
  if (!cue && !/:\s*$/.test(prevText.slice(last.start, last.end))) return null;
  const resolved = cue ? speakerOfCue(article, p - 1, cue) : null;
  if (!resolved?.speaker) return null;
  return { span, cue: cue!.text, resolved: { ...resolved, confidence: 0.6 }, via: 'inherited' };
}
