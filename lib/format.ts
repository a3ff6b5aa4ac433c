/** Display formatting shared by the popup and (later) the reader view. Pure; locale is passed in. */

/** "21 November 2014" style; null when the value is not a date. Keeps the page's calendar day. */
export function formatPublished(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  // The calendar day as the publisher wrote it: read it from the string when it starts with YYYY-MM-DD,
  // so a 02:13+03:00 story does not show as the previous day in UTC or in the reader's zone.
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(time);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatWordCount(count: number, locale?: string): string {
  const n = Math.max(0, Math.round(count));
  return `${new Intl.NumberFormat(locale).format(n)} ${n === 1 ? 'word' : 'words'}`;
}
