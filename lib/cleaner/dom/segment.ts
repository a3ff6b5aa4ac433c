import type { Block, BlockKind, BlockRange, ImageRef, Segmentation } from './blocks';
import { BLOCK_TAGS, FURNITURE_TAGS, SKIPPED_TAGS, UNLIKELY_TAGS, isJunkByName, isUnlikelyByName, nameTokens } from './hints';
import { escapeAttribute, escapeText, safeUrl } from './escape';
import { isHidden } from './visibility';
import { WalkBudget } from './walk-budget';

/** Inline tags kept in the reader HTML, mapped to the tag we emit. */
const INLINE_KEEP: Record<string, string> = {
  a: 'a',
  em: 'em',
  i: 'em',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  sub: 'sub',
  sup: 'sup',
  mark: 'mark',
  q: 'q',
  cite: 'cite',
  s: 's',
  del: 'del',
  ins: 'ins',
  u: 'u',
  small: 'small',
  kbd: 'kbd',
  abbr: 'abbr',
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface OpenInline {
  el: Element;
  tag: string;
  serial: number;
}

/**
 * Splits a subtree into text blocks in one iterative pass (no recursion, so 10,000-deep pages are fine), up to
 * the walk budget (walk-budget.ts). Read-only: it never touches the document. Each block remembers the furniture, quote, list, table and figure
 * around it so that later steps can decide what to keep without walking the tree again.
 */
export function segment(root: Element, baseUrl: string | null, options: { html?: boolean } = {}): Segmentation {
  // The detector only needs text; skipping the reader HTML makes its walk cheaper.
  const withHtml = options.html ?? true;
  const blocks: Block[] = [];
  const ranges = new Map<Element, BlockRange>();
  const images: ImageRef[] = [];
  const markedBodies: Element[] = [];
  const blockOwners: Element[] = [root];
  const furniture: Element[] = [];
  const unlikely: Element[] = [];
  const quotes: Element[] = [];
  const lists: Element[] = [];
  const figures: Element[] = [];
  const openInline: OpenInline[] = [];
  const dataTables = new Map<Element, boolean>();
  // The block element and block count at the last image: text flushed right after it, in the same element,
  // is that image's caption.
  let imageOwner: Element | null = null;
  let imageAt = -1;
  let linkDepth = 0;
  let serial = 0;
  let textParts: string[] = [];
  let htmlParts: string[] = [];
  let linkChars = 0;
  let pendingBr = false;
  const budget = new WalkBudget();

  const top = <T>(stack: T[]): T | null => (stack.length ? (stack[stack.length - 1] as T) : null);

  function flush(): void {
    for (let i = openInline.length - 1; i >= 0; i--) {
      const open = openInline[i] as OpenInline;
      if (open.serial === serial) htmlParts.push(`</${open.tag}>`);
    }
    serial++;
    const text = textParts.join('').replace(/\s+/g, ' ').trim();
    if (text) {
      const owner = top(blockOwners) as Element;
      const tag = owner.localName;
      let html = htmlParts.join('');
      if (html.includes('<br>')) html = html.replace(/(\s*<br>\s*)+$/, '').replace(/^(\s*<br>\s*)+/, '');
      html = html.trim();
      pushBlock(owner, kindOf(tag), headingLevel(tag), text, html, Math.min(linkChars, text.length));
    }
    textParts = [];
    htmlParts = [];
    linkChars = 0;
    pendingBr = false;
  }

  function pushBlock(owner: Element, kind: BlockKind, level: number, text: string, html: string, links: number): void {
    blocks.push({
      index: blocks.length,
      owner,
      kind,
      level,
      text,
      html,
      linkChars: links,
      furniture: top(furniture),
      unlikely: unlikely.length > 0,
      quote: top(quotes),
      besideImage: owner === imageOwner && blocks.length === imageAt && isImageBox(owner),
      list: kind === 'li' ? top(lists) : null,
      table: null,
      figure: top(figures),
    });
  }

  function emitRow(row: Element, table: Element): void {
    const cells: string[] = [];
    let links = 0;
    for (const cell of Array.from(row.children)) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      cells.push((cell.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    for (const a of Array.from(row.querySelectorAll('a'))) links += (a.textContent ?? '').trim().length;
    const text = budget.take(cells.filter(Boolean).join(' | '));
    if (!text) return;
    const html = cells.map((c) => `<td>${escapeText(c)}</td>`).join('');
    pushBlock(row, 'row', 0, text, html, Math.min(links, text.length));
    (blocks[blocks.length - 1] as Block).table = table;
  }

  function isDataTable(table: Element): boolean {
    let known = dataTables.get(table);
    if (known === undefined) {
      const role = table.getAttribute('role');
      known =
        role !== 'presentation' &&
        role !== 'none' &&
        !table.querySelector('table, p, div, ul, ol, h1, h2, h3, blockquote, article, section');
      dataTables.set(table, known);
    }
    return known;
  }

  function recordImage(el: Element): void {
    imageOwner = top(blockOwners);
    imageAt = blocks.length;
    const src = el.getAttribute('src') ?? el.getAttribute('data-src') ?? el.getAttribute('data-original') ?? '';
    const url = safeUrl(src, baseUrl);
    if (!url || !/^https?:/.test(url)) return;
    images.push({ beforeBlock: blocks.length, el, src: url, alt: el.getAttribute('alt') ?? '', caption: '' });
  }

  /** Returns true when the walker should descend into the element. */
  function enter(el: Element): boolean {
    const tag = el.localName;
    if (SKIPPED_TAGS.has(tag)) {
      if (tag === 'img' && !isHidden(el)) recordImage(el);
      return false;
    }
    if (isHidden(el)) return false;
    if (tag === 'br') {
      if (pendingBr) flush();
      else {
        pendingBr = true;
        textParts.push(' ');
        if (withHtml) htmlParts.push('<br>');
      }
      return false;
    }
    if (tag === 'tr') {
      const table = el.closest('table');
      if (table && isDataTable(table)) {
        emitRow(el, table);
        return false;
      }
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      blockOwners.push(el);
      ranges.set(el, { start: blocks.length, end: blocks.length });
      const tokens = nameTokens(el);
      if (el.getAttribute('itemprop')?.toLowerCase() === 'articlebody') markedBodies.push(el);
      const semantic = tag === 'body' || tag === 'article' || tag === 'main';
      if (FURNITURE_TAGS.has(tag) || (!semantic && isJunkByName(tokens) && !isEmbeddedPost(el, tokens))) furniture.push(el);
      if (UNLIKELY_TAGS.has(tag) || (!semantic && isUnlikelyByName(tokens))) {
        unlikely.push(el);
      }
      if (tag === 'blockquote') quotes.push(el);
      if (tag === 'ul' || tag === 'ol') lists.push(el);
      if (tag === 'figure') figures.push(el);
    } else {
      if (tag === 'a') linkDepth++;
      const keep = withHtml ? INLINE_KEEP[tag] : undefined;
      if (keep) {
        openInline.push({ el, tag: keep, serial });
        htmlParts.push(keep === 'a' ? anchorOpen(el, baseUrl) : `<${keep}>`);
      }
    }
    return true;
  }

  function exit(el: Element): void {
    const tag = el.localName;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      const range = ranges.get(el);
      if (range) range.end = blocks.length;
      if (top(blockOwners) === el) blockOwners.pop();
      if (top(furniture) === el) furniture.pop();
      if (top(unlikely) === el) unlikely.pop();
      if (top(quotes) === el) quotes.pop();
      if (top(lists) === el) lists.pop();
      if (top(figures) === el) figures.pop();
      return;
    }
    if (tag === 'a') linkDepth--;
    const open = top(openInline);
    if (open && open.el === el) {
      openInline.pop();
      if (open.serial === serial) htmlParts.push(`</${open.tag}>`);
    }
  }

  function text(node: Node): void {
    const data = (node as Text).data;
    if (!data) return;
    const collapsed = budget.take(data).replace(/\s+/g, ' ');
    if (collapsed !== ' ') pendingBr = false;
    textParts.push(collapsed);
    if (withHtml) htmlParts.push(escapeText(collapsed));
    if (linkDepth > 0) linkChars += collapsed.trim().length;
  }

  // Iterative depth-first walk using sibling/parent pointers.
  ranges.set(root, { start: 0, end: 0 });
  let node: Node | null = root.firstChild;
  while (node && node !== root && budget.visit()) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) descend = enter(node as Element);
    else if (node.nodeType === TEXT_NODE) text(node);
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) exit(node as Element);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  // Out of budget: close the elements the walk is inside, as if the page ended here.
  if (budget.exhausted) for (let open = node?.parentNode; open && open !== root; open = open.parentNode) exit(open as Element);
  flush();
  (ranges.get(root) as BlockRange).end = blocks.length;

  const textPrefix = new Float64Array(blocks.length + 1);
  const linkPrefix = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    textPrefix[i + 1] = (textPrefix[i] ?? 0) + b.text.length;
    linkPrefix[i + 1] = (linkPrefix[i] ?? 0) + b.linkChars;
  }
  return { blocks, ranges, textPrefix, linkPrefix, images, markedBodies, truncated: budget.exhausted };
}

