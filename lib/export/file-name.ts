/**
 * Download names: `gloss-2026-11-23-library.jsonld`, `gloss-2026-11-23-iran-talks-stall.md`. Titles come from
 * web pages, so only letters and digits survive (no path separators, reserved characters, or bidi controls that
 * could disguise the extension), lowercased and shortened.
 */
export type ExportKind = 'jsonld' | 'markdown' | 'csv' | 'claimreview';

const SUFFIX: Record<ExportKind, string> = {
  jsonld: '.jsonld',
  markdown: '.md',
  csv: '.csv',
  claimreview: '-claimreview.jsonld',
};

const MAX_TITLE_CHARS = 60;

/** `date`: a Date or an ISO string; its calendar day (UTC for a Date) names the file. */
export function exportFileName(kind: ExportKind, date: Date | string, pageTitle?: string): string {
  const day = typeof date === 'string' ? date.slice(0, 10) : date.toISOString().slice(0, 10);
  const safeDay = /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : 'undated';
  return `gloss-${safeDay}-${slug(pageTitle ?? '') || 'library'}${SUFFIX[kind]}`;
}

function slug(title: string): string {
  const words =
    title
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  let result = '';
  for (const word of words) {
    const next = result === '' ? word : `${result}-${word}`;
    if (Array.from(next).length > MAX_TITLE_CHARS) {
      if (result === '') result = Array.from(word).slice(0, MAX_TITLE_CHARS).join('');
      break;
    }
    result = next;
  }
  return result;
}
