/** Language tables by code, and a cheap guess of an article's language from its most common words. */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { LanguageTable } from './types';

export type { LanguageTable } from './types';

export const LANGUAGES: Readonly<Record<string, LanguageTable>> = { en, de, fr, es };

const WORD = /\p{L}+/gu;

/** Count hits of each language's common words in the first ~3000 characters; English when nothing decides. */
export function guessLanguage(paragraphs: readonly string[]): string {
  const sample = paragraphs.join(' ').slice(0, 3000).toLowerCase();
  const scores = new Map<string, number>();
  const sets = Object.values(LANGUAGES).map((t) => [t.code, new Set(t.commonWords)] as const);
  for (const match of sample.matchAll(WORD)) {
    for (const [code, words] of sets) if (words.has(match[0])) scores.set(code, (scores.get(code) ?? 0) + 1);
  }
  let best = 'en';
  let bestScore = 0;
  for (const [code, score] of scores) if (score > bestScore) [best, bestScore] = [code, score];
  return best;
}

/** The table for options.lang's primary subtag when we have one, otherwise for the guessed language. */
export function languageTable(paragraphs: readonly string[], lang?: string): LanguageTable {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  const known = primary ? LANGUAGES[primary] : undefined;
  return known ?? LANGUAGES[guessLanguage(paragraphs)] ?? en;
}
