/**
 * Claims attributed by a source phrase rather than a speech verb: "according to X, …", "…, according to X",
 * German "Laut X ist …" and "X zufolge …", and passives "it was reported by X that …".
 */
import { resolveRef, type Article, type Resolved } from './article';
import { clauseEnd, dropLeadingSubordinate, insideQuote, looksLikeClause, trimRange } from './clause';
import type { ClaimFinding } from './claims';
import { tokenize } from './names';
import type { Range } from './sentences';
import { analyzeSpeakerPhrase } from './speaker-phrase';

// "figures published by the Health Department" → the Health Department.
// "preliminary results published by the electoral commission" → the electoral commission.
const CARRIER =
  /^(?:(?:the|new|latest|official|preliminary|provisional|final|early|initial|unofficial|partial)\s+)*(?:figures|data|statistics|documents|results|projections|estimates|a report|a statement|a survey|a study|a poll|einem Bericht|Angaben|vorläufigen Ergebnissen)\s+(?:\w+\s+)?(?:by|from|of|des|der|von)\s+/iu;

/** German noun phrase after "Laut": determiner, capitalised words (titles, names), an optional genitive. */
function sourceNounPhrase(text: string, from: number, article: Article): number {
  const tokens = tokenize(text.slice(from), article.lang.table);
  let n = 0;
  const isDet = (i: number): boolean => !!tokens[i] && article.lang.determiners.has(tokens[i]!.text.toLowerCase());
  if (isDet(n)) n++;
  while (tokens[n] && /^\p{Lu}/u.test(tokens[n]!.text)) n++;
  while (tokens[n] && /^(?:des|der|von|vom)$/u.test(tokens[n]!.text) && tokens[n + 1]) {
    n++;
    if (isDet(n)) n++;
    while (tokens[n] && /^\p{Lu}/u.test(tokens[n]!.text)) n++;
  }
  return n > 0 ? from + tokens[n - 1]!.end : from;
}

export function findSourcedClaims(article: Article, cueClaims: readonly ClaimFinding[]): ClaimFinding[] {
  const { table } = article.lang;
  const out: ClaimFinding[] = [];
  let lastSpeaker: Resolved | null = null;
  const speakerOf = (phrase: string, p: number, at: number): Resolved => {
    const source = phrase.replace(CARRIER, '').trim();
    if (table.anaphoricSources.includes(source.toLowerCase()) && lastSpeaker) return { ...lastSpeaker, confidence: 0.5 };
    return resolveRef(article, analyzeSpeakerPhrase(source, article.lang), p, at);
  };
  const add = (p: number, range: Range, cue: string, resolved: Resolved): void => {
    if (!looksLikeClause(article.paragraphs[p]!, range, table, true)) return;
    out.push({ paragraph: p, range, cue, resolved });
    if (resolved.speaker) lastSpeaker = resolved;
  };
  const prepositions = [...table.sourcePrepositions].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
  const prepRe = new RegExp(`(?<![\\p{L}])(?:${prepositions.join('|')})\\s+`, 'giu');
  const postRe = table.sourcePostpositions.length ? new RegExp(`^(.{1,80}?)\\s+(?:${table.sourcePostpositions.join('|')})\\s+`, 'u') : null;
  const passiveRe = table.passiveBy ? new RegExp(table.passiveBy, 'gu') : null;
  // German "Kündigungen wolle man vermeiden, so Albrecht.": the content before a closing ", so X".
  const soRe = table.postposedSo ? new RegExp(`,\\s*(${table.postposedSo})\\s+([^,.;:!?"“”„«»]{2,60}?)[.!?]?$`, 'u') : null;

  article.paragraphs.forEach((text, p) => {
    for (const claim of cueClaims) if (claim.paragraph === p && claim.resolved.speaker) lastSpeaker = claim.resolved;
    for (const sentence of article.sentences[p]!) {
      const lead = sentence.start + (/^\s*/.exec(text.slice(sentence.start))?.[0].length ?? 0);
      prepRe.lastIndex = sentence.start;
      for (let m = prepRe.exec(text); m && m.index < sentence.end; m = prepRe.exec(text)) {
        if (insideQuote(article, p, m.index)) continue;
        const cue = m[0].trim();
        const sourceStart = m.index + m[0].length;
        if (m.index === lead) {
          // "According to X, content." / "Laut X ist content."
          const comma = text.indexOf(',', sourceStart);
          const sourceEnd = table.verbSecond ? sourceNounPhrase(text, sourceStart, article) : comma;
          if (sourceEnd <= sourceStart || sourceEnd > sentence.end) continue;
          const range = trimRange(text, sourceEnd + (table.verbSecond ? 0 : 1), sentence.end);
          add(p, range, cue, speakerOf(text.slice(sourceStart, sourceEnd), p, sourceStart));
        } else if (/,\s*$/.test(text.slice(sentence.start, m.index))) {
          // "content, according to X."
          const sourceEnd = clauseEnd(article, p, sourceStart, sentence.end);
          const range = dropLeadingSubordinate(text, trimRange(text, sentence.start, m.index), table);
          const source = trimRange(text, sourceStart, sourceEnd);
          add(p, range, cue, speakerOf(text.slice(source.start, source.end), p, sourceStart));
        } else if (table.verbSecond) {
          // "An den Schulen fehlen nach Angaben des Ministeriums 900 Lehrer": a source in the middle field; the
          // whole sentence is what the source reports.
          const sourceEnd = sourceNounPhrase(text, sourceStart, article);
          if (sourceEnd <= sourceStart) continue;
          add(p, trimRange(text, sentence.start, sentence.end), cue, speakerOf(text.slice(sourceStart, sourceEnd), p, sourceStart));
        } else {
          // "Prices rose 3 percent according to the statistics office.": the source closes the sentence.
          const source = trimRange(text, sourceStart, sentence.end);
          if (clauseEnd(article, p, sourceStart, sentence.end) < sentence.end) continue;
          const range = dropLeadingSubordinate(text, trimRange(text, sentence.start, m.index), table);
          add(p, range, cue, speakerOf(text.slice(source.start, source.end), p, sourceStart));
        }
      }
      const post = postRe?.exec(text.slice(lead, sentence.end));
      if (post) {
        const cue = text.slice(lead + post[1]!.length, lead + post[0].length).trim();
        add(p, trimRange(text, lead + post[0].length, sentence.end), cue, speakerOf(post[1]!, p, lead));
      }
      const so = soRe?.exec(text.slice(lead, sentence.end).trimEnd());
      if (so && !insideQuote(article, p, lead + so.index)) {
        add(p, trimRange(text, lead, lead + so.index), so[1]!, speakerOf(so[2]!, p, lead + so.index + so[0].indexOf(so[2]!)));
      }
      if (passiveRe) {
        passiveRe.lastIndex = sentence.start;
        for (let m = passiveRe.exec(text); m && m.index < sentence.end; m = passiveRe.exec(text)) {
          const from = m.index + m[0].length;
          const range = trimRange(text, from, clauseEnd(article, p, from, sentence.end));
          const by = m[0].indexOf(m[1]!);
          add(p, range, m[0].slice(0, by).replace(/\s+$/, ''), speakerOf(m[1]!, p, m.index + by));
        }
      }
    }
  });
  return out;
}
