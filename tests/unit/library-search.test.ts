/** The library's search, filters, sorting, grouping and virtualization, on generated libraries. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, type LibraryEntry } from '@/lib/library/entries';
import { libraryFacets } from '@/lib/library/facets';
import { filterPredicate, NO_FILTERS, type LibraryFilters } from '@/lib/library/filters';
import { foldText, queryTerms } from '@/lib/library/fold';
import { groupRows } from '@/lib/library/group';
import { generateLibrary } from '@/lib/library/sample';
import { buildSearchIndex, refines, runQuery } from '@/lib/library/search';
import { sortEntries } from '@/lib/library/sort';
import { visibleRange } from '@/lib/library/virtual';
import type { Annotation } from '@/lib/model/annotation';

const lib = generateLibrary({ pages: 120, annotations: 3_000, seed: 11 });
const model = buildModel(lib.annotations, lib.pages);
const sorted = sortEntries(model.entries, 'updated-desc');
const index = buildSearchIndex(sorted);
const ids = (entries: readonly LibraryEntry[]) => entries.map((e) => e.annotation.id);

/** What a reader would call a match, written independently of the index: every word somewhere in those fields. */
function naiveMatch(a: Annotation, query: string): boolean {
  const page = model.pages.get(a.pageUrl);
  const fields = [
    a.exact,
    a.comment,
    a.speaker?.name ?? '',
    a.speaker?.role ?? '',
    ...a.sources.flatMap((s) => [s.title ?? '', s.publisher ?? '', s.url]),
    ...a.tags,
    page?.title ?? '',
  ];
  const text = fields.map((f) => f.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  return query
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.some((field) => field.includes(word)));
}

