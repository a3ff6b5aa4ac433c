/**
 * The anchoring benchmark's cases. Each takes an article text and a passage in it, makes an edited copy, and
 * says where the passage truly is in that copy (null when it was deleted: the right answer is an orphan).
 */
import search from 'approx-string-match';
import { normalizeWithMap } from '../lib/anchoring';
import { toNormalizedRange } from '../lib/anchoring/normalize';
import { duplicateWithContext, wordsAround, wordsInside } from './anchoring-edits';
import { pick, randInt, rewriteChars, type Span, TrackedText } from './anchoring-text';

export type CaseKey =
  | 'unchanged'
  | 'whitespace'
  | 'paragraphs'
  | 'typos'
  | 'duplicate'
  | 'deleted'
  | 'liveToReader'
  | 'readerToLive'
  | 'wordsInside'
  | 'wordsAround'
  | 'duplicateContext';

export const CASES: readonly { key: CaseKey; label: string }[] = [
  { key: 'unchanged', label: '1 unchanged' },
  { key: 'whitespace', label: '2 whitespace & markup noise' },
  { key: 'paragraphs', label: '3 paragraphs added/removed elsewhere' },
  { key: 'typos', label: '4 typos in and around the passage' },
  { key: 'duplicate', label: '5 duplicate passage elsewhere' },
  { key: 'deleted', label: '6 passage deleted (orphan expected)' },
  { key: 'liveToReader', label: '7a live page → reader view' },
  { key: 'readerToLive', label: '7b reader view → live page' },
  { key: 'wordsInside', label: '8 words changed inside the passage' },
  { key: 'wordsAround', label: '9 words changed in its context' },
  { key: 'duplicateContext', label: '10 duplicate sharing long context' },
];

/** An article as the benchmark sees it: its text and where each paragraph (one line) lies in it. */
export interface ArticleText {
  text: string;
  paragraphs: Span[];
}

/** The passage: inside one paragraph, as readers select quotes and claims. */
export interface Passage {
  paragraph: number;
  span: Span;
}

export interface AnchoringCase {
  /** The text the annotation is made on, and the selected span. */
  before: string;
  span: Span;
  /** The text it is anchored on, and where the passage truly is there (null: it is gone). */
  after: string;
  truth: Span | null;
}

export interface CaseContext {
  article: ArticleText;
  passage: Passage;
  random: () => number;
  /** Paragraphs of other articles, for inserted text. */
  foreign: readonly string[];
}

export function splitParagraphs(text: string): ArticleText {
  const paragraphs: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  }
  return { text, paragraphs };
}

/** Paragraphs of another article to insert as foreign text (never empty). */
export function foreignParagraphs(other: ArticleText): string[] {
  const found = other.paragraphs.map((p) => other.text.slice(p.start, p.end).trim()).filter((p) => p.split(/\s+/).length >= 5);
  return found.length ? found : ['The spokesperson declined to comment on the report when reached on Monday.'];
}

/** A random passage of 3 to 60 words inside one paragraph, paragraphs weighted by their word count. */
function drawPassage(article: ArticleText, random: () => number): Passage | null {
  const words = article.paragraphs.map((p) => [...article.text.slice(p.start, p.end).matchAll(/\S+/g)]);
  const eligible = words.map((w, i) => ({ i, n: w.length })).filter((p) => p.n >= 3);
  const total = eligible.reduce((sum, p) => sum + p.n, 0);
  if (total === 0) return null;
  let r = random() * total;
  const chosen = eligible.find((p) => (r -= p.n) < 0) ?? eligible[eligible.length - 1]!;
  const paraWords = words[chosen.i]!;
  const count = randInt(random, 3, Math.min(60, paraWords.length));
  const first = randInt(random, 0, paraWords.length - count);
  const offset = article.paragraphs[chosen.i]!.start;
  const a = paraWords[first]!;
  const b = paraWords[first + count - 1]!;
  return { paragraph: chosen.i, span: { start: offset + a.index, end: offset + b.index + b[0].length } };
}

/** Context (normalized characters a side) that must repeat too for a passage to count as ambiguous. Fixed here,
 * not taken from Gloss's describeText, so that changing Gloss's stored context never changes the passages drawn. */
const AMBIGUITY_CONTEXT = 32;

/**
 * A passage whose words *and* context (32 characters each side) occur twice in the article, verbatim or nearly
 * (at most 10% edits), has no single true location: some benchmark pages repeat their whole text, others are
 * tables of near-identical rows. Such a passage is drawn again. The test looks only at the article, never at
 * what any anchoring system does.
 */
