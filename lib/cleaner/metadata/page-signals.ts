/**
 * Fallbacks read from the visible page when the declared metadata is missing: the `<title>`, the article's
 * h1, and a `<time>` element near the story. Each is a handful of targeted queries, never a text scan.
 */
import { normalizeDate } from './normalize-date';
import { tidyText } from './text';

export function documentTitle(doc: Document): string | null {
  return tidyText(doc.querySelector('title')?.textContent ?? null);
}

/**
 * The story's h1: one inside article / main first; otherwise the page's h1 only when it is the only one
 * (pages with several h1s use them for logos and widget titles, e.g. "FOLLOW US").
 */
export function pageHeading(doc: Document): string | null {
  const scoped = doc.querySelector('article h1, main h1, [role="main"] h1');
  if (scoped !== null) return tidyText(scoped.textContent);
  const all = doc.querySelectorAll('h1');
  return all.length === 1 ? tidyText(all[0]?.textContent ?? null) : null;
}

/**
 * A publication date from `<time>`: `time[pubdate]` (the old HTML5 draft marker) first, then the first
 * `<time>` in an article, main or header whose datetime (or text) is a valid date. Sidebar clocks and
 * "latest news" times outside those containers are ignored.
 */
const TIME_SELECTORS = [
  'time[pubdate]',
  'article time[datetime], [role="article"] time[datetime]',
  'header time[datetime], main time[datetime], [role="main"] time[datetime]',
];

export function timeElementDate(doc: Document): string | null {
  for (const selector of TIME_SELECTORS) {
    const elements = doc.querySelectorAll(selector);
    for (let index = 0; index < elements.length && index < 5; index += 1) {
      const element = elements[index];
      const value = element?.getAttribute('datetime') || element?.textContent;
      const date = normalizeDate(value ?? null);
      if (date !== null) return date;
    }
  }
  return null;
}
