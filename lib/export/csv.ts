/**
 * CSV for spreadsheets: RFC 4180 (CRLF line ends, fields with `"` `,` CR or LF quoted, quotes doubled), UTF-8
 * BOM so Excel reads the text as UTF-8, one row per annotation. Cells that a spreadsheet could run as a formula
 * get a leading apostrophe (OWASP CSV injection guidance): a quote from a hostile page must not execute.
 */
import type { Annotation } from '../model/annotation';
import { pageOf, pagesByUrl, type Library } from './library';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'page_url',
  'page_title',
  'site',
  'exact',
  'speaker',
  'speaker_role',
  'verdict',
  'sources',
  'comment',
  'tags',
  'created',
  'updated',
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

/**
 * Starts like a formula: = + - @ (or their full-width forms, which some spreadsheets fold to ASCII), also after
 * leading white space (spreadsheets trim it), or a tab or CR (which start a formula cell in some importers).
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * The text with an apostrophe before every part a spreadsheet could run as a formula: its start, and the start of
 * each `;`-separated part, because spreadsheets in locales whose list separator is `;` split the line there (quotes
 * don't help: they only group a field when they open it, and the `;` part opens none).
 */
function neutralizeFormulas(value: string): string {
  return value
    .split(';')
    .map((part) => (FORMULA_START.test(part) ? `'${part}` : part))
    .join(';');
}

/** One field: formula-neutralized, then quoted if RFC 4180 requires it. */
export function csvCell(value: string): string {
  const safe = neutralizeFormulas(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
