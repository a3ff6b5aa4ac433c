/**
 * The Gloss JSON-LD format: a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/) whose
 * annotations and collection carry Gloss's own fields under the `gloss:` namespace. It is both the interchange
 * format and the full backup, so it carries everything in a Library, pages included.
 *
 * Versioned by `gloss:formatVersion`. Changing the shape means: bump GLOSS_FORMAT_VERSION, and add a migration
 * from the previous version in import/gloss-migrations.ts so every older backup still imports.
 */
import type { AnnotationKind, Selector, Stance, Verdict } from '../model/annotation';

/**
 * 2: `creator`; an annotation without selectors targets its page's IRI itself; the embedded page and each
 * `gloss:pages` entry have an `id`; date-times are written with seconds and an offset. (See gloss-migrations.ts.)
 */
export const GLOSS_FORMAT_VERSION = 2;
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const GLOSS_NAMESPACE = 'https://gloss.example/ns#';
export const ANNOTATION_ID_PREFIX = 'urn:uuid:';

/** anno.jsonld first (W3C requires it), then the Gloss terms; the lists keep their order in RDF too. */
export const GLOSS_CONTEXT = [
  ANNO_CONTEXT,
  {
    gloss: GLOSS_NAMESPACE,
    'gloss:pages': { '@container': '@list' },
    'gloss:sources': { '@container': '@list' },
  },
] as const;

/** W3C motivations (section 3.3.5) for each kind: a quote marks a passage, a claim is assessed, a note comments. */
export const MOTIVATION_OF_KIND = {
  quote: 'highlighting',
  claim: 'assessing',
  note: 'commenting',
} as const satisfies Record<AnnotationKind, string>;

export interface WireTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface WireSpeaker {
  'gloss:name': string;
  'gloss:role': string | null;
}

export interface WireSource {
  'gloss:url': string;
  'gloss:title': string | null;
  'gloss:publisher': string | null;
  'gloss:date': string | null;
  'gloss:stance': Stance;
}

/**
 * The page with the selectors that find the passage (a W3C Specific Resource); an annotation without selectors
 * (an orphan from an import, a whole-page note) targets the page's IRI itself, as the model says a Specific
 * Resource needs a selector (or state, purpose…) and a bare resource is given by its IRI. Format 1 wrote
 * `{ source }` there, which the reader still takes.
 */
export type WireTarget = string | { source: string; selector: Selector[] };

/** Who made an annotation (W3C section 3.3.2): a sync account's name. */
export interface WireAgent {
  type: 'Person';
  name: string;
}

export interface WireAnnotation {
  id: string;
  type: 'Annotation';
  motivation: (typeof MOTIVATION_OF_KIND)[AnnotationKind];
  /** Absent: made by this reader, with no account name known. */
  creator?: WireAgent;
  created: string;
  modified: string;
  body?: WireTextualBody[];
  target: WireTarget;
  'gloss:kind': AnnotationKind;
  /** Only when it differs from the first TextQuoteSelector's `exact` (it normally equals it). */
  'gloss:exact'?: string;
  /** A stealth edit: what the page says now where `exact` was (the original stays in the selectors and exact). */
  'gloss:changed'?: { 'gloss:text': string; 'gloss:seen': string; 'gloss:kept': boolean };
  'gloss:speaker': WireSpeaker | null;
  'gloss:verdict': Verdict | null;
  'gloss:sources': WireSource[];
}

export interface WirePage {
  /** The page's IRI (its URL): the JSON-LD node is the web page itself, the one annotations target. */
  id: string;
  'gloss:url': string;
  'gloss:title': string;
  'gloss:siteName': string | null;
  'gloss:published': string | null;
  'gloss:firstSeen': string;
  'gloss:lastSeen': string;
}

export interface WireCollection {
  '@context': typeof GLOSS_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  'gloss:formatVersion': number;
  'gloss:pages': WirePage[];
  first: WireAnnotationPage;
}

export interface WireAnnotationPage {
  id: string;
  type: 'AnnotationPage';
  startIndex: 0;
  items: WireAnnotation[];
}

export interface WireAnnotationOptions {
  /** The reader's own account name, written as `creator` of the annotations that have none. */
  readerName?: string | null;
}

export interface WebAnnotationOptions extends WireAnnotationOptions {
  /** ISO 8601 date-time of the export (the collection's `generated`). */
  exportedAt: string;
  /** Who made the file, e.g. "Gloss 0.1.0". */
  generator: string;
}
