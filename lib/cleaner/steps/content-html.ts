import type { Block, ImageRef } from '../dom/blocks';
import { escapeAttribute, escapeText } from '../dom/escape';

/**
 * Builds the reader view's HTML from kept blocks only. Every tag comes from this allow-list and every text and
 * attribute is escaped, so nothing of the page's markup (scripts, handlers, styles) can pass through.
 * The reader view sanitizes it again with DOMPurify before rendering, as defence in depth.
 */
export function buildContentHtml(blocks: Block[], images: ImageRef[]): string {
  const out: string[] = [];
  let openGroup: { el: Element; close: string } | null = null;
  let imageIndex = 0;

  const closeGroup = (): void => {
    if (openGroup) out.push(openGroup.close);
    openGroup = null;
  };
  const openGroupFor = (el: Element, open: string, close: string): void => {
    if (openGroup?.el === el) return;
    closeGroup();
    out.push(open);
    openGroup = { el, close };
  };

  for (const b of blocks) {
    while (imageIndex < images.length && (images[imageIndex] as ImageRef).beforeBlock <= b.index) {
      closeGroup();
      out.push(figureHtml(images[imageIndex] as ImageRef));
      imageIndex++;
    }
    if (b.kind === 'li' && b.list) {
      const tag = b.list.localName === 'ol' ? 'ol' : 'ul';
      openGroupFor(b.list, `<${tag}>`, `</${tag}>`);
      out.push(`<li>${b.html}</li>`);
    } else if (b.kind === 'row' && b.table) {
      openGroupFor(b.table, '<table><tbody>', '</tbody></table>');
      out.push(`<tr>${b.html}</tr>`);
    } else if (b.quote) {
      openGroupFor(b.quote, '<blockquote>', '</blockquote>');
      out.push(`<p>${b.html}</p>`);
    } else {
      closeGroup();
      out.push(blockHtml(b));
    }
  }
  closeGroup();
  return out.join('\n');
}

function blockHtml(b: Block): string {
  if (b.kind === 'heading') {
    const level = Math.min(Math.max(b.level, 2), 4);
    return `<h${level}>${b.html}</h${level}>`;
  }
  if (b.kind === 'pre') return `<pre>${escapeText(b.text)}</pre>`;
  return `<p>${b.html}</p>`;
}

function figureHtml(image: ImageRef): string {
  const img = `<img src="${escapeAttribute(image.src)}" alt="${escapeAttribute(image.alt)}">`;
  return image.caption ? `<figure>${img}<figcaption>${escapeText(image.caption)}</figcaption></figure>` : `<figure>${img}</figure>`;
}
