/**
 * Gloss's shared article cleaner. Pure code over any DOM `Document`: the live page in the content script,
 * linkedom in Node (CLI, tests, benchmark). Nothing here imports a browser or WXT API.
 */
export type { Article, Detection, CleanOptions, Metadata } from './types';
export { detectArticle, detectArticleResult, notDetected } from './detect';
export { cleanArticle, cleanArticleResult } from './clean-article';
export { cleanText } from './text/clean-text';
