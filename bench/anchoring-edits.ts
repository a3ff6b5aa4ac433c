/**
 * Anchoring cases where the words themselves change: words edited inside the passage, words edited in the
 * context around it, and a copy of the passage that shares a long stretch of its context. These are the edits
 * on which matchers most often highlight the wrong text.
 */
import { pick, randInt, type Span, TrackedText } from './anchoring-text';
import type { AnchoringCase, CaseContext } from './anchoring-cases';

/** Words of the foreign paragraphs, as replacements (a real edit brings in words the article may not use). */
function foreignWords(foreign: readonly string[]): string[] {
  const words = foreign.flatMap((p) => p.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => w.length >= 2);
  return words.length ? words : ['revised', 'updated', 'officials', 'later'];
}

/** The words (non-space runs) of text[from, to), as absolute spans. */
function wordsIn(text: string, from: number, to: number): Span[] {
  return [...text.slice(from, to).matchAll(/\S+/g)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
}

/** One word edit: the word replaced (half the time), deleted with a neighbouring space, or a word inserted before it. */
function editWord(tracked: TrackedText, word: Span, random: () => number, vocabulary: readonly string[]): void {
  const r = random();
  if (r < 0.5) tracked.replace(word.start, word.end - word.start, pick(random, vocabulary));
  else if (r < 0.75) {
    const spaceAfter = tracked.text[word.end] === ' ';
    tracked.replace(spaceAfter ? word.start : Math.max(0, word.start - 1), word.end - word.start + 1, '');
  } else tracked.replace(word.start, 0, `${pick(random, vocabulary)} `);
}

/**
 * Words edited inside the passage: one edit per started 15 words, at most three (a 3-word passage loses or
 * changes one word). Edited from the last chosen word backwards so that earlier word offsets stay valid.
 */
export function wordsInside({ article, passage, random, foreign }: CaseContext): AnchoringCase {
  const tracked = new TrackedText(article.text, passage.span);
  const words = wordsIn(article.text, passage.span.start, passage.span.end);
  const edits = Math.min(3, Math.ceil(words.length / 15));
  const chosen = new Set<number>();
  while (chosen.size < edits) chosen.add(randInt(random, 0, words.length - 1));
  const vocabulary = foreignWords(foreign);
  for (const i of [...chosen].sort((a, b) => b - a)) editWord(tracked, words[i]!, random, vocabulary);
  return { before: article.text, span: passage.span, after: tracked.text, truth: tracked.span };
}

/** Raw characters of context on each side in which words get edited (about the 64 normalized characters stored). */
const CONTEXT_REACH = 80;

/** One to three words edited in the 80 characters before the passage and as many after it; the passage is intact. */
export function wordsAround({ article, passage, random, foreign }: CaseContext): AnchoringCase {
  const tracked = new TrackedText(article.text, passage.span);
  const { start, end } = passage.span;
  const before = wordsIn(article.text, Math.max(0, start - CONTEXT_REACH), start).filter((w) => w.end <= start);
  const after = wordsIn(article.text, end, end + CONTEXT_REACH).filter((w) => w.start >= end);
  const chosen = new Set<Span>();
  for (const side of [before, after]) {
    const want = Math.min(side.length, randInt(random, 1, 3));
    const picked = new Set<Span>();
    while (picked.size < want) picked.add(pick(random, side));
    for (const w of picked) chosen.add(w);
  }
  const vocabulary = foreignWords(foreign);
  for (const w of [...chosen].sort((a, b) => b.start - a.start)) editWord(tracked, w, random, vocabulary);
  return { before: article.text, span: passage.span, after: tracked.text, truth: tracked.span };
}

/**
 * A copy of the passage elsewhere that shares 48–160 characters of context on one side and 0–64 on the other
 * (a lede repeated as a summary, a caption quoting a sentence, a pull quote with its lead-in), as a new
 * paragraph at a random paragraph boundary away from the passage's own. The original is untouched, so the copy is told apart only by the
 * side it does not share — which is what a matcher that checks one side, or keeps short context, gets wrong.
 */
export function duplicateWithContext({ article, passage, random, foreign }: CaseContext): AnchoringCase {
  const { text } = article;
  const { start, end } = passage.span;
  const longSide = randInt(random, 48, 160);
  const prefixShared = random() < 0.5;
  // The short side must leave 24 characters of the context there is (near the text's start or end there is
  // little) different, or nothing tells the copy from the original and the case has no right answer.
  const available = prefixShared ? text.length - end : start;
  const shortSide = Math.min(randInt(random, 0, 64), Math.max(0, available - 24));
  const sharedBefore = text.slice(Math.max(0, start - (prefixShared ? longSide : shortSide)), start);
  const sharedAfter = text.slice(end, end + (prefixShared ? shortSide : longSide));
  // Different text beyond the shared part, so the copy diverges exactly where its sharing ends.
  const lead = pick(random, foreign).slice(0, 120);
  const tail = pick(random, foreign).slice(0, 120);
  const copy = `${lead} ${sharedBefore}${text.slice(start, end)}${sharedAfter} ${tail}`.replace(/\n+/g, ' ');
  // Not within 200 characters of the passage: that would replace the original's own context.
  const away = article.paragraphs.filter((p) => p.start < start - 200 || p.start > end + 200);
  const at = away.length ? pick(random, away).start : text.length;
  const tracked = new TrackedText(text, passage.span);
  tracked.replace(at, 0, at === text.length ? `\n${copy}` : `${copy}\n`);
  return { before: text, span: passage.span, after: tracked.text, truth: tracked.span };
}
