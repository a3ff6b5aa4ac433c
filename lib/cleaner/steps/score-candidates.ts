import type { Block, Segmentation } from '../dom/blocks';
import { subtreeLinkLength, subtreeTextLength } from '../dom/blocks';
import { classWeight, nameTokens } from '../dom/hints';

/** How far up from a paragraph its score spreads (Readability uses five levels). */
const ANCESTOR_LEVELS = 5;
const MIN_SCORED_LENGTH = 25;
const SMALL_CANDIDATE_CHARS = 400;

export interface Candidates {
  scores: Map<Element, number>;
  /** Candidates sorted best first, scores already scaled by link density. */
  ranked: Element[];
}

/** Counts sentence commas in several scripts: a cheap proxy for prose. */
export function commaCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x060c || c === 0x3001) n++;
  }
  return n;
}

function blockScore(b: Block): number {
  const len = b.text.length;
  const base = 1 + commaCount(b.text) + Math.min(Math.floor(len / 100), 3);
  return b.kind === 'li' ? base / 2 : base;
}

function initialScore(el: Element): number {
  let score = 0;
  switch (el.localName) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      score = 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      score = 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      score = -3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score = -5;
      break;
  }
  return score + classWeight(nameTokens(el));
}

export function linkDensity(seg: Segmentation, el: Element): number {
  const total = subtreeTextLength(seg, el);
  return total > 0 ? subtreeLinkLength(seg, el) / total : 0;
}

/** Readability's idea over our blocks: prose paragraphs vote for their parent and, less, for older ancestors. */
export function scoreCandidates(seg: Segmentation, root: Element): Candidates {
  const strict = scoreWith(seg, root, true);
  // Like Readability's retry without "strip unlikelys": when the page wraps its story in something named like
  // furniture ("sticky-sidebar", "widget"), the strict vote finds too little; then everyone votes.
  const prose = proseLength(seg);
  if (strict.votedChars >= Math.min(prose * 0.3, 1500)) return strict;
  return scoreWith(seg, root, false);
}

function proseLength(seg: Segmentation): number {
  let total = 0;
  for (const b of seg.blocks) if (b.text.length >= 80 && b.linkChars < b.text.length * 0.3) total += b.text.length;
  return total;
}

function scoreWith(seg: Segmentation, root: Element, skipUnlikely: boolean): Candidates & { votedChars: number } {
  const raw = new Map<Element, number>();
  let votedChars = 0;
  for (const b of seg.blocks) {
    if ((skipUnlikely && b.unlikely) || b.figure || b.text.length < MIN_SCORED_LENGTH) continue;
    if (b.kind === 'heading' || b.kind === 'row') continue;
    if (b.linkChars > b.text.length * 0.5) continue;
    const score = blockScore(b);
    votedChars += b.text.length;
    let el: Element | null = b.kind === 'text' ? b.owner : b.owner.parentElement;
    for (let level = 0; el && level < ANCESTOR_LEVELS; level++) {
      if (!seg.ranges.has(el)) {
        level--; // inline wrappers (<span>, <font>) don't count as a level
        el = el === root ? null : el.parentElement;
        continue;
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      const current = raw.get(el) ?? initialScore(el);
      raw.set(el, current + score / divider);
      if (el === root) break;
      el = el.parentElement;
    }
  }
  const scores = new Map<Element, number>();
  // A name like "content-wrapper" earns +25 before any text votes; an element holding only a byline must
  // not win on its name, so candidates with little text are scaled down.
  for (const [el, score] of raw) {
    const textScale = Math.min(1, subtreeTextLength(seg, el) / SMALL_CANDIDATE_CHARS);
    scores.set(el, score * (1 - linkDensity(seg, el)) * textScale);
  }
  const ranked = [...scores.keys()].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  return { scores, ranked, votedChars };
}
