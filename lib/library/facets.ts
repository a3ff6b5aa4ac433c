/** What the filter menus offer: the speakers, tags and sites in the library, most used first, with counts. */
import type { LibraryEntry } from './entries';

export interface Facet {
  /** The filter value (folded speaker key, tag, site). */
  value: string;
  /** What to show (the speaker's name as most often written). */
  label: string;
  count: number;
}

export interface LibraryFacets {
  speakers: Facet[];
  tags: Facet[];
  sites: Facet[];
}

function tally(counts: Map<string, { label: string; count: number }>, value: string, label: string): void {
  const known = counts.get(value);
  if (known) known.count += 1;
  else counts.set(value, { label, count: 1 });
}

const toFacets = (counts: Map<string, { label: string; count: number }>): Facet[] =>
  [...counts]
    .map(([value, { label, count }]) => ({ value, label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

export function libraryFacets(entries: readonly LibraryEntry[]): LibraryFacets {
  const speakers = new Map<string, { label: string; count: number }>();
  const tags = new Map<string, { label: string; count: number }>();
  const sites = new Map<string, { label: string; count: number }>();
  for (const entry of entries) {
    const { speaker } = entry.annotation;
    if (speaker && entry.speakerKey !== '') tally(speakers, entry.speakerKey, speaker.name.trim());
    for (const tag of entry.annotation.tags) tally(tags, tag, tag);
    if (entry.site !== '') tally(sites, entry.site, entry.site);
  }
  return { speakers: toFacets(speakers), tags: toFacets(tags), sites: toFacets(sites) };
}
