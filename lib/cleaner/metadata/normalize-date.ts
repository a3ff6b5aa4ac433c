/**
 * Date normalization for published / modified dates. Output is ISO 8601 that keeps what the page said:
 * - a date only stays "YYYY-MM-DD" (no invented midnight, no time zone shift);
 * - a date-time gets seconds ("2014-11-21T02:13" -> "2014-11-21T02:13:00"), fractions are dropped;
 * - the page's offset is kept as written ("+03:00"); "Z", "UTC", "GMT" become "Z"; no offset stays local.
 * We never convert to UTC: a reader wants the local time of the story, and the offset keeps it exact.
 * Invalid calendar dates (Feb 30, month 13, hour 25) and unrecognized text give null.
 */
import { monthNumber, NOISE_WORDS, zoneOffset } from './date-words';

interface DateParts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
  /** "+03:00", "Z", or undefined when the page gave no (known) zone. */
  offset?: string;
}

const ISO_DATE =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const EPOCH = /^\d{10}(?:\d{3})?$/;
const TIME = /(?:^|[\s,])(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?\s?m\.?(?=\s|$))?(?=\s|$|[,+-]|z)/iu;
const TIME_HOUR_ONLY = /(?:^|\s)(\d{1,2})\s*([ap])\.?\s?m\.?(?=\s|$)/iu;
const ZONE = /(?:^|\s)(?:(z|utc|gmt|ut)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?(?=\s|$)|(?:^|\s)([a-z]{1,5})(?=\s|$)/giu;

/** Normalizes a date string (or epoch number) to ISO 8601 as described above; null when not a valid date. */
export function normalizeDate(input: unknown): string | null {
  try {
    if (typeof input !== 'string' && typeof input !== 'number') return null;
    const text = String(input)
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
    if (text === '' || text.length > 100) return null;
    const parts = parseIso(text) ?? parseEpoch(text) ?? parseWords(text);
    return parts !== null && isValid(parts) ? format(parts) : null;
  } catch {
    return null;
  }
}

function parseIso(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (match !== null) {
    const [, y, , mo, d, h, mi, s, zone] = match;
    return withTime({ year: Number(y), month: Number(mo), day: Number(d) }, h, mi, s, zone);
  }
  const basic = ISO_BASIC.exec(text);
  if (basic === null) return null;
  const [, y, mo, d, h, mi, s, zone] = basic;
  return withTime({ year: Number(y), month: Number(mo), day: Number(d) }, h, mi, s, zone);
}

function withTime(date: DateParts, h?: string, mi?: string, s?: string, zone?: string): DateParts | null {
  if (h === undefined || mi === undefined) return date; // a zone on a bare date says nothing useful
  const offset = zone === undefined ? undefined : zoneOffset(zone);
  if (zone !== undefined && offset === undefined) return null;
  return { ...date, time: { hour: Number(h), minute: Number(mi), second: Number(s ?? 0) }, offset };
}

/** Unix timestamps (seconds or milliseconds), which some CMSs put in meta tags; they are UTC by definition. */
function parseEpoch(text: string): DateParts | null {
  if (!EPOCH.test(text)) return null;
  const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    time: { hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds() },
    offset: 'Z',
  };
}

/**
 * Human and RFC 2822 forms: "Fri, 21 Nov 2014 02:13:00 +0300", "November 21, 2014 at 2:13 PM EST",
 * "21 November 2014", "21.11.2014 02:13", "02:13 21.11.2014", "21. November 2014", "21 ноября 2014 г.".
 * The time and zone are cut out first, known filler words ("at", weekdays, "Updated") dropped, and what is
 * left must be exactly a date: any other leftover word means this is not a date string.
 */
