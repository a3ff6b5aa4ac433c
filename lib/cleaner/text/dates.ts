/**
 * Dates written out in page text: "02:13 21.11.2014", "November 21, 2014", "21. November 2014, 14:30 Uhr",
 * "2014-11-21T02:13:00+03:00". A date becomes ISO 8601 only when it is unambiguous ("03/04/2014" is not).
 */

export interface FoundDate {
  /** ISO 8601 date (with the time, and the offset when the text gave them), or null when ambiguous/invalid. */
  iso: string | null;
  index: number;
  /** Length of the matched date, including an adjacent time. */
  length: number;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'ene'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'julio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'diciembre', 'dic'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g;
const MDY_NAME = new RegExp(`(?<![\\p{L}])${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu');
const DMY_NAME = new RegExp(`\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+|de\\s+)?${MONTH}\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'giu');
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;
const YMD_SLASH = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g;
const NUMERIC = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/g;

const TIME_BEFORE = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:uhr\s*)?[,|·–-]?\s*$/i;
const TIME_AFTER =
  /^\s*(?:,|at|um|à|a las|\||·|–|-)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*uhr)?(?:\s*(utc|gmt|z|[+-]\d{2}:?\d{2}))?/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoDate(y: number, m: number, d: number): string | null {
  return validDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function toHour(hour: string | undefined, meridiem: string | undefined): number {
  let h = Number(hour);
  const m = (meridiem ?? '').toLowerCase().replace(/\./g, '');
  if (m === 'pm' && h < 12) h += 12;
  if (m === 'am' && h === 12) h = 0;
  return h;
}

function formatOffset(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(utc|gmt|z)$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

/** Adds the clock time written right before or after a date ("02:13 21.11.2014", "May 3, 2021 at 9:30 pm"). */
function withTime(text: string, found: FoundDate): FoundDate {
  if (!found.iso) return found;
  const after = TIME_AFTER.exec(text.slice(found.index + found.length));
  const before = after ? null : TIME_BEFORE.exec(text.slice(Math.max(0, found.index - 24), found.index));
  const t = after ?? before;
  if (!t) return found;
  const hour = toHour(t[1], t[4]);
  const minute = Number(t[2]);
  const second = Number(t[3] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return found;
  const iso = `${found.iso}T${pad(hour)}:${pad(minute)}:${pad(second)}${after ? formatOffset(after[5]) : ''}`;
  if (after) return { ...found, iso, length: found.length + after[0].length };
  const start = found.index - (before?.[0].length ?? 0);
  return { iso, index: start, length: found.index + found.length - start };
}

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (m: RegExpExecArray, iso: string | null) => found.push({ iso, index: m.index, length: m[0].length });
  for (const m of text.matchAll(ISO)) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    let iso = date;
    if (date && m[4]) iso = `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${formatOffset(m[7])}`;
    found.push({ iso, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(MDY_NAME)) add(m, isoDate(Number(m[3]), MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, Number(m[2])));
  for (const m of text.matchAll(DMY_NAME)) add(m, isoDate(Number(m[3]), MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[1])));
  for (const m of text.matchAll(DOTTED)) add(m, isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  for (const m of text.matchAll(YMD_SLASH)) add(m, isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    // 03/04/2014 could be March 4 or April 3: only a part above 12 (or equal parts) settles it.
    const iso = a === b || (a > 12 && b <= 12) ? isoDate(y, b, a) : b > 12 && a <= 12 ? isoDate(y, a, b) : null;
    add(m, iso);
  }
  found.sort((x, y) => x.index - y.index || y.length - x.length);
  const distinct = found.filter((f, i) => {
    const previous = found[i - 1];
    return !previous || f.index >= previous.index + previous.length;
  });
  return distinct.map((f) => withTime(text, f));
}

const UPDATED_CUE = /(?:updated|update|modified|aktualisiert|geändert|mis à jour|actualizado)\s*(?:on|am|le|el)?\s*:?\s*\(?\s*$/i;

/** Published and modified dates of a date line ("… 02:13 21.11.2014 (updated 02:25 21.11.2014)"). */
export function parseDateLine(text: string): { published: string | null; modified: string | null } {
  let published: string | null = null;
  let modified: string | null = null;
  let sawPublished = false;
  for (const d of findDates(text)) {
    const cue = UPDATED_CUE.test(text.slice(Math.max(0, d.index - 30), d.index));
    if (cue) modified ??= d.iso;
    else if (!sawPublished) {
      sawPublished = true;
      published = d.iso;
    }
  }
  return { published, modified };
}

/** The line minus its dates and times: what is left tells a date line from a sentence that mentions a date. */
export function withoutDates(text: string): string {
  let out = '';
  let at = 0;
  for (const d of findDates(text)) {
    out += text.slice(at, d.index) + ' ';
    at = d.index + d.length;
  }
  return (out + text.slice(at)).replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)?/gi, ' ');
}
