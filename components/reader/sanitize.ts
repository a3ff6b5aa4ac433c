/**
 * The reader view's second line of defence: the cleaner already builds `contentHtml` from an allow-list, and
 * this sanitizes it again with DOMPurify, allowing only what the cleaner emits. Returns a DocumentFragment so
 * nothing is ever parsed through innerHTML in the page; links open in a new tab without an opener.
 */
import DOMPurify, { type Config } from 'dompurify';

/** Exactly the tags lib/cleaner/steps/content-html.ts and dom/segment.ts emit. */
export const READER_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'table',
  'tbody',
  'tr',
  'td',
  'blockquote',
  'pre',
  'figure',
  'img',
  'figcaption',
  'a',
  'em',
  'strong',
  'code',
  'sub',
  'sup',
  'mark',
  'q',
  'cite',
  's',
  'del',
  'ins',
  'u',
  'small',
  'kbd',
  'abbr',
  'br',
];
export const READER_ATTRS = ['href', 'src', 'alt'];

const CONFIG: Config = {
  ALLOWED_TAGS: READER_TAGS,
  ALLOWED_ATTR: READER_ATTRS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only web links and mail; images only over http(s).
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<Window, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.nodeName === 'IMG') {
        if (!/^https?:/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
        // Article images are content, not trackers to load eagerly.
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Sanitized article body, as nodes owned by `doc` (ready to append into the reader's shadow root). */
export function sanitizeArticleHtml(html: string, doc: Document): DocumentFragment {
  const win = doc.defaultView;
  if (!win) throw new Error('sanitizeArticleHtml needs a document with a window');
  const fragment = purifierFor(win).sanitize(html, CONFIG) as unknown as DocumentFragment;
  return doc.importNode(fragment, true);
}

/** A lead image URL the reader may load: http(s) only. */
export function safeImageUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
