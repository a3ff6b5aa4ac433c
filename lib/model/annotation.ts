/**
 * Gloss's data model: what a reader records about an article. Shared by storage (lib/db), the message
 * protocol, export/import (lib/export) and the UI. Plain JSON-serializable data only.
 */

export type AnnotationKind = 'quote' | 'claim' | 'note';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'note'];

export type Verdict = 'unverified' | 'supported' | 'disputed' | 'false' | 'misleading';
export const VERDICTS: readonly Verdict[] = ['unverified', 'supported', 'disputed', 'false', 'misleading'];

export type Stance = 'supports' | 'disputes' | 'context';
export const STANCES: readonly Stance[] = ['supports', 'disputes', 'context'];

/** Who said a quote, or who makes a claim (the claimant). */
export interface Speaker {
  name: string;
  /** Role or affiliation, e.g. "former Iranian diplomat". */
  role: string | null;
}

/** Evidence for or against a claim. */
export interface Source {
  url: string;
  title: string | null;
  publisher: string | null;
  /** ISO 8601 date (YYYY-MM-DD or full date-time). */
  date: string | null;
  stance: Stance;
}

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offsets into the article's normalized text (see lib/anchoring). */
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export interface Annotation {
  /** Stable id (UUID v4); also the W3C annotation id's last segment. */
  id: string;
  kind: AnnotationKind;
  /** Normalized page URL (see lib/db/url.ts): the page this annotation belongs to. */
  pageUrl: string;
  /** The exact selected text, duplicated from the quote selector for search and display. */
  exact: string;
  selectors: Selector[];
  /** Speaker of a quote or claimant of a claim; null for notes or when unknown. */
  speaker: Speaker | null;
  /** Claims only; null for quotes and notes. */
  verdict: Verdict | null;
  /** Claims only (empty otherwise). */
  sources: Source[];
  comment: string;
  tags: string[];
  /** ISO 8601 date-times. */
  created: string;
  updated: string;
  /**
   * A stealth edit: the page now says `text` where the annotation's `exact` was (found again by fuzzy anchoring),
   * as seen at `seen`. `kept`: the reader chose to keep the original wording. Absent or null: unchanged.
   */
  changed?: PageWordingChange | null;
  /**
   * The account name of who made it (a sync account, e.g. a colleague at a desk). Absent or null: this reader,
   * with no account.
   */
  creator?: string | null;
}

export interface PageWordingChange {
  text: string;
  seen: string;
  kept: boolean;
}

/** What Gloss remembers about an annotated page. */
export interface PageRecord {
  /** Normalized URL: fragment and tracking parameters removed, canonical link preferred. */
  url: string;
  title: string;
  siteName: string | null;
  published: string | null;
  firstSeen: string;
  lastSeen: string;
}

/** Where an annotation landed on the current page; orphans are listed, never dropped. */
export type AnchorStatus = { state: 'anchored'; start: number; end: number } | { state: 'orphan' };
