/**
 * Grouped views as flat rows (a header, then its annotations) so the virtualized list can show them with one
 * fixed row height. An annotation with several sources is listed under each; one without a speaker or source
 * goes to a "No speaker" / "No source" group at the end.
 */
import type { PageRecord } from '../model/annotation';
import type { LibraryEntry } from './entries';

export type LibraryGrouping = 'none' | 'page' | 'speaker' | 'source';
export const LIBRARY_GROUPINGS: readonly LibraryGrouping[] = ['none', 'page', 'speaker', 'source'];
export const GROUPING_LABELS: Record<LibraryGrouping, string> = {
  none: 'No grouping',
  page: 'By page',
  speaker: 'By speaker',
  source: 'By source',
};

export type LibraryRow =
  { type: 'header'; key: string; label: string; detail: string | null; count: number } | { type: 'entry'; entry: LibraryEntry };

/** Rows by position, without building 100k row objects for the ungrouped list. */
export interface RowModel {
  count: number;
  row(index: number): LibraryRow;
}

interface Group {
  key: string;
  label: string;
  detail: string | null;
  entries: LibraryEntry[];
}

const NO_GROUP_KEY = '\u0000none';

function collect(
  entries: readonly LibraryEntry[],
  keysOf: (entry: LibraryEntry) => { key: string; label: string; detail: string | null }[],
): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    for (const { key, label, detail } of keysOf(entry)) {
      const group = groups.get(key);
      if (group) group.entries.push(entry);
      else groups.set(key, { key, label, detail, entries: [entry] });
    }
  }
  return groups;
}

function pageGroups(entries: readonly LibraryEntry[], pages: ReadonlyMap<string, PageRecord>): Group[] {
  // In the order of the list: the page with the newest (first listed) annotation comes first.
  const groups = collect(entries, (entry) => {
    const page = pages.get(entry.annotation.pageUrl);
    const title = page?.title.trim() ?? '';
    return [
      {
        key: entry.annotation.pageUrl,
        label: title === '' ? entry.annotation.pageUrl : title,
        detail: page?.siteName ?? (entry.site || null),
      },
    ];
  });
  return [...groups.values()];
}

function alphabetical(groups: Map<string, Group>): Group[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const list = [...groups.values()].filter((g) => g.key !== NO_GROUP_KEY).sort((a, b) => collator.compare(a.label, b.label));
  const none = groups.get(NO_GROUP_KEY);
  return none ? [...list, none] : list;
}

function speakerGroups(entries: readonly LibraryEntry[]): Group[] {
  return alphabetical(
    collect(entries, (entry) => {
      const { speaker } = entry.annotation;
      if (!speaker || entry.speakerKey === '') return [{ key: NO_GROUP_KEY, label: 'No speaker', detail: null }];
      return [{ key: entry.speakerKey, label: speaker.name.trim(), detail: speaker.role }];
    }),
  );
}

function sourceGroups(entries: readonly LibraryEntry[]): Group[] {
  return alphabetical(
    collect(entries, (entry) => {
      const { sources } = entry.annotation;
      if (sources.length === 0) return [{ key: NO_GROUP_KEY, label: 'No source', detail: null }];
      const seen = new Set<string>();
      return sources
        .filter((s) => !seen.has(s.url) && seen.add(s.url))
        .map((s) => ({ key: s.url, label: s.title?.trim() || s.url, detail: s.publisher }));
    }),
  );
}

export function groupRows(entries: readonly LibraryEntry[], grouping: LibraryGrouping, pages: ReadonlyMap<string, PageRecord>): RowModel {
  if (grouping === 'none') return { count: entries.length, row: (i) => ({ type: 'entry', entry: entries[i]! }) };
  const groups = grouping === 'page' ? pageGroups(entries, pages) : grouping === 'speaker' ? speakerGroups(entries) : sourceGroups(entries);
  const rows: LibraryRow[] = [];
  for (const group of groups) {
    rows.push({ type: 'header', key: group.key, label: group.label, detail: group.detail, count: group.entries.length });
    for (const entry of group.entries) rows.push({ type: 'entry', entry });
  }
  return { count: rows.length, row: (i) => rows[i]! };
}
