/**
 * schema.org ClaimReview (https://schema.org/ClaimReview) for claims the reader has given a verdict, for
 * fact-checkers who publish their reviews. One JSON-LD document with the reviews in `@graph`.
 *
 * Rating scale 1–5, truest highest: false 1, misleading 2, disputed 3, supported 5 (4 would be "mostly true",
 * which Gloss has no verdict for). "Unverified" is a verdict but not a rating, so it gets the text rating
 * (`alternateName`) and no number, as schema.org allows.
 */
import type { Annotation, PageRecord, Speaker, Verdict } from '../model/annotation';
import { VERDICT_LABELS } from './labels';
import { pageOf, pagesByUrl, type Library } from './library';

const RATING_VALUE: Record<Verdict, number | null> = { false: 1, misleading: 2, disputed: 3, unverified: null, supported: 5 };

/** Words that mark a claimant as an organization rather than a person (heuristic: the model has no type). */
const ORGANIZATION_WORDS =
  /\b(ministry|ministère|department|agency|government|office|council|committee|commission|party|union|association|institute|university|inc|ltd|llc|corp|corporation|company|group|bank|police|army|embassy|news|times|post|press|agence|foundation|organi[sz]ation|parliament|senate|court|administration|bureau|authority|service)\b/iu;

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': Record<string, unknown>[];
}

export function toClaimReview(lib: Library): ClaimReviewDocument {
  const pages = pagesByUrl(lib.pages);
  const reviews = lib.annotations.filter((a) => a.kind === 'claim' && a.verdict !== null).map((a) => claimReview(a, pageOf(pages, a)));
  return { '@context': 'https://schema.org', '@graph': reviews };
}

function claimReview(a: Annotation, page: PageRecord): Record<string, unknown> {
  const verdict = a.verdict as Verdict;
  const rating = RATING_VALUE[verdict];
  return {
    '@type': 'ClaimReview',
    '@id': `urn:uuid:${a.id}`,
    claimReviewed: a.exact,
    itemReviewed: {
      '@type': 'Claim',
      ...(a.speaker ? { author: author(a.speaker) } : {}),
      appearance: {
        '@type': 'CreativeWork',
        url: page.url,
        headline: page.title,
        ...(page.published ? { datePublished: page.published } : {}),
      },
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: VERDICT_LABELS[verdict],
      ...(rating === null ? {} : { ratingValue: rating, bestRating: 5, worstRating: 1 }),
    },
    ...(a.comment.trim() !== '' ? { reviewBody: a.comment } : {}),
    ...(a.sources.length > 0
      ? {
          citation: a.sources.map((s) => ({
            '@type': 'CreativeWork',
            url: s.url,
            ...(s.title ? { name: s.title } : {}),
            ...(s.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
            ...(s.date ? { datePublished: s.date } : {}),
          })),
        }
      : {}),
    url: page.url,
    datePublished: a.updated,
  };
}

function author(speaker: Speaker): Record<string, unknown> {
  if (ORGANIZATION_WORDS.test(speaker.name)) {
    return { '@type': 'Organization', name: speaker.name, ...(speaker.role ? { description: speaker.role } : {}) };
  }
  return { '@type': 'Person', name: speaker.name, ...(speaker.role ? { jobTitle: speaker.role } : {}) };
}
