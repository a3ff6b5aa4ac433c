/**
 * The library's in-memory rows: each annotation with what search, filters, grouping and sorting need, computed
 * once on load (folding 100k annotations' text takes a few hundred ms; doing it per keystroke would not do).
 */
import { foldKey } from '../db/schema';
import { siteOf } from '../db/url';
import type { Annotation, PageRecord } from '../model/annotation';
import { foldText } from './fold';

export interface LibraryEntry {
  annotation: Annotation;
  /** Folded quote, comment, speaker, sources, tags and page title, one field per line. */
  haystack: string;
  /** `foldKey` of the speaker's name ('' when none): the same key lib/db's bySpeaker index uses. */
  speakerKey: string;
  /** The page's site ("bbc.co.uk" for news.bbc.co.uk), '' when the page URL has no host. */
  site: string;
  /** Local calendar day the annotation was made, YYYY-MM-DD (for the date range filter). */
  day: string;
  createdMs: number;
  updatedMs: number;
}

export interface LibraryModel {
  /** Every annotation, in no particular order (see sort.ts). */
  entries: LibraryEntry[];
  pages: Map<string, PageRecord>;
}

const siteCache = new Map<string, string>();

/** The site of a page URL, cached: 100k annotations sit on far fewer pages. */
export function siteOfPage(pageUrl: string): string {
  let site = siteCache.get(pageUrl);
  if (site === undefined) {
    try {
      const host = new URL(pageUrl).hostname;
      site = host === '' ? '' : siteOf(host);
    } catch {
      site = '';
    }
    if (siteCache.size > 200_000) siteCache.clear();
    siteCache.set(pageUrl, site);
  }
  return site;
}

function localDay(ms: number): string {
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function searchText(annotation: Annotation, page: PageRecord | undefined): string {
  const parts = [annotation.exact, annotation.comment];
  if (annotation.speaker) parts.push(annotation.speaker.name, annotation.speaker.role ?? '');
  for (const source of annotation.sources) parts.push(source.title ?? '', source.publisher ?? '', source.url);
  parts.push(...annotation.tags);
  if (page) parts.push(page.title);
  return parts
    .filter((part) => part !== '')
    .map(foldText)
    .join('\n');
}

export function toEntry(annotation: Annotation, page: PageRecord | undefined): LibraryEntry {
  const createdMs = Date.parse(annotation.created);
  return {
    annotation,
    haystack: searchText(annotation, page),
    speakerKey: annotation.speaker ? foldKey(annotation.speaker.name) : '',
    site: siteOfPage(annotation.pageUrl),
    day: localDay(createdMs),
    createdMs,
    updatedMs: Date.parse(annotation.updated),
  };
}

export function buildModel(annotations: readonly Annotation[], pages: readonly PageRecord[]): LibraryModel {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  return { entries: annotations.map((a) => toEntry(a, byUrl.get(a.pageUrl))), pages: byUrl };
}

/** The model without these annotations (after a delete). */
export function withoutIds(model: LibraryModel, ids: ReadonlySet<string>): LibraryModel {
  return { ...model, entries: model.entries.filter((entry) => !ids.has(entry.annotation.id)) };
}

/** The model with these annotations added, or replacing the ones with the same id (after undo, tagging, import). */
export function withAnnotations(model: LibraryModel, annotations: readonly Annotation[], pages: readonly PageRecord[] = []): LibraryModel {
  const pageMap = pages.length > 0 ? new Map([...model.pages, ...pages.map((p) => [p.url, p] as const)]) : model.pages;
  const incoming = new Map(annotations.map((a) => [a.id, a]));
  const kept = model.entries.filter((entry) => !incoming.has(entry.annotation.id));
  const added = annotations.map((a) => toEntry(a, pageMap.get(a.pageUrl)));
  return { entries: kept.concat(added), pages: pageMap };
}

/**
 * `buildModel` for big libraries: builds `chunkSize` entries at a time and awaits `pause()` in between, so the
 * page keeps answering input while 100k annotations are indexed.
 */
export async function buildModelInChunks(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  pause: () => Promise<void>,
  chunkSize = 5_000,
): Promise<LibraryModel> {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const entries: LibraryEntry[] = [];
  for (let i = 0; i < annotations.length; i += chunkSize) {
    for (const a of annotations.slice(i, i + chunkSize)) entries.push(toEntry(a, byUrl.get(a.pageUrl)));
    if (i + chunkSize < annotations.length) await pause();
  }
  return { entries, pages: byUrl };
}
