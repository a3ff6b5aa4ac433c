/** The files the popup exports for the current page, built with lib/export. Pure: the caller downloads them. */
import * as v from 'valibot';
import { exportFileName, toClaimReview, toCsv, toMarkdown, toWebAnnotationsJson, type ExportKind, type Library } from '@/lib/export';
import type { ArticleSummary } from '@/lib/messages';
import type { Annotation, PageRecord } from '@/lib/model/annotation';
import { isoDateOrDateTimeSchema } from '@/lib/model/schema';

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

const MIME: Record<ExportKind, string> = {
  markdown: 'text/markdown;charset=utf-8',
  jsonld: 'application/ld+json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  claimreview: 'application/ld+json;charset=utf-8',
};

/**
 * The page as exporters want it: the background's record of it (`stored`, from page/get), so the file
 * re-imports into the same library, with what it lacks (a page saved before its title was known) filled in from
 * the cleaner's summary. With no record, one made from the summary, first and last seen from the annotations.
 */
export function pageLibrary(
  url: string,
  summary: ArticleSummary | null,
  annotations: readonly Annotation[],
  now: Date,
  stored: PageRecord | null = null,
): Library {
  const published = summary?.published && v.is(isoDateOrDateTimeSchema, summary.published) ? summary.published : null;
  if (stored) {
    const page: PageRecord = {
      ...stored,
      title: stored.title || summary?.title || url,
      siteName: stored.siteName ?? summary?.siteName ?? null,
      published: stored.published ?? published,
    };
    return { pages: [page], annotations: [...annotations] };
  }
  const times = annotations.map((a) => a.created).sort();
  const page: PageRecord = {
    url,
    title: summary?.title || url,
    siteName: summary?.siteName ?? null,
    published,
    firstSeen: times[0] ?? now.toISOString(),
    lastSeen: now.toISOString(),
  };
  return { pages: [page], annotations: [...annotations] };
}

/** Whether a ClaimReview export would hold anything: it has claims with a verdict only. */
export const hasReviewableClaims = (annotations: readonly Annotation[]): boolean =>
  annotations.some((a) => a.kind === 'claim' && a.verdict !== null);

export function buildExport(kind: ExportKind, lib: Library, now: Date, generator: string): ExportFile {
  const title = lib.pages[0]?.title;
  const filename = exportFileName(kind, now, title);
  const text =
    kind === 'markdown'
      ? toMarkdown(lib)
      : kind === 'csv'
        ? toCsv(lib)
        : kind === 'claimreview'
          ? `${JSON.stringify(toClaimReview(lib), null, 2)}\n`
          : toWebAnnotationsJson(lib, { exportedAt: now.toISOString(), generator });
  return { filename, mime: MIME[kind], text };
}
