/** The extractors compared by the benchmark, all fed the same linkedom DOM. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanArticle } from '../lib/cleaner';

/** A fresh linkedom Document (the same DOM implementation the CLI and unit tests use). */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export type SystemKey = 'gloss' | 'readability';

export interface Extractor {
  key: SystemKey;
  label: string;
  /** The step being timed; may mutate `doc` (Readability does), so every call gets a fresh one. */
  extract(doc: Document, url: string): string;
}

export const gloss: Extractor = {
  key: 'gloss',
  label: 'Gloss',
  extract: (doc, url) => cleanArticle(doc, { url: url || undefined })?.text ?? '',
};

export const readability: Extractor = {
  key: 'readability',
  label: 'Readability.js 0.6.0',
  // textContent has no paragraph breaks; the metric only looks at word tokens, so that costs nothing.
  extract: (doc) => new Readability(doc).parse()?.textContent ?? '',
};

export const EXTRACTORS: readonly Extractor[] = [gloss, readability];

export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]!.slice(0, 200);
}