describe('folding', () => {
  it('ignores case, accents and typographic punctuation', () => {
    expect(foldText('Zürich ÉLYSÉE São Paulo')).toBe('zurich elysee sao paulo');
    expect(foldText('Łódź Straße Øresund')).toBe('lodz strasse oresund');
    expect(foldText('don’t “quote” – dash')).toBe('don\'t "quote" - dash');
    expect(queryTerms('  Jürgen\tMÜLLER  ')).toEqual(['jurgen', 'muller']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('search', () => {
  it('finds exactly what a plain scan finds, in list order', () => {
    for (const query of ['müller', 'MULLER', 'budget deficit', 'zurich', 'fact check', 'vienna paulo', 'xyzzy', 'report (1']) {
      const expected = sorted.filter((e) => naiveMatch(e.annotation, query));
      expect(ids(runQuery(index, query, NO_FILTERS).results), query).toEqual(ids(expected));
    }
  });

  it('an empty query lists everything in order', () => {
    expect(ids(runQuery(index, '', NO_FILTERS).results)).toEqual(ids(sorted));
  });

  it('finds a speaker by name and a source by publisher', () => {
    const speaker = lib.annotations.find((a) => a.speaker)!.speaker!;
    const bySpeaker = runQuery(index, speaker.name, NO_FILTERS).results;
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(bySpeaker.every((e) => naiveMatch(e.annotation, speaker.name))).toBe(true);
    const publisher = lib.annotations.find((a) => a.sources.length > 0)!.sources[0]!.publisher!;
    expect(runQuery(index, publisher, NO_FILTERS).results.some((e) => e.annotation.sources[0]?.publisher === publisher)).toBe(true);
  });

  it('typing letter by letter gives the same results as searching from scratch', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('garcía deficit', 'sao paulo', 'the minister', 'kraków court', 'zz top'),
        fc.integer({ min: 1, max: 4 }),
        (text, step) => {
          let previous = null;
          for (let i = step; i <= text.length; i += step) {
            previous = runQuery(index, text.slice(0, i), NO_FILTERS, previous);
            expect(ids(previous.results)).toEqual(ids(runQuery(index, text.slice(0, i), NO_FILTERS).results));
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('narrows only when the new query can only match less', () => {
    expect(refines(['mul'], ['muller'])).toBe(true);
    expect(refines(['muller'], ['muller', 'budget'])).toBe(true);
    expect(refines(['muller'], ['mul'])).toBe(false);
    expect(refines(['budget', 'x'], ['budget'])).toBe(false);
  });

  it('the last entry of the corpus is found too', () => {
    const last = sorted.at(-1)!;
    const word = last.haystack.split(/\s+/).at(-1)!;
    expect(ids(runQuery(index, word, NO_FILTERS).results)).toContain(last.annotation.id);
  });
});

describe('filters', () => {
  const count = (filters: Partial<LibraryFilters>, query = '') => runQuery(index, query, { ...NO_FILTERS, ...filters }).results;

  it('each filter keeps only what matches it', () => {
    expect(count({ kind: 'claim' }).every((e) => e.annotation.kind === 'claim')).toBe(true);
    expect(count({ kind: 'claim' })).toHaveLength(lib.annotations.filter((a) => a.kind === 'claim').length);
    expect(count({ verdict: 'false' })).toHaveLength(lib.annotations.filter((a) => a.verdict === 'false').length);
    expect(count({ tag: 'economy' })).toHaveLength(lib.annotations.filter((a) => a.tags.includes('economy')).length);
    const site = model.entries[0]!.site;
    expect(count({ site }).every((e) => e.annotation.pageUrl.includes(site))).toBe(true);
    const speaker = lib.annotations.find((a) => a.speaker)!.speaker!;
    expect(count({ speaker: speaker.name.toLowerCase() })).toHaveLength(
      lib.annotations.filter((a) => a.speaker?.name === speaker.name).length,
    );
  });

  it('a date range is inclusive and uses the day the annotation was made', () => {
    const days = [...new Set(model.entries.map((e) => e.day))].sort();
    const [from, to] = [days[2]!, days[5]!];
    const inRange = count({ from, to });
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange).toHaveLength(model.entries.filter((e) => e.day >= from && e.day <= to).length);
    expect(count({ from: days.at(-1)!, to: days[0]! })).toHaveLength(0);
  });

  it('filters and search combine', () => {
    const both = count({ kind: 'quote' }, 'zurich');
    expect(both.length).toBeGreaterThan(0);
    expect(ids(both)).toEqual(ids(sorted.filter((e) => e.annotation.kind === 'quote' && naiveMatch(e.annotation, 'zurich'))));
  });

  it('no filter set costs no predicate', () => {
    expect(filterPredicate(NO_FILTERS)).toBeNull();
  });
});

describe('sorting', () => {
  it('orders by last change or creation, ties by id', () => {
    const byCreated = sortEntries(model.entries, 'created-desc');
    for (let i = 1; i < byCreated.length; i++) expect(byCreated[i - 1]!.createdMs).toBeGreaterThanOrEqual(byCreated[i]!.createdMs);
    const oldest = sortEntries(model.entries, 'created-asc');
    for (let i = 1; i < oldest.length; i++) expect(oldest[i - 1]!.createdMs).toBeLessThanOrEqual(oldest[i]!.createdMs);
    expect(new Set(ids(oldest))).toEqual(new Set(ids(byCreated)));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.updatedMs).toBeGreaterThanOrEqual(sorted[i]!.updatedMs);
  });
});

describe('grouping', () => {
  const rowsOf = (model: ReturnType<typeof groupRows>) => Array.from({ length: model.count }, (_, i) => model.row(i));

  it('by speaker lists everything each speaker said under their name, "No speaker" last', () => {
    const rows = rowsOf(groupRows(sorted, 'speaker', model.pages));
    const headers = rows.filter((r) => r.type === 'header');
    expect(headers.at(-1)).toMatchObject({ label: 'No speaker' });
    let current = '';
    for (const row of rows) {
      if (row.type === 'header') current = row.key;
      else if (row.entry.annotation.speaker) expect(row.entry.speakerKey).toBe(current);
    }
    expect(rows.length - headers.length).toBe(sorted.length);
    expect(headers.reduce((n, h) => n + (h.type === 'header' ? h.count : 0), 0)).toBe(sorted.length);
  });

  it('by page groups each page once, with its title, newest page first', () => {
    const rows = rowsOf(groupRows(sorted, 'page', model.pages));
    const headers = rows.filter((r) => r.type === 'header');
    expect(headers).toHaveLength(new Set(lib.annotations.map((a) => a.pageUrl)).size);
    expect(headers[0]).toMatchObject({ key: sorted[0]!.annotation.pageUrl, label: model.pages.get(sorted[0]!.annotation.pageUrl)!.title });
  });

  it('by source lists a claim under each source it cites', () => {
    const rows = rowsOf(groupRows(sorted, 'source', model.pages));
    const cited = sorted.filter((e) => e.annotation.sources.length > 0).length;
    const uncited = sorted.length - cited;
    expect(rows.filter((r) => r.type === 'header' && r.label === 'No source')[0]).toMatchObject({ count: uncited });
  });

  it('ungrouped rows are the entries themselves', () => {
    const rows = groupRows(sorted, 'none', model.pages);
    expect(rows.count).toBe(sorted.length);
    expect(rows.row(5)).toEqual({ type: 'entry', entry: sorted[5] });
  });
});

describe('facets', () => {
  it('counts speakers, tags and sites, most used first', () => {
    const facets = libraryFacets(model.entries);
    expect(facets.tags.reduce((n, f) => n + f.count, 0)).toBe(lib.annotations.reduce((n, a) => n + a.tags.length, 0));
    for (let i = 1; i < facets.speakers.length; i++)
      expect(facets.speakers[i - 1]!.count).toBeGreaterThanOrEqual(facets.speakers[i]!.count);
    expect(facets.sites.every((f) => f.value !== '' && !f.value.startsWith('www.'))).toBe(true);
  });
});

describe('virtualization', () => {
  it('renders the rows in view and a few more, never past the ends', () => {
    expect(visibleRange({ scrollTop: 0, viewportHeight: 600, rowHeight: 60, count: 100_000, overscan: 5 })).toEqual({ start: 0, end: 16 });
    expect(visibleRange({ scrollTop: 60_000, viewportHeight: 600, rowHeight: 60, count: 100_000, overscan: 5 })).toEqual({
      start: 995,
      end: 1016,
    });
    // Scrolled to the bottom (content height minus the viewport).
    expect(visibleRange({ scrollTop: 5_999_400, viewportHeight: 600, rowHeight: 60, count: 100_000, overscan: 5 })).toEqual({
      start: 99_985,
      end: 100_000,
    });
    expect(visibleRange({ scrollTop: 9e9, viewportHeight: 600, rowHeight: 60, count: 100_000, overscan: 5 }).end).toBe(100_000);
    expect(visibleRange({ scrollTop: 0, viewportHeight: 600, rowHeight: 60, count: 3 })).toEqual({ start: 0, end: 3 });
    expect(visibleRange({ scrollTop: 0, viewportHeight: 600, rowHeight: 60, count: 0 })).toEqual({ start: 0, end: 0 });
  });
});