function parseWords(input: string): DateParts | null {
  let rest = ` ${input.toLowerCase().replace(/\([^)]*\)/g, ' ')} `;
  let time: DateParts['time'];
  let offset: string | undefined;

  const full = TIME.exec(rest);
  const hourOnly = full === null ? TIME_HOUR_ONLY.exec(rest) : null;
  const timeMatch = full ?? hourOnly;
  if (timeMatch !== null) {
    const hour = applyMeridiem(Number(timeMatch[1]), full !== null ? full[4] : hourOnly?.[2]);
    if (hour === null) return null;
    time = full !== null ? { hour, minute: Number(full[2]), second: Number(full[3] ?? 0) } : { hour, minute: 0, second: 0 };
    rest = `${rest.slice(0, timeMatch.index)} ${rest.slice(timeMatch.index + timeMatch[0].length)}`;
    ({ rest, offset } = cutZone(rest));
  }

  const date = matchDate(cleanLeftovers(rest));
  if (date === null) return null;
  return time === undefined ? date : { ...date, time, offset };
}

function applyMeridiem(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return null;
  if (meridiem === 'a') return hour === 12 ? 0 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/** Removes the first zone found after a time ("+0300", "GMT+3", "EST", "UTC") and returns its offset. */
function cutZone(rest: string): { rest: string; offset: string | undefined } {
  ZONE.lastIndex = 0;
  for (let match = ZONE.exec(rest); match !== null; match = ZONE.exec(rest)) {
    const [whole, , sign, hours, minutes, name] = match;
    const offset = name !== undefined ? zoneOffset(name) : zoneOffset(`${sign}${(hours ?? '').padStart(2, '0')}:${minutes ?? '00'}`);
    if (offset === undefined) continue;
    return { rest: `${rest.slice(0, match.index)} ${rest.slice(match.index + whole.length)}`, offset };
  }
  return { rest, offset: undefined };
}

function cleanLeftovers(rest: string): string {
  return rest
    .replace(/,/g, ' ')
    .replace(/(\p{L})[.:](?=\s|$)/gu, '$1') // "nov." -> "nov", "г." -> "г", "updated:" -> "updated"
    .replace(/(\d{1,2})\.(?=\s+\p{L})/gu, '$1') // "21. november" -> "21 november"
    .replace(/(\d{1,2})(?:st|nd|rd|th|er)(?=\s|$)/g, '$1') // "21st" -> "21", "1er" -> "1"
    .replace(/(?<=\p{L})-(?=\d)|(?<=\d)-(?=\p{L})/gu, ' ') // "21-nov-2014"
    .split(' ')
    .filter((word) => word !== '' && !NOISE_WORDS.has(word))
    .join(' ');
}

function matchDate(rest: string): DateParts | null {
  let match = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(rest);
  if (match !== null) return fromParts(match[3], monthNumber(match[2]), match[1]);
  match = /^(\p{L}+) (\d{1,2}) (\d{4})$/u.exec(rest);
  if (match !== null) return fromParts(match[3], monthNumber(match[1]), match[2]);
  match = /^(\d{4}) (\p{L}+) (\d{1,2})$/u.exec(rest);
  if (match !== null) return fromParts(match[1], monthNumber(match[2]), match[3]);
  match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(rest);
  if (match !== null) return fromParts(match[1], Number(match[2]), match[3]);
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(rest); // European day.month.year
  if (match !== null) return fromParts(match[3], Number(match[2]), match[1]);
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(rest);
  if (match !== null) return fromSlashed(Number(match[1]), Number(match[2]), match[3]);
  return null;
}

/**
 * "11/21/2014" (US) and "21/11/2014" (elsewhere) are told apart only when one number is above 12;
 * "05/06/2014" could be either, so it is rejected rather than guessed.
 */
function fromSlashed(first: number, second: number, year: string | undefined): DateParts | null {
  if (first > 12 && second <= 12) return fromParts(year, second, String(first));
  if (second > 12 && first <= 12) return fromParts(year, first, String(second));
  if (first === second) return fromParts(year, first, String(second));
  return null;
}

function fromParts(year: string | undefined, month: number | null, day: string | undefined): DateParts | null {
  if (year === undefined || day === undefined || month === null) return null;
  return { year: Number(year), month, day: Number(day) };
}

function isValid({ year, month, day, time }: DateParts): boolean {
  // Before 1900 or far in the future is a placeholder ("0001-01-01") or a typo, not a publication date.
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (time === undefined) return true;
  return time.hour <= 23 && time.minute <= 59 && time.second <= 59;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function format({ year, month, day, time, offset }: DateParts): string {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (time === undefined) return date;
  return `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${offset ?? ''}`;
}
