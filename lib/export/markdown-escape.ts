/**
 * Escaping user text (quotes, comments, names, titles from the web) so Markdown renders it as the same text:
 * no accidental emphasis, links, HTML, headings or lists, and no javascript: links from a hostile page.
 */

/** Characters that start inline syntax anywhere (CommonMark allows a backslash before any ASCII punctuation). */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&]/g;

export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&');
}

/** One line of user text: inline escapes, plus the markers that only count at the start of a line. */
export function escapeLine(line: string): string {
  return escapeInline(line.trimStart()) // 4+ leading spaces would make a code block
    .replace(/^([-+=])/, '\\$1') // list item, setext underline
    .replace(/^(\d+)([.)])/, '$1\\$2'); // ordered list item
}

/** Text on one line (headings, list items, names): line breaks become spaces. */
export function escapeSingleLine(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * Multi-line user text as Markdown lines. Paragraph breaks stay; single line breaks become hard breaks (a
 * trailing backslash) so the reader's own line layout survives rendering.
 */
export function escapeBlock(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/).map((line) => escapeLine(line).trimEnd());
  return lines.map((line, i) => (line !== '' && (lines[i + 1] ?? '') !== '' ? `${line}\\` : line));
}

/** Blockquote lines (`> …`, and `>` for blank lines so the quote is not split). */
export function blockquote(text: string): string[] {
  return escapeBlock(text).map((line) => (line === '' ? '>' : `> ${line}`));
}

/** A link for http(s) URLs only; anything else (javascript:, data:) is shown as text, never linked. */
export function link(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeSingleLine(label === url ? url : `${label} (${url})`);
  const destination = url.replace(/[<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeSingleLine(label)}](<${destination}>)`;
}
