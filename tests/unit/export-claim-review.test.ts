import { describe, expect, it } from 'vitest';
import { exportFileName, toClaimReview } from '../../lib/export';
import type { Annotation, PageRecord, Verdict } from '../../lib/model/annotation';

const PAGE: PageRecord = {
  url: 'https://news.example.org/a',
  title: 'Talks stall',
  siteName: 'Example News',
  published: '2014-11-21',
  firstSeen: '2026-11-20T08:00:00.000Z',
  lastSeen: '2026-11-20T08:00:00.000Z',
};

const claimWith = (verdict: Verdict | null, n: number, speaker: Annotation['speaker'] = null): Annotation => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  kind: 'claim',
  pageUrl: PAGE.url,
  exact: `claim ${n}`,
  selectors: [],
  speaker,
  verdict,
  sources: [],
  comment: '',
  tags: [],
  created: '2026-11-20T08:10:00.000Z',
  updated: `2026-11-2${n}T10:00:00.000Z`,
});

describe('toClaimReview', () => {
  it('reviews only claims with a verdict, with the schema.org shape', () => {
    const quote = { ...claimWith(null, 9), kind: 'quote' as const };
    const doc = toClaimReview({
      pages: [PAGE],
      annotations: [claimWith('false', 1, { name: 'Jane Roe', role: 'senator' }), claimWith(null, 2), quote],
    });
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toEqual([
      {
        '@type': 'ClaimReview',
        '@id': 'urn:uuid:00000000-0000-4000-8000-000000000001',
        claimReviewed: 'claim 1',
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Person', name: 'Jane Roe', jobTitle: 'senator' },
          appearance: { '@type': 'CreativeWork', url: PAGE.url, headline: 'Talks stall', datePublished: '2014-11-21' },
        },
        reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
        url: PAGE.url,
        datePublished: '2026-11-21T10:00:00.000Z',
      },
    ]);
  });

  it('rates from false (1) to supported (5); unverified has a text rating only', () => {
    const verdicts: Verdict[] = ['false', 'misleading', 'disputed', 'supported', 'unverified'];
    const graph = toClaimReview({ pages: [PAGE], annotations: verdicts.map((v, i) => claimWith(v, i)) })['@graph'];
    expect(graph.map((r) => r.reviewRating)).toEqual([
      { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Disputed', ratingValue: 3, bestRating: 5, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Supported', ratingValue: 5, bestRating: 5, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Unverified' },
    ]);
  });

  it('names organizations as Organization, people as Person, and cites sources', () => {
    const claim = {
      ...claimWith('misleading', 3, { name: 'Ministry of Foreign Affairs', role: 'Iran' }),
      comment: 'Figures from 2013.',
      sources: [{ url: 'https://iaea.example/r', title: 'Report', publisher: 'IAEA', date: '2014-11-07', stance: 'disputes' as const }],
    };
    const [review] = toClaimReview({ pages: [PAGE], annotations: [claim] })['@graph'];
    expect((review!.itemReviewed as Record<string, unknown>).author).toEqual({
      '@type': 'Organization',
      name: 'Ministry of Foreign Affairs',
      description: 'Iran',
    });
    expect(review!.reviewBody).toBe('Figures from 2013.');
    expect(review!.citation).toEqual([
      {
        '@type': 'CreativeWork',
        url: 'https://iaea.example/r',
        name: 'Report',
        publisher: { '@type': 'Organization', name: 'IAEA' },
        datePublished: '2014-11-07',
      },
    ]);
  });
});

describe('exportFileName', () => {
  it('names library exports by date and kind', () => {
    expect(exportFileName('jsonld', '2026-11-23T09:30:00.000Z')).toBe('gloss-2026-11-23-library.jsonld');
    expect(exportFileName('markdown', new Date('2026-11-23T23:59:00Z'))).toBe('gloss-2026-11-23-library.md');
    expect(exportFileName('csv', '2026-11-23')).toBe('gloss-2026-11-23-library.csv');
    expect(exportFileName('claimreview', '2026-11-23')).toBe('gloss-2026-11-23-library-claimreview.jsonld');
  });

  it('turns a page title into a safe slug', () => {
    expect(exportFileName('markdown', '2026-11-23', 'Iran: talks "stall" / again?')).toBe('gloss-2026-11-23-iran-talks-stall-again.md');
    expect(exportFileName('markdown', '2026-11-23', '../../etc/passwd')).toBe('gloss-2026-11-23-etc-passwd.md');
    expect(exportFileName('csv', '2026-11-23', 'Évolution du marché')).toBe('gloss-2026-11-23-évolution-du-marché.csv');
    expect(exportFileName('csv', '2026-11-23', 'مرحبا بالعالم')).toBe('gloss-2026-11-23-مرحبا-بالعالم.csv');
    // a right-to-left override could make "txt.exe" display as "exe.txt": control characters never survive
    expect(exportFileName('csv', '2026-11-23', 'report\u202Etxt.exe')).toBe('gloss-2026-11-23-report-txt-exe.csv');
    expect(exportFileName('csv', '2026-11-23', '***')).toBe('gloss-2026-11-23-library.csv');
    expect(exportFileName('csv', 'garbage', 'x')).toBe('gloss-undated-x.csv');
  });

  it('keeps names short without cutting words in half', () => {
    const name = exportFileName('markdown', '2026-11-23', 'word '.repeat(40));
    expect(name.length).toBeLessThanOrEqual('gloss-2026-11-23-.md'.length + 60);
    expect(name).toMatch(/^gloss-2026-11-23-(word-)*word\.md$/);
  });
});
