/** The library's filters: every one that is set must match. Values are compared folded where people type them. */
import type { AnnotationKind, Verdict } from '../model/annotation';
import type { LibraryEntry } from './entries';

export interface LibraryFilters {
  kind: AnnotationKind | null;
  verdict: Verdict | null;
  /** `foldKey` of a speaker name. */
  speaker: string | null;
  /** A tag exactly as stored. */
  tag: string | null;
  /** A site as `siteOf` gives it ("bbc.co.uk"). */
  site: string | null;
  /** Inclusive local calendar days, YYYY-MM-DD, of when the annotation was made. */
  from: string | null;
  to: string | null;
  /** true: only annotations whose words changed on the page (stealth edits). */
  changed: true | null;
}

export const NO_FILTERS: LibraryFilters = {
  kind: null,
  verdict: null,
  speaker: null,
  tag: null,
  site: null,
  from: null,
  to: null,
  changed: null,
};

export function activeFilterCount(filters: LibraryFilters): number {
  return Object.values(filters).filter((value) => value !== null).length;
}

/** A predicate for the set filters only, so an empty filter costs nothing per entry. */
export function filterPredicate(filters: LibraryFilters): ((entry: LibraryEntry) => boolean) | null {
  const checks: ((entry: LibraryEntry) => boolean)[] = [];
  const { kind, verdict, speaker, tag, site, from, to, changed } = filters;
  if (kind !== null) checks.push((e) => e.annotation.kind === kind);
  if (verdict !== null) checks.push((e) => e.annotation.verdict === verdict);
  if (speaker !== null) checks.push((e) => e.speakerKey === speaker);
  if (tag !== null) checks.push((e) => e.annotation.tags.includes(tag));
  if (site !== null) checks.push((e) => e.site === site);
  if (from !== null) checks.push((e) => e.day >= from);
  if (to !== null) checks.push((e) => e.day <= to);
  if (changed !== null) checks.push((e) => Boolean(e.annotation.changed));
  if (checks.length === 0) return null;
  return (entry) => checks.every((check) => check(entry));
}

/** A stable text key of the filters, to tell whether two queries used the same ones. */
export function filtersKey(filters: LibraryFilters): string {
  return JSON.stringify([
    filters.kind,
    filters.verdict,
    filters.speaker,
    filters.tag,
    filters.site,
    filters.from,
    filters.to,
    filters.changed,
  ]);
}
