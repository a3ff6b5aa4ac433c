/**
 * Cleans a plain-text or Markdown rendering of a web page (a PDF / OCR / text dump of a cluttered news page)
 * into the same `Article` the DOM cleaner returns, applying block scoring to lines instead of elements:
 *
 *   split into blocks -> re-join broken paragraphs -> score blocks -> pick the densest run -> metadata -> Article
 */
import type { Article } from '../types';
import { splitBlocks } from './blocks';
import { selectBody } from './body';
import { classify } from './classify';
import { mergeContinuations } from './merge';
import { extractMetadata } from './meta';
import { buildArticle } from './render';

/** Returns null when the text holds no article-like body (a menu, a list of links, an empty page). */
export function cleanText(text: string): Article | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const blocks = classify(mergeContinuations(splitBlocks(text)));
  const run = selectBody(blocks);
  if (!run) return null;
  const { meta, body } = extractMetadata(blocks, run);
  if (body.length === 0) return null;
  return buildArticle(body, meta);
}
