/** Orders of the library list. Newest first by default: the most recently made or edited on top. */
import type { LibraryEntry } from './entries';

export type LibrarySort = 'updated-desc' | 'created-desc' | 'created-asc';
export const LIBRARY_SORTS: readonly LibrarySort[] = ['updated-desc', 'created-desc', 'created-asc'];
export const SORT_LABELS: Record<LibrarySort, string> = {
  'updated-desc': 'Newest first (edited or made)',
  'created-desc': 'Newest made first',
  'created-asc': 'Oldest first',
};

// Ties (same millisecond, common in imports) are broken by id so the order never depends on load order.
const byId = (a: LibraryEntry, b: LibraryEntry) => (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0);

const COMPARATORS: Record<LibrarySort, (a: LibraryEntry, b: LibraryEntry) => number> = {
  'updated-desc': (a, b) => b.updatedMs - a.updatedMs || b.createdMs - a.createdMs || byId(a, b),
  'created-desc': (a, b) => b.createdMs - a.createdMs || byId(a, b),
  'created-asc': (a, b) => a.createdMs - b.createdMs || byId(a, b),
};

/** A sorted copy. */
export function sortEntries(entries: readonly LibraryEntry[], order: LibrarySort): LibraryEntry[] {
  return entries.slice().sort(COMPARATORS[order]);
}
