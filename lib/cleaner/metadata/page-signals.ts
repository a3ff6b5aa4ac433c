/**
 * Fallbacks read from the visible page when the declared metadata is missing: the `<title>`, the article's
 * h1, and a `<time>` element near the story. Each is a handful of targeted queries, never a text scan.
 */
import { normalizeDate } from './normalize-date';
import { tidyText } from './text';

export function documentTitle(doc: Document): string | null {
  // The head is small; searching it alone keeps this cheap on huge pages.
  return tidyText((doc.head ?? doc).querySelector('title')?.textContent ?? null);
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
 * `<time>` in an article, then in a main or header, whose datetime (or text) is a valid date. Sidebar clocks
 * and "latest news" times outside those containers are ignored.
 */
const TIME_SELECTORS = ['time[pubdate]', 'article time, [role="article"] time', 'header time, main time, [role="main"] time'];
const ANY_TIME = TIME_SELECTORS.join(', ');
const MAX_TIMES = 30;

export function timeElementDate(doc: Document): string | null {
  // One query for all containers, then ranked by selector, as for bylines.
  const matches = doc.querySelectorAll(ANY_TIME);
  const ranked: Element[][] = TIME_SELECTORS.map(() => []);
  for (let index = 0; index < matches.length && index < MAX_TIMES; index += 1) {
    const element = matches[index];
    if (element === undefined) continue;
    ranked[TIME_SELECTORS.findIndex((selector) => element.matches(selector))]?.push(element);
  }
  for (const element of ranked.flat()) {
    const date = normalizeDate(element.getAttribute('datetime') || element.textContent);
    if (date !== null) return date;
  }
  return null;
}
