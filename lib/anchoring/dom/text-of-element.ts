/**
 * The visible text of an element, as anchoring sees it, with a map from text offsets back to Text nodes.
 * Works on any DOM it is given (the live page, the reader view, linkedom or happy-dom in tests). The walk is
 * iterative because real pages nest thousands of levels deep.
 *
 * Block boundaries and <br> become "\n" so that words of adjacent paragraphs never merge; the same rule on the
 * live page and in the reader view keeps an annotation made in one anchorable in the other.
 */
import { isHidden } from '../../cleaner/dom/visibility';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text is never shown as page text. */
const INVISIBLE_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'svg',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
]);

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
]);

export interface TextNodeSpan {
  node: Text;
  /** [start, end) of node.data inside TextMap.text. */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  /** Visible Text nodes in document order, with where each one's data sits in `text`. */
  nodes: TextNodeSpan[];
}

export interface TextOptions {
  /** Extra elements to leave out, e.g. Gloss's own UI injected into the page. */
  skip?: (el: Element) => boolean;
}

function isSkipped(el: Element, options: TextOptions): boolean {
  return INVISIBLE_ELEMENTS.has(el.localName) || isHidden(el) || (options.skip?.(el) ?? false);
}

export function textOfElement(root: Element | Document, options: TextOptions = {}): TextMap {
  const parts: string[] = [];
  const nodes: TextNodeSpan[] = [];
  let length = 0;
  let endsWithBreak = true;
  const separate = (): void => {
    if (endsWithBreak) return;
    parts.push('\n');
    length += 1;
    endsWithBreak = true;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        nodes.push({ node: node as Text, start: length, end: length + data.length });
        parts.push(data);
        length += data.length;
        endsWithBreak = data.endsWith('\n');
      }
    } else if (node.nodeType === ELEMENT_NODE && !isSkipped(node as Element, options)) {
      if (BLOCK_ELEMENTS.has((node as Element).localName)) separate();
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Leave this node (and every ancestor it was the last child of) until a next sibling turns up.
    while (node && node !== root) {
      if (node.nodeType === ELEMENT_NODE && BLOCK_ELEMENTS.has((node as Element).localName) && !isSkipped(node as Element, options))
        separate();
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
    }
    if (node === root) break;
  }
  return { text: parts.join(''), nodes };
}