export function isAmbiguous(text: string, span: Span): boolean {
  const norm = normalizeWithMap(text);
  const quote = toNormalizedRange(norm, span.start, span.end);
  if (quote.end <= quote.start) return true;
  const at = Math.max(0, quote.start - AMBIGUITY_CONTEXT);
  const needle = norm.text.slice(at, Math.min(norm.text.length, quote.end + AMBIGUITY_CONTEXT));
  // Blank out the passage itself, then look for anything else close to it.
  const rest = norm.text.slice(0, at) + '\u0000'.repeat(needle.length) + norm.text.slice(at + needle.length);
  return search(rest, needle, Math.floor(needle.length / 10)).length > 0;
}

/** Up to `tries` draws until a passage is unambiguous; null if none was. */
export function pickPassage(article: ArticleText, random: () => number, tries = 5): Passage | null {
  for (let k = 0; k < tries; k++) {
    const passage = drawPassage(article, random);
    if (!passage) return null;
    if (!isAmbiguous(article.text, passage.span)) return passage;
  }
  return null;
}

const same = ({ article, passage }: CaseContext): AnchoringCase => ({
  before: article.text,
  span: passage.span,
  after: article.text,
  truth: passage.span,
});

/** Extra spaces and newlines, nbsp, soft hyphens and zero-width spaces: what markup and CMSs add. */
function whitespaceNoise({ article, passage, random }: CaseContext): AnchoringCase {
  const spaces = [' ', '  ', '\n', ' \u00a0', '\u00a0', '\n  \n', '\t ', ' \r\n '];
  const invisible = ['\u200b', '\u00ad', '\ufeff', '\u200c'];
  const out = rewriteChars(article.text, passage.span, (ch) => {
    if (/\s/.test(ch)) return { before: '', self: random() < 0.5 ? pick(random, spaces) : ch };
    const before = random() < 0.02 ? pick(random, invisible) : '';
    return { before, self: ch };
  });
  return { before: article.text, span: passage.span, after: out.text, truth: out.span };
}

function otherParagraphs(ctx: CaseContext): number[] {
  return ctx.article.paragraphs.map((_, i) => i).filter((i) => i !== ctx.passage.paragraph);
}

