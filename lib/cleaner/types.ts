/** The cleaned article that every Gloss surface (content script, CLI, tests) works from. */
export interface Article {
  /** Headline, without the " | Site name" suffix pages put in <title>. */
  title: string;
  byline: string | null;
  /** ISO 8601, with the page's offset when it gave one. */
  published: string | null;
  modified: string | null;
  siteName: string | null;
  section: string | null;
  tags: string[];
  /** BCP 47 language tag, e.g. "en", "de", "ar". */
  lang: string | null;
  /** Right-to-left script (Arabic, Hebrew…): the reader view needs it. */
  dir: 'ltr' | 'rtl';
  /** The lead / standfirst / description. */
  excerpt: string | null;
  leadImage: string | null;
  /** The page's canonical URL when known. */
  url: string | null;
  /** Body blocks in reading order: paragraphs, headings, list items, table rows, block quotes. */
  paragraphs: string[];
  /** `paragraphs` joined by blank lines. */
  text: string;
  /** Simplified article HTML for the reader view, built from an allow-list (no scripts, styles or handlers). */
  contentHtml: string;
  wordCount: number;
}

export interface Detection {
  isArticle: boolean;
  /** 0..1; isArticle is score >= 0.5. */
  score: number;
  /** Human-readable signals that moved the score, for debugging and the CLI. */
  reasons: string[];
}

export interface CleanOptions {
  /** The page's URL; resolves relative links and feeds detection. */
  url?: string;
}

/** Metadata gathered from JSON-LD, Open Graph, article:* meta, microdata, <time> and bylines. */
export interface Metadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  siteName: string | null;
  section: string | null;
  tags: string[];
  lang: string | null;
  excerpt: string | null;
  leadImage: string | null;
  url: string | null;
  /** schema.org @type of the main entity, e.g. "NewsArticle", when the page declares one. */
  schemaType: string | null;
  /** JSON-LD articleBody when the page ships one; a strong hint for locating the body. */
  articleBody: string | null;
}
