/**
 * Whether a text is already annotated on the page, given its annotations: the rule that marks a suggestion
 * accepted, and keeps a saved suggestion from counting twice in "People quoted". Its own module, so the popup can
 * use it without the attribution finder.
 */
import { normalizeString } from '../anchoring/normalize';
import type { Annotation } from '../model/annotation';

/** Anchoring's comparison form without the punctuation a selection may or may not take along ("said," vs "said"). */
const comparable = (text: string): string => normalizeString(text).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

/** Texts already annotated on the page, in comparable form. */
export function annotatedTexts(annotations: readonly Pick<Annotation, 'exact'>[]): string[] {
  return annotations.map((a) => comparable(a.exact)).filter((text) => text !== '');
}

/** Whether an annotation already covers the suggestion: the same text, give or take a few characters. */
export function isAnnotated(text: string, annotated: readonly string[]): boolean {
  const wanted = comparable(text);
  if (wanted === '') return false;
  return annotated.some((done) => {
    const [short, long] = done.length <= wanted.length ? [done, wanted] : [wanted, done];
    return long.includes(short) && short.length >= 0.8 * long.length;
  });
}
