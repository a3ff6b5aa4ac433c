/** What the content script knows about its page: identity (normalized URL), detection, the cleaned article. */
import type { Article } from '@/lib/cleaner';
import { normalizePageUrl } from '@/lib/db/url';
import type { PageInput } from '@/lib/model/schema';
import type { PageScan } from './scan';

export interface PageContext {
  readonly doc: Document;
  readonly isArticle: boolean;
  /** The URL annotations of this page are stored under (canonical link honoured, tracking removed). */
  url(): string;
  article(): Article | null;
  /** The page record for `page/upsert`. */
  pageInput(): PageInput;
}

export function createPageContext(doc: Document, scan: PageScan): PageContext {
  const canonical = () => doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const url = () => normalizePageUrl(doc.location?.href ?? doc.URL, canonical());
  return {
    doc,
    isArticle: scan.detection.isArticle,
    url,
    article: () => scan.article(),
    pageInput() {
      const article = scan.article();
      const title = (article?.title ?? doc.title).trim() || url();
      return { url: url(), title: title.slice(0, 2000), siteName: article?.siteName ?? null, published: article?.published ?? null };
    },
  };
}
