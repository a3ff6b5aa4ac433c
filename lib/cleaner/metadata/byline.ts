/**
 * Author names: cleanup shared by every source, and the last-resort byline read from the page itself.
 */
import { looksLikeUrl, tidyText } from './text';

/** Longer than this is a bio box or a sentence, not a byline. */
const MAX_BYLINE_CHARS = 100;

/**
 * "By Jane Doe", "Von Hans Müller", "Par Jean Dupont", "Автор: Иван Петров", "Текст: …", "بقلم أحمد",
 * "Analysis by …": the lead-in goes. A whole word is required, so "Byron Smith" keeps its name.
 */
const LEAD_IN = /^(?:(?:written|posted|reported|words|story|analysis|opinion|text)\s+by|by|von|par|por|автор|текст|بقلم)(?:\s*:\s*|\s+)/iu;

/**
 * Where a byline runs into its date line: "Detroit News wire services Published 11:11 PM EST", or text nodes
 * glued without a space, "Jeff FoustMonday, November 18, 2019".
 */
const DATE_TAIL =
  /\s+(?:Published|Updated|Posted|Last updated)\b.*$|(?<=\p{Ll})(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$/u;

/**
 * Tidies one author value: lead-in removed, trailing " | date" / " • 3 min read" cut, and rejects what is
 * not a name: empty, a URL, an e-mail address, or longer than MAX_BYLINE_CHARS.
 */
export function cleanPersonName(raw: string): string | null {
  let text = tidyText(raw);
  if (text === null) return null;
  text = text.replace(LEAD_IN, '');
  text =
    text
      .split(/\s[|•·]\s/)[0]
      ?.replace(DATE_TAIL, '')
      .trim() ?? '';
  text = text.replace(/^[,;:\-–—\s]+|[,;:\-–—\s]+$/g, '');
  if (text === '' || text.length > MAX_BYLINE_CHARS) return null;
  if (looksLikeUrl(text) || /^\S+@\S+\.\w+$/.test(text)) return null;
  // A value that still contains a scheme ("See https://…") is a sentence with a link, not a name.
  if (/\bhttps?:\/\//i.test(text)) return null;
  return text;
}

/**
 * Byline selectors, most explicit first. The first element (in selector order, then page order) that yields
 * a clean name wins; bio boxes and comment authors usually fail the length check or come later in the page.
 * `address` is only trusted inside an article: elsewhere it is the publisher's postal address.
 */
const BYLINE_SELECTORS = [
  '[rel="author"]',
  '[itemprop~="author"]',
  '.byline',
  '.author',
  '[class*="byline"]',
  '[class*="author-name"]',
  'article address',
];
const ANY_BYLINE = BYLINE_SELECTORS.join(', ');
/** Elements looked at per selector, and in all: the story's byline comes early in the page. */
const PER_SELECTOR = 5;
const MAX_MATCHES = 60;

export function readPageByline(doc: Document): string | null {
  // One query for all selectors (one walk of the document instead of seven), then ranked by selector.
  const matches = doc.querySelectorAll(ANY_BYLINE);
  const ranked: Element[][] = BYLINE_SELECTORS.map(() => []);
  for (let index = 0; index < matches.length && index < MAX_MATCHES; index += 1) {
    const element = matches[index];
    if (element === undefined) continue;
    const rank = BYLINE_SELECTORS.findIndex((selector) => element.matches(selector));
    const bucket = ranked[rank];
    if (bucket !== undefined && bucket.length < PER_SELECTOR) bucket.push(element);
  }
  for (const bucket of ranked) {
    for (const element of bucket) {
      const name = bylineText(element);
      if (name !== null) return name;
    }
  }
  return null;
}

function bylineText(element: Element): string | null {
  // An itemprop=author scope names its person in a nested itemprop=name; prefer that over the whole text.
  const named = element.hasAttribute('itemscope') ? element.querySelector('[itemprop~="name"]') : null;
  const source = named ?? element;
  const text = source.getAttribute('content') ?? source.textContent ?? '';
  return cleanPersonName(text);
}