function kindOf(tag: string): BlockKind {
  if (tag === 'p') return 'p';
  if (tag === 'li' || tag === 'dt' || tag === 'dd') return 'li';
  if (tag === 'pre') return 'pre';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  return 'text';
}

function headingLevel(tag: string): number {
  return /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;
}

function anchorOpen(el: Element, baseUrl: string | null): string {
  const href = safeUrl(el.getAttribute('href') ?? '', baseUrl);
  return href && /^(https?:|mailto:)/.test(href) ? `<a href="${escapeAttribute(href)}">` : '<a>';
}

/**
 * A box that holds an image and its caption, not prose: a <div>/<td>/<span>-like wrapper (never a <p> or a
 * section, where product lists and galleries mix images with real text).
 */
function isImageBox(owner: Element): boolean {
  const tag = owner.localName;
  return tag === 'div' || tag === 'td' || tag === 'center' || tag === 'dd';
}

const EMBED_TOKENS = new Set(['social', 'embed', 'embedded', 'twitter', 'tweet', 'instagram', 'mastodon', 'bluesky', 'threads']);

/**
 * An embedded social post ("social-media-embed" around a blockquote.twitter-tweet) is quoted content the
 * story relies on, not a share bar: its text stays, like any other quotation.
 */
function isEmbeddedPost(el: Element, tokens: string[]): boolean {
  return tokens.some((t) => EMBED_TOKENS.has(t)) && el.querySelector('blockquote') !== null;
}
