/**
 * Converting between DOM Ranges and offsets into textOfElement(root).text, in both directions. Boundary points
 * that fall on elements, hidden text or block separators are moved to the nearest visible character inside
 * the range, so a selection made by double- or triple-click maps to the text the reader sees.
 */
import { type TextMap, type TextNodeSpan, type TextOptions, textOfElement } from './text-of-element';

const TEXT_NODE = 3;

export interface TextOffsets {
  start: number;
  end: number;
}

/** Text node → index in TextMap.nodes, built once per map. */
const indexes = new WeakMap<TextMap, Map<Node, number>>();

function indexOf(map: TextMap): Map<Node, number> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map(map.nodes.map((span, i) => [span.node as Node, i]));
    indexes.set(map, index);
  }
  return index;
}

/** The node after `node`'s whole subtree in document order. */
function afterSubtree(node: Node): Node | null {
  let current: Node | null = node;
  while (current && !current.nextSibling) current = current.parentNode;
  return current ? current.nextSibling : null;
}

/**
 * Index of the first visible Text node at or after the boundary point (container, offset); nodes.length if
 * none. We walk the tree forward instead of comparing positions, because compareDocumentPosition is not
 * reliable in every DOM we run on (linkedom's compares depths).
 */
function firstSpanAfter(map: TextMap, container: Node, offset: number): number {
  const index = indexOf(map);
  const own = index.get(container);
  if (own !== undefined) return own;
  let node: Node | null =
    container.nodeType === TEXT_NODE ? afterSubtree(container) : (container.childNodes[offset] ?? afterSubtree(container));
  while (node) {
    const at = index.get(node);
    if (at !== undefined) return at;
    node = node.firstChild ?? afterSubtree(node);
  }
  return map.nodes.length;
}

/** First span satisfying a predicate that is false, then true, along the spans (document order). */
function firstWhere(spans: readonly TextNodeSpan[], test: (span: TextNodeSpan) => boolean): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(spans[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Text offset of a boundary point; `side` says which way to move when it sits between visible characters. */
function boundaryOffset(map: TextMap, container: Node, offset: number, side: 'start' | 'end'): number {
  const { nodes, text } = map;
  const index = firstSpanAfter(map, container, offset);
  const span = nodes[index];
  if (span && span.node === container) return span.start + Math.max(0, Math.min(offset, span.end - span.start));
  if (side === 'start') return span ? span.start : text.length;
  const previous = nodes[index - 1];
  return previous ? previous.end : 0;
}

/** The boundary points of a Range, StaticRange or selection: all rangeToOffsets reads. */
export type RangeLike = Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

export function rangeToOffsets(root: Element | Document, range: RangeLike, map?: TextMap, options?: TextOptions): TextOffsets | null {
  try {
    const textMap = map ?? textOfElement(root, options);
    const start = boundaryOffset(textMap, range.startContainer, range.startOffset, 'start');
    const end = boundaryOffset(textMap, range.endContainer, range.endOffset, 'end');
    return end > start ? { start, end } : null;
  } catch {
    return null;
  }
}

export function offsetsToRange(root: Element | Document, start: number, end: number, map?: TextMap, options?: TextOptions): Range | null {
  try {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return null;
    const { nodes, text } = map ?? textOfElement(root, options);
    if (end > text.length) return null;
    // Start in the first node that ends after `start`; end in the last node that starts before `end`.
    const first = firstWhere(nodes, (s) => s.end > start);
    const last = firstWhere(nodes, (s) => s.start >= end) - 1;
    const startSpan = nodes[first];
    const endSpan = nodes[last];
    if (!startSpan || !endSpan || first > last) return null;
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!doc) return null;
    const range = doc.createRange();
    range.setStart(startSpan.node, Math.max(0, start - startSpan.start));
    range.setEnd(endSpan.node, Math.min(endSpan.end, end) - endSpan.start);
    return range;
  } catch {
    return null;
  }
}
