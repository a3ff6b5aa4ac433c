/** What the content script knows about its page: identity (normalized URL), detection, the cleaned article. */
import type { Article } from '@/lib/cleaner';
import { normalizePageUrl } from '@/lib/db/url';
import type { PageInput } from '@/lib/model/schema';
import { scanPage, type PageScan } from './scan';

export interface PageContext {
  readonly doc: Document;
  /** The URL annotations of this page are stored under (canonical link honoured, tracking removed). */
  url(): string;
  /**
   * Detection and the cleaned article, of the page as it is now: a scan made at another address (a single-page
   * app has moved on and page-watch has not noticed yet) is made again first, so another story's title is never
   * recorded for this one.
   */
  scan(): PageScan;
  article(): Article | null;
  /** The page record for `page/upsert`. */
  pageInput(): PageInput;
  /** A single-page app has swapped in another page (see page-watch.ts): its detection and article from now on. */
  replaceScan(next: PageScan): void;
}

export function createPageContext(doc: Document, first: PageScan): PageContext {
  let scan = first;
  const current = (): PageScan => {
    const href = doc.location?.href ?? doc.URL;
    if (normalizePageUrl(scan.url) !== normalizePageUrl(href)) scan = scanPage(doc, href);
    return scan;
  };
  const canonical = () => doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const url = () => normalizePageUrl(doc.location?.href ?? doc.URL, canonical());
  return {
    doc,
    url,
    scan: current,
    article: () => current().article(),
    pageInput() {
      const article = current().article();
      const title = (article?.title ?? doc.title).trim() || url();
      return { url: url(), title: title.slice(0, 2000), siteName: article?.siteName ?? null, published: article?.published ?? null };
    },
    replaceScan(next) {
      scan = next;
    },
  };
}
