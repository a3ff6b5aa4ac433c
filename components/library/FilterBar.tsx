import { useEffect, useState } from 'preact/hooks';
import { ANNOTATION_KINDS, VERDICTS, type AnnotationKind, type Verdict } from '@/lib/model/annotation';
import type { LibraryFacets } from '@/lib/library/facets';
import { activeFilterCount, NO_FILTERS, type LibraryFilters } from '@/lib/library/filters';
import { GROUPING_LABELS, LIBRARY_GROUPINGS, type LibraryGrouping } from '@/lib/library/group';
import { LIBRARY_SORTS, SORT_LABELS, type LibrarySort } from '@/lib/library/sort';

export interface FilterBarProps {
  query: string;
  filters: LibraryFilters;
  facets: LibraryFacets;
  grouping: LibraryGrouping;
  sort: LibrarySort;
  /** The speaker filter as shown (the name); the filter itself holds the folded key. */
  speakerText: string;
  onQuery: (query: string) => void;
  onFilters: (filters: LibraryFilters) => void;
  onSpeakerText: (name: string) => void;
  onGrouping: (grouping: LibraryGrouping) => void;
  onSort: (sort: LibrarySort) => void;
}

// Datalists beyond a few hundred options help no one and slow the page.
const MAX_OPTIONS = 500;
const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function DateInput({ ready, testId, value, onValue }: { ready: boolean; testId: string; value: string; onValue: (value: string) => void }) {
  return ready ? (
    <input type="date" data-testid={testId} value={value} onChange={(e) => onValue(e.currentTarget.value)} />
  ) : (
    <input type="text" disabled data-testid={testId} value={value} />
  );
}

export function FilterBar(props: FilterBarProps) {
  const { filters, facets, onFilters } = props;
  const set = (patch: Partial<LibraryFilters>) => onFilters({ ...filters, ...patch });
  // The date inputs become date inputs one frame after the page's first: each builds a date picker (with an SVG
  // calendar icon, its own little document), work that would otherwise hold back the first rows. Until then they
  // are disabled text boxes of the same size (style.css).
  const [datesReady, setDatesReady] = useState(false);
  useEffect(() => setDatesReady(true), []);
  return (
    <section class="filters" aria-label="Search and filters">
      <input
        type="search"
        class="search"
        data-testid="library-search"
        placeholder="Search quotes, comments, speakers, sources…"
        aria-label="Search"
        value={props.query}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
      />
      <div class="filter-row">
        <select
          aria-label="Kind"
          data-testid="filter-kind"
          value={filters.kind ?? ''}
          onChange={(e) => set({ kind: orNull(e.currentTarget.value) as AnnotationKind | null })}
        >
          <option value="">All kinds</option>
          {ANNOTATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind[0]!.toUpperCase() + kind.slice(1)}s
            </option>
          ))}
        </select>
        <select
          aria-label="Verdict"
          data-testid="filter-verdict"
          value={filters.verdict ?? ''}
          onChange={(e) => set({ verdict: orNull(e.currentTarget.value) as Verdict | null })}
        >
          <option value="">Any verdict</option>
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {verdict}
            </option>
          ))}
        </select>
        <label class="filter-check">
          <input
            type="checkbox"
            data-testid="filter-changed"
            checked={filters.changed === true}
            onChange={(e) => set({ changed: e.currentTarget.checked ? true : null })}
          />
          Changed on the page
        </label>
        <input
          list="gloss-speakers"
          aria-label="Speaker"
          data-testid="filter-speaker"
          placeholder="Speaker"
          value={props.speakerText}
          onChange={(e) => props.onSpeakerText(e.currentTarget.value)}
        />
        <datalist id="gloss-speakers">
          {facets.speakers.slice(0, MAX_OPTIONS).map((f) => (
            <option key={f.value} value={f.label}>{`${f.count}`}</option>
          ))}
        </datalist>
        <input
          list="gloss-tags"
          aria-label="Tag"
          data-testid="filter-tag"
          placeholder="Tag"
          value={filters.tag ?? ''}
          onChange={(e) => set({ tag: orNull(e.currentTarget.value) })}
        />
        <datalist id="gloss-tags">
          {facets.tags.slice(0, MAX_OPTIONS).map((f) => (
            <option key={f.value} value={f.value}>{`${f.count}`}</option>
          ))}
        </datalist>
        <input
          list="gloss-sites"
          aria-label="Site"
          data-testid="filter-site"
          placeholder="Site"
          value={filters.site ?? ''}
          onChange={(e) =>
            set({
              site:
                orNull(e.currentTarget.value)
                  ?.toLowerCase()
                  .replace(/^www\./, '') ?? null,
            })
          }
        />
        <datalist id="gloss-sites">
          {facets.sites.slice(0, MAX_OPTIONS).map((f) => (
            <option key={f.value} value={f.value}>{`${f.count}`}</option>
          ))}
        </datalist>
        <label class="date-filter">
          From{' '}
          <DateInput ready={datesReady} testId="filter-from" value={filters.from ?? ''} onValue={(value) => set({ from: orNull(value) })} />
        </label>
        <label class="date-filter">
          to <DateInput ready={datesReady} testId="filter-to" value={filters.to ?? ''} onValue={(value) => set({ to: orNull(value) })} />
        </label>
        {activeFilterCount(filters) > 0 && (
          <button
            type="button"
            class="link-button"
            data-testid="clear-filters"
            onClick={() => {
              props.onSpeakerText('');
              onFilters(NO_FILTERS);
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      <div class="filter-row">
        <select
          aria-label="Group"
          data-testid="library-grouping"
          value={props.grouping}
          onChange={(e) => props.onGrouping(e.currentTarget.value as LibraryGrouping)}
        >
          {LIBRARY_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {GROUPING_LABELS[g]}
            </option>
          ))}
        </select>
        <select
          aria-label="Sort"
          data-testid="library-sort"
          value={props.sort}
          onChange={(e) => props.onSort(e.currentTarget.value as LibrarySort)}
        >
          {LIBRARY_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
