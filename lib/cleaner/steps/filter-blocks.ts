import type { Block, Segmentation } from '../dom/blocks';
import { subtreeTextLength } from '../dom/blocks';
import { boilerplateReason, isClosingTagline } from './boilerplate-text';
import { foldForCompare } from '../text-stats';

export interface FilterContext {
  title: string | null;
  byline: string | null;
  /** The page's description; a standfirst that repeats it belongs to `excerpt`, not to the body. */
  excerpt: string | null;
}

/**
 * True when furniture-named `inner` sits strictly inside one of the containers and is a side box, not a
 * wrapper: an element holding most of the body's text is the body, whatever its name ("widget-container").
 */
function furnitureInBody(seg: Segmentation, containers: Element[], inner: Element, cache: Map<Element, boolean>): boolean {
  let result = cache.get(inner);
  if (result !== undefined) return result;
  result = false;
  for (const c of containers) {
    if (c !== inner && c.contains(inner)) {
      result = subtreeTextLength(seg, inner) < subtreeTextLength(seg, c) * 0.5;
      break;
    }
  }
  cache.set(inner, result);
  return result;
}

/**
 * Keeps the blocks of the chosen containers that read as story text. Furniture (share bars, related boxes,
 * captions) counts only when it sits inside the body: if the page put the whole article inside something named
 * like furniture, the article still comes out.
 */
export function filterBlocks(seg: Segmentation, containers: Element[], context: FilterContext): Block[] {
  const title = context.title ? foldForCompare(context.title) : null;
  const byline = context.byline ? foldForCompare(context.byline) : null;
  const kept: Block[] = [];
  const cache = new Map<Element, boolean>();
  const inBody = (el: Element): boolean => furnitureInBody(seg, containers, el, cache);
  for (const container of containers) {
    const range = seg.ranges.get(container);
    if (!range) continue;
    for (let i = range.start; i < range.end; i++) {
      const b = seg.blocks[i] as Block;
      if (keepBlock(b, inBody, title, byline)) kept.push(b);
    }
  }
  return trimEdges(trimHeaderZone(kept, context.excerpt ? foldForCompare(context.excerpt) : null));
}

/** A block that opens the story proper: a real paragraph, not a label, byline or standfirst. */
const STORY_START_CHARS = 100;

/**
 * What stands before the first real paragraph is the story's header: kicker labels ("Health", "Column"),
 * byline and date fragments, the standfirst. Short unpunctuated bits go. A block repeating the page's
 * description goes only when it sits apart from the paragraphs that follow (a standfirst in the header):
 * many sites use their first paragraph as the description, and that paragraph stays.
 */
function trimHeaderZone(blocks: Block[], excerpt: string | null): Block[] {
  const firstProse = blocks.findIndex(
    (b) =>
      (b.kind === 'p' || b.kind === 'text') &&
      b.text.length >= STORY_START_CHARS &&
      !(excerpt !== null && b.text.length < 400 && foldForCompare(b.text) === excerpt),
  );
  if (firstProse <= 0) return blocks;
  const bodyParent = paragraphContainer(blocks[firstProse] as Block);
  return blocks.filter((b, i) => {
    if (i >= firstProse || b.kind === 'heading' || b.kind === 'li' || b.kind === 'row') return true;
    if (b.text.length < 50 && !/[.!?…:]["”’»]?$/.test(b.text)) return false;
    const repeatsExcerpt = excerpt !== null && b.text.length < 400 && foldForCompare(b.text) === excerpt;
    return !(repeatsExcerpt && paragraphContainer(b) !== bodyParent);
  });
}

/** The element that holds a paragraph: a <p>'s parent, or the <div> whose loose text the block is. */
function paragraphContainer(b: Block): Element | null {
  return b.kind === 'text' ? b.owner : b.owner.parentElement;
}

function keepBlock(b: Block, inBody: (el: Element) => boolean, title: string | null, byline: string | null): boolean {
  if (b.furniture && inBody(b.furniture)) return false;
  if (b.figure && inBody(b.figure) && !b.quote) return false;
  // Text right after an image in the same block element is its caption or credit ("Smoke rises … Picture: …").
  if (b.besideImage && b.text.length < 250) return false;
  if (b.kind === 'heading' && b.level === 1) return false;
  const linkShare = b.text.length ? b.linkChars / b.text.length : 0;
  if (linkShare > 0.5 && b.kind !== 'heading') return false;
  if (linkShare > 0.8) return false;
  // Only blocks about as long as the title or byline can repeat them; skip normalizing the rest.
  if (b.text.length < 200) {
    const normalized = foldForCompare(b.text);
    if (!normalized) return false;
    if (title && normalized === title) return false;
    if (byline && (normalized === byline || normalized === `by ${byline}`)) return false;
  }
  return boilerplateReason(b.text, linkShare) === null;
}

/**
 * Headings left dangling at the end (a "Related" heading whose list was dropped) go too, and so does a
 * closing author tagline with an e-mail address.
 */
function trimEdges(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0) {
    const last = blocks[end - 1] as Block;
    if (last.kind === 'heading' || (end === blocks.length && isClosingTagline(last.text))) end--;
    else break;
  }
  return end === blocks.length ? blocks : blocks.slice(0, end);
}
