/**
 * Which highlight is under the pointer, for highlights painted with the CSS Custom Highlight API (they have no
 * element to receive events). The caret position under the point narrows the candidates cheaply; the ranges'
 * line boxes confirm, because the caret snaps to the nearest character even beside the text.
 */

export interface CaretPoint {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint.call(doc, x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function caretInside(range: Range, caret: CaretPoint): boolean {
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    return false;
  }
}

/**
 * The key of the innermost (shortest) range under (x, y), or null. Without a caret (API missing, or the point
 * is off the text) every range is checked by its rectangles.
 */
export function hitTest<K>(entries: ReadonlyArray<{ key: K; range: Range }>, x: number, y: number, caret: CaretPoint | null): K | null {
  const candidates = caret ? entries.filter((e) => caretInside(e.range, caret)) : entries;
  const hits = (candidates.length > 0 ? candidates : entries).filter((e) => containsPoint(e.range, x, y));
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.range.toString().length - b.range.toString().length);
  return hits[0]!.key;
}
