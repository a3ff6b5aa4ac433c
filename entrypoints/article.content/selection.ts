/**
 * The reader's current text selection, on the live page or inside the reader's closed shadow root. Selections
 * inside a shadow root are hidden from document.getSelection() in Chromium; ShadowRoot.getSelection
 * (Chromium) and Selection.getComposedRanges (the standard) reveal them to the code that holds the root.
 */

/** Older lib.dom typings lack it, and older browsers too. */
type ComposedSelection = Omit<Selection, 'getComposedRanges'> & {
  getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
};

function liveRange(doc: Document, r: AbstractRange): Range {
  const range = doc.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

const usable = (range: Range | null | undefined): range is Range => !!range && !range.collapsed && range.toString().trim() !== '';

/** The non-empty selection inside `root` (a shadow root Gloss owns), or null. */
export function selectionInShadow(root: ShadowRoot): Range | null {
  const doc = root.ownerDocument;
  const own = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  if (own && own.rangeCount > 0) {
    const range = own.getRangeAt(0);
    return usable(range) && range.startContainer.getRootNode() === root ? range : null;
  }
  const selection = doc.getSelection() as ComposedSelection | null;
  if (!selection || selection.rangeCount === 0) return null;
  if (typeof selection.getComposedRanges === 'function') {
    const [composed] = selection.getComposedRanges({ shadowRoots: [root] });
    if (composed && composed.startContainer.getRootNode() === root) {
      const range = liveRange(doc, composed);
      return usable(range) ? range : null;
    }
  }
  const range = selection.getRangeAt(0);
  return usable(range) && range.startContainer.getRootNode() === root ? range : null;
}

/** The non-empty selection in the page's body (not in form fields or editable areas), or null. */
export function selectionInPage(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!usable(range) || !doc.body?.contains(range.commonAncestorContainer)) return null;
  const container = range.commonAncestorContainer;
  const element = container.nodeType === 1 ? (container as HTMLElement) : container.parentElement;
  if (element?.isContentEditable || element?.closest('input, textarea, [data-gloss]')) return null;
  return range;
}

export function clearSelection(doc: Document): void {
  doc.getSelection()?.removeAllRanges();
}
