/**
 * Wrapper-element highlights, for surfaces where the CSS Custom Highlight API is missing (and for the reader
 * view, whose DOM is Gloss's own). Wrapping splits Text nodes; unwrapping joins exactly the pieces it split, so
 * the page gets back the very Text node objects it had (scripts holding references keep working).
 * Works on any DOM: no globals, only the nodes it is given.
 */

const TEXT_NODE = 3;
const SHOW_TEXT = 4;

/** Each piece made by splitText -> the Text node it was split from (the one the page knows). */
const origins = new WeakMap<Text, Text>();
const originOf = (node: Text): Text => origins.get(node) ?? node;

/** Text nodes the range covers, with the covered part of each; whitespace-only nodes are left alone. */
function coveredTextNodes(range: Range): Array<{ node: Text; start: number; end: number }> {
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const consider = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    // Whitespace between blocks (inside <ul>, <tr>…) must not get an inline element.
    if (end > start && node.data.slice(start, end).trim() !== '') out.push({ node, start, end });
  };
  if (root.nodeType === TEXT_NODE) {
    consider(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) consider(node as Text);
  }
  return out;
}

/**
 * Wraps the range's text in elements made by `make` (one per Text node touched); returns them in document
 * order. The range's own boundaries may move (it is live); compute every range before wrapping any.
 */
export function wrapRange(range: Range, make: () => Element): Element[] {
  const marks: Element[] = [];
  for (const { node, start, end } of coveredTextNodes(range)) {
    let target = node;
    if (end < target.data.length) origins.set(target.splitText(end), originOf(node));
    if (start > 0) {
      target = target.splitText(start);
      origins.set(target, originOf(node));
    }
    const mark = make();
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
}

/** Joins `node` into adjacent Text nodes split from the same original; splitText keeps the original first. */
function rejoin(node: Text): void {
  const origin = originOf(node);
  const sameOrigin = (n: Node | null): n is Text => n !== null && n.nodeType === TEXT_NODE && originOf(n as Text) === origin;
  let keep = node;
  const prev = node.previousSibling;
  if (sameOrigin(prev)) {
    prev.appendData(node.data);
    node.remove();
    keep = prev;
  }
  const next = keep.nextSibling;
  if (sameOrigin(next) && next !== origin) {
    keep.appendData(next.data);
    next.remove();
  }
}

/**
 * Removes wrapper elements made by wrapRange, leaving the text (and Text node identity) as it was. Pass marks
 * newest first when wraps nested (overlapping highlights), so inner ones go before outer ones.
 */
export function unwrapMarks(marks: readonly Element[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const children = Array.from(mark.childNodes);
    for (const child of children) parent.insertBefore(child, mark);
    mark.remove();
    for (const child of children) if (child.nodeType === TEXT_NODE && child.parentNode === parent) rejoin(child as Text);
  }
}
