import { subtreeTextLength, type Block, type Segmentation } from './dom/blocks';
import { segment } from './dom/segment';
import { nameTokens } from './dom/hints';
import { scoreCandidates } from './steps/score-candidates';
import { selectContainers } from './steps/select-container';

/** Readability's cue: blocks of 140+ characters, weighted by the square root of their excess length. */
const PROSE_MIN_LENGTH = 140;

export interface ProseSignal {
  score: number;
  /** Long prose blocks inside the best container. */
  paragraphs: number;
  /** Characters of prose (blocks of 40+ characters with few links) inside the best container, captions excluded. */
  chars: number;
  /** Characters of captions (inside a <figure> or beside an image) in the container: a gallery's text. */
  captionChars: number;
  /** Long blocks elsewhere: comments, sidebars, teasers. */
  furnitureParagraphs: number;
  /** Headings inside the best container that are links: a list of teasers rather than a story. */
  linkedHeadings: number;
  /** Stretches of the container that start at a heading and hold prose. */
  sections: number;
  /** Of those, the ones with a single paragraph: the cards of a horoscope, a policy's clauses, a list of teasers. */
  singleParagraphSections: number;
  /** The prose score and characters of those single paragraphs: what is left of the story once cards are set aside. */
  cardScore: number;
  cardChars: number;
  /** The main text sits in a dialog or a consent, login or paywall layer: an interstitial, not a story. */
  inOverlay: boolean;
  /**
   * The element that frames the story: the nearest ancestor of the page's <h1> that also holds the main text (or
   * the main text itself when it holds the <h1>); null when the headline stands apart from the text.
   */
  frame: Element | null;
  /** <time> elements in the main text: one or two date a story, more date the entries of a list or a thread. */
  datedEntries: number;
  /** The best container of the main text, if any. */
  container: Element | null;
}

const OVERLAY_TOKENS = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'cmp',
  'paywall',
  'modal',
  'popup',
  'login',
  'signin',
  'interstitial',
  'overlay',
]);

/** A layer holds part of the page; an element named "overlay" that holds most of it is the site's wrapper. */
const WRAPPER_SHARE = 0.5;

function inOverlay(el: Element, seg: Segmentation): boolean {
  const total = seg.textPrefix[seg.blocks.length] ?? 0;
  for (let node: Element | null = el; node && node.localName !== 'body'; node = node.parentElement) {
    if (node.localName === 'dialog' || node.getAttribute('role') === 'dialog' || node.getAttribute('aria-modal') === 'true') return true;
    if (nameTokens(node).some((t) => OVERLAY_TOKENS.has(t)) && subtreeTextLength(seg, node) < total * WRAPPER_SHARE) return true;
  }
  return false;
}

// Chinese, Japanese and Korean say in one character what a Latin script needs about three for: 300 characters of
// Chinese are a full short story, not a caption.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const proseLength = (text: string): number => text.length + 2 * (text.match(CJK)?.length ?? 0);

/** A caption: inside a <figure>, or a short text in the same box as an image (a long one there is the story). */
const CAPTION_MAX_LENGTH = 300;
const isCaption = (b: Block, length: number): boolean => length < CAPTION_MAX_LENGTH && (b.figure !== null || b.besideImage);

/**
 * Prose in the element that would be cleaned, measured on the same text blocks the cleaner sees (so <div>
 * and <br><br> paragraphs count, unlike a <p>-only check), but without building any HTML. One pass over the
 * blocks; the headline frame walks at most a few ancestors.
 */
export function proseSignal(root: Element): ProseSignal {
  const seg = segment(root, null, { html: false });
  const candidates = scoreCandidates(seg, root);
  const containers = candidates.ranked.length ? selectContainers(seg, candidates, root, null) : [];
  const ranges = containers.map((c) => seg.ranges.get(c)).filter((r) => r !== undefined);
  const signal: ProseSignal = {
    score: 0,
    paragraphs: 0,
    chars: 0,
    captionChars: 0,
    furnitureParagraphs: 0,
    linkedHeadings: 0,
    sections: 0,
    singleParagraphSections: 0,
    cardScore: 0,
    cardChars: 0,
    inOverlay: false,
    frame: null,
    container: containers[0] ?? null,
    datedEntries: containers[0]?.querySelectorAll('time').length ?? 0,
  };
  const overlayCache = new Map<Element, boolean>();
  let overlayChars = 0;
  // Paragraphs since the last heading inside the container; -1 before the first heading.
  let sectionParagraphs = -1;
  let sectionScore = 0;
  let sectionChars = 0;
  const closeSection = (): void => {
    if (sectionParagraphs >= 1) signal.sections++;
    if (sectionParagraphs === 1) {
      signal.singleParagraphSections++;
      signal.cardScore += sectionScore;
      signal.cardChars += sectionChars;
    }
    sectionScore = 0;
    sectionChars = 0;
  };
  for (const b of seg.blocks) {
    const inside = ranges.some((r) => b.index >= r.start && b.index < r.end);
    const linkShare = b.text.length ? b.linkChars / b.text.length : 1;
    if (b.kind === 'heading') {
      if (inside && linkShare > 0.6) signal.linkedHeadings++;
      if (inside) {
        closeSection();
        sectionParagraphs = 0;
      }
      continue;
    }
    const length = proseLength(b.text);
    if (linkShare > 0.3 || length < 40) continue;
    if (!inside) {
      if (length >= PROSE_MIN_LENGTH) signal.furnitureParagraphs++;
      continue;
    }
    if (isCaption(b, length)) {
      signal.captionChars += length;
      continue;
    }
    if (sectionParagraphs >= 0) sectionParagraphs++;
    signal.chars += length;
    sectionChars += length;
    let overlay = overlayCache.get(b.owner);
    if (overlay === undefined) overlayCache.set(b.owner, (overlay = inOverlay(b.owner, seg)));
    if (overlay) overlayChars += length;
    if (length >= PROSE_MIN_LENGTH) {
      signal.paragraphs++;
      signal.score += Math.sqrt(length - PROSE_MIN_LENGTH);
      sectionScore += Math.sqrt(length - PROSE_MIN_LENGTH);
    }
  }
  closeSection();
  signal.inOverlay = signal.chars > 0 && overlayChars > signal.chars / 2;
  signal.frame = headlineFrame(seg, signal.container);
  return signal;
}

/** How far up from the <h1> the frame may be: a story's headline sits a few levels from its text. */
const FRAME_DEPTH = 5;

function headlineFrame(seg: Segmentation, container: Element | null): Element | null {
  if (!container) return null;
  const h1 = seg.blocks.find((b) => b.kind === 'heading' && b.level === 1 && !b.unlikely && b.linkChars < b.text.length / 2);
  if (!h1) return null;
  let node: Element | null = h1.owner;
  for (let depth = 0; depth < FRAME_DEPTH && node && node.localName !== 'body'; depth++, node = node.parentElement) {
    if (container.contains(node)) return container;
    if (node.contains(container)) return node;
  }
  return null;
}
