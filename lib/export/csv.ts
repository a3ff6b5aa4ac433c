/**
 * CSV for spreadsheets: RFC 4180 (CRLF line ends, fields with `"` `,` CR or LF quoted, quotes doubled), UTF-8
 * BOM so Excel reads the text as UTF-8, one row per annotation. Cells that a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) get a leading apostrophe: a quote from a hostile page must not execute.
 */
import type { Annotation } from '../model/annotation';
import { pageOf, pagesByUrl, type Library } from './library';

export const CSV_COLUMNS = [
  'id', 'kind', 'page_url', 'page_title', 'site', 'exact', 'speaker', 'speaker_role', 'verdict', 'sources',
  'comment', 'tags', 'created', 'updated',
] as const;

/** Separator inside the sources and tags cells. */
export const CSV_LIST_SEPARATOR = ' | ';

export function toCsv(lib: Library): string {
  const pages = pagesByUrl(lib.pages);
  const rows = lib.annotations.map((a) => row(a, pages));
  return `\uFEFF${[[...CSV_COLUMNS], ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function row(a: Annotation, pages: ReturnType<typeof pagesByUrl>): string[] {
  const page = pageOf(pages, a);
  return [
    a.id,
    a.kind,
    a.pageUrl,
    page.title,
    page.siteName ?? '',
    a.exact,
    a.speaker?.name ?? '',
    a.speaker?.role ?? '',
    a.verdict ?? '',
    a.sources.map((s) => `${s.stance}: ${s.url}`).join(CSV_LIST_SEPARATOR),
    a.comment,
    a.tags.join(CSV_LIST_SEPARATOR),
    a.created,
    a.updated,
  ];
}

/** One field: formula-neutralized, then quoted if RFC 4180 requires it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
