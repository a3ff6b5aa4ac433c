/** Internal shapes of the plain-text / Markdown cleaner pipeline (not part of the public API). */

export type BlockKind = 'para' | 'heading' | 'list' | 'quote' | 'pre' | 'row';

/** One unit of text: a paragraph, heading, list item, table row, quote or a single tab-separated row. */
export interface Block {
  kind: BlockKind;
  /** Inline markup stripped, whitespace collapsed. */
  text: string;
  /** Heading level 1..6 for headings, 0 otherwise. */
  level: number;
  /** Non-empty tab-separated cells on the source line (1 for ordinary text). */
  cells: number;
  /** Characters of `text` that were link text in the source. */
  linkChars: number;
  /** Bare URLs found in the text. */
  urls: number;
  /** The whole block was wrapped in emphasis (`*lead*`, `**lead**`): a standfirst in many renderings. */
  emphasized: boolean;
  /** Absolute image URLs referenced by the block (`![alt](src)`). */
  images: string[];
  /** Ordered list item. */
  ordered: boolean;
}

/**
 * How a block reads:
 * - `good`: article prose; `near`: a short sentence (kept inside a body, e.g. a one-line quote);
 * - `short`: a short non-sentence line (neutral inside a body, trimmed at its edges);
 * - `heading`: a heading that may be a sub-heading of the body;
 * - `bad`: navigation-like noise (menus, headline lists, link lists, counters);
 * - `skip`: noise that also appears inside articles (ads, photo credits, cookie lines): dropped, never breaks a body;
 * - `meta`: a byline or a standalone date line: dropped from the body, used for metadata;
 * - `stop`: boilerplate that ends an article (share bars, tags, related, comments); `end` is a hard end (copyright).
 */
export type BlockClass = 'good' | 'near' | 'short' | 'heading' | 'bad' | 'skip' | 'meta' | 'stop' | 'end';

export interface ScoredBlock extends Block {
  /** Position in the block list, so metadata can look at neighbours of the body. */
  index: number;
  cls: BlockClass;
  /** Contribution to a body run: positive for content, negative for noise. */
  weight: number;
  words: number;
  /** Reads like a sentence: capitalised start, terminal punctuation, mostly letters. */
  sentenceLike: boolean;
}
