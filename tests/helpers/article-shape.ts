/**
 * Structural checks for what the cleaner hands back, used where the exact content is unknown (fuzzing,
 * pathological pages): an Article must be well formed whatever page it came from.
 */
import { expect } from 'vitest';
import type { Article, Detection } from '../../lib/cleaner';

const nullableStringKeys = ['byline', 'published', 'modified', 'siteName', 'section', 'lang', 'excerpt', 'leadImage', 'url'] as const;

function expectNullableString(value: unknown, key: string): void {
  expect(value === null || typeof value === 'string', `${key} should be a string or null`).toBe(true);
}

/** Fails unless `article` is null or an Article whose every field has its declared type. */
export function expectWellFormedArticle(article: Article | null): void {
  if (article === null) return;
  expect(typeof article.title).toBe('string');
  for (const key of nullableStringKeys) expectNullableString(article[key], key);
  expect(Array.isArray(article.tags)).toBe(true);
  for (const tag of article.tags) expect(typeof tag).toBe('string');
  expect(['ltr', 'rtl']).toContain(article.dir);
  expect(Array.isArray(article.paragraphs)).toBe(true);
  for (const paragraph of article.paragraphs) {
    expect(typeof paragraph).toBe('string');
    // CONVENTIONS: one block per string, whitespace collapsed, so no empty blocks and no line breaks.
    expect(paragraph.trim().length).toBeGreaterThan(0);
    expect(paragraph).not.toMatch(/[\n\r\t]|^ | $| {2}/);
  }
  expect(article.text).toBe(article.paragraphs.join('\n\n'));
  expect(typeof article.contentHtml).toBe('string');
  expect(Number.isInteger(article.wordCount) && article.wordCount >= 0).toBe(true);
}

/** Fails unless `detection` has a boolean verdict, a score in [0, 1] that agrees with it, and string reasons. */
export function expectWellFormedDetection(detection: Detection): void {
  expect(typeof detection.isArticle).toBe('boolean');
  expect(Number.isFinite(detection.score)).toBe(true);
  expect(detection.score).toBeGreaterThanOrEqual(0);
  expect(detection.score).toBeLessThanOrEqual(1);
  expect(detection.isArticle).toBe(detection.score >= 0.5);
  expect(Array.isArray(detection.reasons)).toBe(true);
  for (const reason of detection.reasons) expect(typeof reason).toBe('string');
}

/** Fails if the reader-view HTML could run code: scripts, inline event handlers or javascript: URLs. */
export function expectSafeContentHtml(contentHtml: string): void {
  expect(contentHtml).not.toMatch(/<script/i);
  expect(contentHtml).not.toMatch(/<[^>]*\son\w+\s*=/i);
  expect(contentHtml).not.toMatch(/javascript:/i);
}
