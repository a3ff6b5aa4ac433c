/** The unit the cleaner reasons about: a run of inline text owned by one block-level element. */
export type BlockKind = 'p' | 'heading' | 'li' | 'row' | 'pre' | 'text';

export interface Block {
  /** Position in document order. */
  index: number;
  /** The nearest block-level element that owns this text. */
  owner: Element;
  kind: BlockKind;
  /** 1–6 for headings. */
  level: number;
  /** Whitespace-collapsed text. */
  text: string;
  /** Sanitized inline HTML (allow-listed tags, escaped text). */
  html: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** Nearest ancestor named or tagged as page furniture (share bar, related box, caption…), if any. */
  furniture: Element | null;
  /** Inside something that cannot be the article (nav, footer, a comments list): its text never votes. */
  unlikely: boolean;
  /** Inside a <blockquote> (quotations and embedded posts). */
  quote: Element | null;
  /** The list (<ul>/<ol>) an <li> block belongs to. */
  list: Element | null;
  /** The <table> a row block belongs to. */
  table: Element | null;
  /** Shares its block element with an image: a caption or credit rather than prose. */
  besideImage: boolean;
  /** Inside a <figure>. */
  figure: Element | null;
}

/** Where each element's blocks lie in the block list: [start, end). Lets us total any subtree in O(1). */
export interface BlockRange {
  start: number;
  end: number;
}

export interface Segmentation {
  blocks: Block[];
  ranges: Map<Element, BlockRange>;
  /** Prefix sums over blocks: text length and link length, for O(1) subtree totals. */
  textPrefix: Float64Array;
  linkPrefix: Float64Array;
  images: ImageRef[];
  /** Elements marked up as the article body (microdata itemprop="articleBody"), collected during the walk. */
  markedBodies: Element[];
  /** The walk stopped at its budget (walk-budget.ts): the blocks are the page's beginning only. */
  truncated: boolean;
}

export interface ImageRef {
  /** Index of the next block after the image: where it stands in reading order. */
  beforeBlock: number;
  el: Element;
  src: string;
  alt: string;
  caption: string;
}

export function subtreeTextLength(seg: Segmentation, el: Element): number {
  const r = seg.ranges.get(el);
  return r ? (seg.textPrefix[r.end] ?? 0) - (seg.textPrefix[r.start] ?? 0) : 0;
}

export function subtreeLinkLength(seg: Segmentation, el: Element): number {
  const r = seg.ranges.get(el);
  return r ? (seg.linkPrefix[r.end] ?? 0) - (seg.linkPrefix[r.start] ?? 0) : 0;
}