/** Up to three other paragraphs deleted and one to three foreign ones inserted at paragraph boundaries. */
function paragraphEdits(ctx: CaseContext): AnchoringCase {
  const { article, passage, random, foreign } = ctx;
  const tracked = new TrackedText(article.text, passage.span);
  const others = otherParagraphs(ctx);
  const deletions = new Set<number>();
  const wanted = Math.min(others.length, randInt(random, 1, 3));
  while (deletions.size < wanted) deletions.add(pick(random, others));
  const inserts = randInt(random, 1, 3);
  // Edit from the end so earlier paragraph offsets stay valid.
  const edits: { at: number; remove: number; insert: string }[] = [...deletions].map((i) => {
    const p = article.paragraphs[i]!;
    return { at: p.start, remove: p.end - p.start + (article.text[p.end] === '\n' ? 1 : 0), insert: '' };
  });
  for (let k = 0; k < inserts; k++) {
    const boundary = pick(random, article.paragraphs).start;
    edits.push({ at: boundary, remove: 0, insert: `${pick(random, foreign)}\n` });
  }
  // At one offset the deletion goes first, so it never removes the paragraph just inserted there.
  edits.sort((x, y) => y.at - x.at || y.remove - x.remove);
  for (const e of edits) tracked.replace(e.at, e.remove, e.insert);
  return { before: article.text, span: passage.span, after: tracked.text, truth: tracked.span };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typo at `at`: substitution, deletion, insertion or transposition. */
function typo(tracked: TrackedText, at: number, random: () => number): void {
  const text = tracked.text;
  const kind = randInt(random, 0, 3);
  if (kind === 0)
    tracked.replace(
      at,
      1,
      pick(
        random,
        [...LETTERS].filter((c) => c !== text[at]),
      ),
    );
  else if (kind === 1) tracked.replace(at, 1, '');
  else if (kind === 2) tracked.replace(at, 0, pick(random, [...LETTERS]));
  else if (at + 1 < text.length) tracked.replace(at, 2, `${text[at + 1]}${text[at]}`);
}

/** One typo per 60 characters inside the passage (at least one), and two in the 40 characters around it. */
function typos({ article, passage, random }: CaseContext): AnchoringCase {
  const tracked = new TrackedText(article.text, passage.span);
  const inside = Math.max(1, Math.min(3, Math.round((passage.span.end - passage.span.start) / 60)));
  for (let k = 0; k < inside; k++) {
    const { start, end } = tracked.span;
    typo(tracked, randInt(random, start, Math.max(start, end - 1)), random);
  }
  for (let k = 0; k < 2; k++) {
    const { start, end } = tracked.span;
    const at =
      random() < 0.5
        ? randInt(random, Math.max(0, start - 40), Math.max(0, start - 1))
        : randInt(random, end, Math.min(tracked.text.length - 1, end + 39));
    if (at >= 0 && at < tracked.text.length && (at < start || at >= end)) typo(tracked, at, random);
  }
  return { before: article.text, span: passage.span, after: tracked.text, truth: tracked.span };
}

/** The passage's words copied into a new paragraph elsewhere, between sentences of another article. */
function duplicate(ctx: CaseContext): AnchoringCase {
  const { article, passage, random, foreign } = ctx;
  const tracked = new TrackedText(article.text, passage.span);
  const quote = article.text.slice(passage.span.start, passage.span.end);
  const boundary = pick(random, article.paragraphs).start;
  tracked.replace(boundary, 0, `${pick(random, foreign)} ${quote} ${pick(random, foreign)}\n`);
  return { before: article.text, span: passage.span, after: tracked.text, truth: tracked.span };
}

/** The passage's whole paragraph removed: anchoring it anywhere is a false highlight. */
function deleted({ article, passage }: CaseContext): AnchoringCase {
  const p = article.paragraphs[passage.paragraph]!;
  const after = article.text.slice(0, p.start) + article.text.slice(p.end + (article.text[p.end] === '\n' ? 1 : 0));
  return { before: article.text, span: passage.span, after, truth: null };
}

const CLUTTER = [
  'Advertisement',
  'ADVERTISEMENT',
  'Story continues below advertisement',
  'Share this article',
  'Share',
  'Sign up for our daily newsletter',
  'Photo: Getty Images',
  'Image: Reuters',
  '(AP Photo)',
  'Read more',
  'Most read',
  'Skip to content',
  'Comments',
  'Follow us on Twitter',
  'Continue reading the main story',
];

/**
 * The same article as a live page (navigation, captions, ads and related links between paragraphs) and as the
 * reader view (paragraphs joined by blank lines). Returns both texts and each paragraph's span in each.
 */
function renderings(ctx: CaseContext): { live: string; reader: string; liveSpans: Span[]; readerSpans: Span[] } {
  const { article, random, foreign } = ctx;
  const paragraphs = article.paragraphs.map((p) => article.text.slice(p.start, p.end).trim());
  const live: string[] = ['Home', 'News', 'World', 'Politics', 'Business', 'Opinion'];
  let liveLength = live.join('\n').length + 1;
  const liveSpans: Span[] = [];
  const readerSpans: Span[] = [];
  let readerLength = 0;
  for (const para of paragraphs) {
    if (random() < 0.3) {
      const clutter = random() < 0.5 ? pick(random, CLUTTER) : `Related: ${pick(random, foreign).slice(0, 90)}`;
      live.push(clutter);
      liveLength += clutter.length + 1;
    }
    liveSpans.push({ start: liveLength, end: liveLength + para.length });
    live.push(para);
    liveLength += para.length + 1;
    readerSpans.push({ start: readerLength, end: readerLength + para.length });
    readerLength += para.length + 2;
  }
  live.push('Most read', ...foreign.slice(0, 3).map((f) => f.slice(0, 80)), '© 2024 The Publisher. All rights reserved.');
  return { live: live.join('\n'), reader: paragraphs.join('\n\n'), liveSpans, readerSpans };
}

function movePassage(ctx: CaseContext, from: Span[], to: Span[]): { span: Span; truth: Span } {
  const { article, passage } = ctx;
  const para = article.paragraphs[passage.paragraph]!;
  const raw = article.text.slice(para.start, para.end);
  const lead = raw.length - raw.trimStart().length;
  const offset = passage.span.start - para.start - lead;
  const length = passage.span.end - passage.span.start;
  const a = from[passage.paragraph]!.start + offset;
  const b = to[passage.paragraph]!.start + offset;
  return { span: { start: a, end: a + length }, truth: { start: b, end: b + length } };
}

function liveToReader(ctx: CaseContext): AnchoringCase {
  const r = renderings(ctx);
  const { span, truth } = movePassage(ctx, r.liveSpans, r.readerSpans);
  return { before: r.live, span, after: r.reader, truth };
}

function readerToLive(ctx: CaseContext): AnchoringCase {
  const r = renderings(ctx);
  const { span, truth } = movePassage(ctx, r.readerSpans, r.liveSpans);
  return { before: r.reader, span, after: r.live, truth };
}

export const MAKE_CASE: Record<CaseKey, (ctx: CaseContext) => AnchoringCase> = {
  unchanged: same,
  whitespace: whitespaceNoise,
  paragraphs: paragraphEdits,
  typos,
  duplicate,
  deleted,
  liveToReader,
  readerToLive,
  wordsInside,
  wordsAround,
  duplicateContext: duplicateWithContext,
};
