/**
 * A generated library for tests and the scale benchmark: deterministic (same seed, same library), valid by the
 * model's schemas, and shaped like real use: many pages on a few hundred sites, a long tail of speakers, accented
 * names, claims with verdicts and sources, a few notes without a quote.
 */
import { seededRandom } from '../seeded-random';
import { VERDICTS, type Annotation, type AnnotationKind, type PageRecord, type Selector, type Source } from '../model/annotation';

export interface SampleOptions {
  pages: number;
  annotations: number;
  seed?: number;
  /** ISO date-time of the earliest page (default 2024-01-01). */
  start?: string;
}

const prng = seededRandom;

const WORDS = (
  'the government said talks would resume next week after officials from both sides met in vienna to discuss ' +
  'sanctions energy prices inflation rose by percent according to figures released on tuesday critics argue ' +
  'that the plan will cost billions while supporters point to jobs created in the region economy minister ' +
  'spokesperson report investigation court ruling election campaign voters poll results climate policy ' +
  'emissions targets hospital waiting lists school funding budget deficit trade agreement border security ' +
  'café naïve résumé coöperation São Paulo München Zürich Kraków Dvořák Ångström'
).split(' ');
const FIRST = [
  'Anna',
  'José',
  'Li',
  'Fatima',
  'Olaf',
  'Chloé',
  'Mehmet',
  'Priya',
  'John',
  'Zoë',
  'Łukasz',
  'Aiyana',
  'Søren',
  'Nguyễn',
  'Maria',
  'Ahmed',
];
const LAST = [
  'García',
  'Smith',
  'Müller',
  'Wang',
  'Okafor',
  'Dubois',
  'Yılmaz',
  'Kowalski',
  'Johansson',
  'Rossi',
  'Haddad',
  'Tanaka',
  'Núñez',
  'Ivanova',
  'Brown',
  'Østergaard',
];
const ROLES = ['finance minister', 'opposition leader', 'spokesperson', 'economist', 'former diplomat', null, null];
const TAGS = ['economy', 'climate', 'health', 'election', 'energy', 'foreign policy', 'follow-up', 'fact-check', 'education', 'migration'];
const TLDS = ['com', 'co.uk', 'de', 'fr', 'org', 'net', 'com.au'];

export function generateLibrary(options: SampleOptions): { pages: PageRecord[]; annotations: Annotation[] } {
  const random = prng(options.seed ?? 1);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + int(4)).toString(16)}${hex(3)}-${hex(12)}`;
  const startMs = Date.parse(options.start ?? '2024-01-01T00:00:00.000Z');
  const speakers = Array.from({ length: Math.max(1, Math.ceil(options.annotations / 50)) }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`,
    role: pick(ROLES),
  }));
  const sites = Array.from({ length: Math.max(1, Math.ceil(options.pages / 30)) }, (_, i) => `news${i}-daily.${TLDS[i % TLDS.length]}`);

  const pages: PageRecord[] = Array.from({ length: options.pages }, (_, i) => {
    const site = sites[i % sites.length]!;
    const firstSeen = new Date(startMs + i * 3 * 3_600_000).toISOString();
    return {
      url: `https://www.${site}/${2024 + (i % 3)}/story-${i}`,
      title: `${words(6)} (${i})`,
      siteName: site.split('.')[0]!,
      published: firstSeen.slice(0, 10),
      firstSeen,
      lastSeen: firstSeen,
    };
  });

  const annotations: Annotation[] = Array.from({ length: options.annotations }, (_, i) => {
    const page = pages[i % pages.length]!;
    const kind: AnnotationKind = i % 10 < 5 ? 'quote' : i % 10 < 8 ? 'claim' : 'note';
    const exact = words(12 + int(20));
    // A minute after the page was first seen, plus i ms: no two annotations on a page share page, kind, text and
    // time, which lib/db would take for one annotation exported twice.
    const created = new Date(Date.parse(page.firstSeen) + 60_000 + i).toISOString();
    const updated = i % 7 === 0 ? new Date(Date.parse(created) + int(86_400_000)).toISOString() : created;
    const start = int(5000);
    const orphan = kind === 'note' && i % 50 === 8;
    const selectors: Selector[] = orphan
      ? []
      : [
          { type: 'TextQuoteSelector', exact, prefix: words(5), suffix: words(5) },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ];
    const sources: Source[] =
      kind === 'claim' && i % 3 === 0
        ? [
            {
              url: `https://factcheck${i % 40}.example.org/check/${i % 997}`,
              title: `Fact check: ${words(4)}`,
              publisher: `Fact Checker ${i % 40}`,
              date: created.slice(0, 10),
              stance: pick(['supports', 'disputes', 'context'] as const),
            },
          ]
        : [];
    if (page.lastSeen < updated) page.lastSeen = updated;
    return {
      id: uuid(),
      kind,
      pageUrl: page.url,
      exact: orphan ? '' : exact,
      selectors,
      speaker: kind === 'note' ? null : pick(speakers),
      verdict: kind === 'claim' ? pick(VERDICTS) : null,
      sources,
      comment: i % 4 === 0 ? words(8) : '',
      tags: i % 3 === 0 ? [pick(TAGS)] : [],
      created,
      updated,
    };
  });
  return { pages, annotations };
}
