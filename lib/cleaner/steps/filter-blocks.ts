import type { Block, Segmentation } from '../dom/blocks';
import { subtreeTextLength } from '../dom/blocks';
import { boilerplateReason } from './boilerplate-text';

export interface FilterContext {
  title: string | null;
  byline: string | null;
}

function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
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
  const title = context.title ? normalizeForCompare(context.title) : null;
  const byline = context.byline ? normalizeForCompare(context.byline) : null;
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
  return trimEdges(kept);
}

function keepBlock(b: Block, inBody: (el: Element) => boolean, title: string | null, byline: string | null): boolean {
  if (b.furniture && inBody(b.furniture)) return false;
  if (b.figure && inBody(b.figure) && !b.quote) return false;
  if (b.kind === 'heading' && b.level === 1) return false;
  const linkShare = b.text.length ? b.linkChars / b.text.length : 0;
  if (linkShare > 0.5 && b.kind !== 'heading') return false;
  if (linkShare > 0.8) return false;
  // Only blocks about as long as the title or byline can repeat them; skip normalizing the rest.
  if (b.text.length < 200) {
    const normalized = normalizeForCompare(b.text);
    if (!normalized) return false;
    if (title && normalized === title) return false;
    if (byline && (normalized === byline || normalized === `by ${byline}`)) return false;
  }
  return boilerplateReason(b.text, linkShare) === null;
}

/** Headings left dangling at the end (a "Related" heading whose list was dropped) go too. */
function trimEdges(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0 && (blocks[end - 1] as Block).kind === 'heading') end--;
  return end === blocks.length ? blocks : blocks.slice(0, end);
}
