import { useEffect, useState } from 'preact/hooks';
import { ANNOTATION_KINDS, VERDICTS, type AnnotationKind, type Verdict } from '@/lib/model/annotation';
import type { LibraryFacets } from '@/lib/library/facets';
import { activeFilterCount, NO_FILTERS, type LibraryFilters } from '@/lib/library/filters';
import { LIBRARY_GROUPINGS, type LibraryGrouping } from '@/lib/library/group';
import { LIBRARY_SORTS, type LibrarySort } from '@/lib/library/sort';
import { t, type MessageKey } from '../i18n';
import { kindPluralLabel, verdictLabel } from '../labels';

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

const GROUPING_KEYS: Record<LibraryGrouping, MessageKey> = {
  none: 'groupingNone',
  page: 'groupingPage',
  speaker: 'groupingSpeaker',
  source: 'groupingSource',
};
const SORT_KEYS: Record<LibrarySort, MessageKey> = {
  'updated-desc': 'sortUpdatedDesc',
  'created-desc': 'sortCreatedDesc',
  'created-asc': 'sortCreatedAsc',
};

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
    <section class="filters" aria-label={t('searchAndFilters')}>
      <input
        type="search"
        class="search"
        data-testid="library-search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('search')}
        value={props.query}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
      />
      <div class="filter-row">
        <select
          aria-label={t('kind')}
          data-testid="filter-kind"
          value={filters.kind ?? ''}
          onChange={(e) => set({ kind: orNull(e.currentTarget.value) as AnnotationKind | null })}
        >
          <option value="">{t('allKinds')}</option>
          {ANNOTATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindPluralLabel(kind)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('verdict')}
          data-testid="filter-verdict"
          value={filters.verdict ?? ''}
          onChange={(e) => set({ verdict: orNull(e.currentTarget.value) as Verdict | null })}
        >
          <option value="">{t('anyVerdict')}</option>
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {verdictLabel(verdict)}
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
          {t('changedOnPageFilter')}
        </label>
        <input
          list="gloss-speakers"
          aria-label={t('speakerFilter')}
          data-testid="filter-speaker"
          placeholder={t('speakerFilter')}
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
          aria-label={t('tagFilter')}
          data-testid="filter-tag"
          placeholder={t('tagFilter')}
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
          aria-label={t('siteFilter')}
          data-testid="filter-site"
          placeholder={t('siteFilter')}
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
          {t('dateFrom')}{' '}
          <DateInput ready={datesReady} testId="filter-from" value={filters.from ?? ''} onValue={(value) => set({ from: orNull(value) })} />
        </label>
        <label class="date-filter">
          {t('dateTo')}{' '}
          <DateInput ready={datesReady} testId="filter-to" value={filters.to ?? ''} onValue={(value) => set({ to: orNull(value) })} />
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
            {t('clearFilters')}
          </button>
        )}
      </div>
      <div class="filter-row">
        <select
          aria-label={t('group')}
          data-testid="library-grouping"
          value={props.grouping}
          onChange={(e) => props.onGrouping(e.currentTarget.value as LibraryGrouping)}
        >
          {LIBRARY_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(GROUPING_KEYS[g])}
            </option>
          ))}
        </select>
        <select
          aria-label={t('sort')}
          data-testid="library-sort"
          value={props.sort}
          onChange={(e) => props.onSort(e.currentTarget.value as LibrarySort)}
        >
          {LIBRARY_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
