/**
 * Headline cleanup: pages append (or prepend) their name to titles, "Headline | Site", "Site - Headline".
 * A part is removed when it names the site (site name, host, or host label), or, for `<title>` only, when
 * it is short and Title-Cased like a brand while what remains is long enough to be a headline on its own.
 * Colons never split: "US, Iran Cooperating in Fight Against IS: Former Iranian Diplomat" is one headline.
 */
import { collapseWhitespace } from './text';

/** Separators pages use between headline and site name. Hyphens count only with spaces around them. */
const SEPARATOR = / (?:\||-|–|—|\/|::|·|»|•|~) /g;

export interface SiteNames {
  siteName: string | null;
  host: string | null;
}

/** Lower-case letters and digits only, so "Sputnik International" matches "sputnik-international". */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function siteKeys({ siteName, host }: SiteNames): string[] {
  const keys = [siteName, host, host?.split('.').slice(0, -1).join('.'), host?.split('.').at(-2)]
    .filter((key): key is string => typeof key === 'string')
    .map(squash);
  return keys.filter((key, index) => key.length >= 3 && keys.indexOf(key) === index);
}

/** "BBC News" names a site called "BBC"; "Sputnik" names "Sputnik International"; "sputniknews.com" too. */
function namesSite(part: string, keys: string[]): boolean {
  const squashed = squash(part);
  if (squashed.length < 2) return false;
  return keys.some(
    (key) =>
      squashed === key ||
      (squashed.includes(key) && squashed.length <= key.length + 12) ||
      (key.includes(squashed) && squashed.length >= 4),
  );
}

const wordCount = (text: string): number => text.split(' ').filter(Boolean).length;

/** Short, every word capitalized or a number: "Reuters", "The Guardian", "CNN Politics". */
function looksLikeBrand(part: string): boolean {
  const words = part.split(' ').filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 3 &&
    part.length <= 30 &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:of|the|and|de|la|le|du)$/.test(word))
  );
}

function separatorPositions(title: string): { index: number; length: number }[] {
  return [...title.matchAll(SEPARATOR)].map((match) => ({ index: match.index, length: match[0].length }));
}

/**
 * Removes site-name prefixes / suffixes. `heuristic` allows dropping a brand-like tail that does not match
 * the known site name (only sensible for `<title>`, where the site name is what such a tail almost always is).
 */
export function stripSiteSuffix(rawTitle: string, site: SiteNames, heuristic = false): string {
  let title = collapseWhitespace(rawTitle);
  const keys = siteKeys(site);
  let stripped = false;
  // Up to three rounds: "Headline - Section - Site" loses "Site" first, then possibly a site-like section.
  for (let round = 0; round < 3; round += 1) {
    const positions = separatorPositions(title);
    const last = positions.at(-1);
    const first = positions[0];
    if (last === undefined || first === undefined) break;
    const tail = title.slice(last.index + last.length);
    const headBeforeLast = title.slice(0, last.index);
    const lead = title.slice(0, first.index);
    const rest = title.slice(first.index + first.length);
    if (namesSite(tail, keys) && wordCount(headBeforeLast) >= 1) {
      title = headBeforeLast.trim();
    } else if (namesSite(lead, keys) && wordCount(rest) >= 1) {
      title = rest.trim();
    } else {
      break;
    }
    stripped = true;
  }
  if (heuristic && !stripped) {
    const last = separatorPositions(title).at(-1);
    if (last !== undefined) {
      const tail = title.slice(last.index + last.length);
      const head = title.slice(0, last.index);
      if (looksLikeBrand(tail) && wordCount(head) >= 4 && head.length > tail.length * 2) title = head.trim();
    }
  }
  return title;
}
