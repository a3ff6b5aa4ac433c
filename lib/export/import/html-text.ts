/**
 * Plain text from the small HTML fragments Obsidian Web Clipper stores as highlight content. No DOM: the
 * fragment is never rendered, only reduced to the words a reader selected, so removing tags and decoding
 * entities is enough and keeps lib/ free of browser globals.
 *
 * An imported file is whatever the reader was given, so every step is linear in its length: a tag is a '<'
 * followed by no other '<' before its '>' (so a megabyte of '<' is not scanned once per '<'), and a script or
 * style element's end is looked for once per stretch of text, not once per opening tag.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function htmlToText(html: string): string {
  return (
    dropScriptsAndStyles(html)
      .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
      .replace(/<[^<>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => decodeEntity(name) ?? entity)
      // Runs of blanks become one space; a lone space (most of them) is left as it is rather than replaced by itself.
      .replace(/[\t\f\v\u00a0][ \t\f\v\u00a0]*| [ \t\f\v\u00a0]+/g, ' ')
      .replace(/ *\n[\s]*/g, '\n')
      .trim()
  );
}

/** Where the first `</name>` at or after a position is: remembered, so later opening tags reuse the answer. */
function closingTagFinder(html: string): (name: string, from: number) => { start: number; end: number } | null {
  const known = new Map<string, { from: number; start: number; end: number }>();
  return (name, from) => {
    let found = known.get(name);
    // A search from `found.from` answers for any later position up to what it found (or for all, if nothing).
    if (!found || from < found.from || (found.start !== -1 && found.start < from)) {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = from;
      const match = close.exec(html);
      found = { from, start: match ? match.index : -1, end: match ? match.index + match[0].length : -1 };
      known.set(name, found);
    }
    return found.start === -1 ? null : { start: found.start, end: found.end };
  };
}

/** Script and style elements become a space: their text is code, not words. An unclosed one keeps its text. */
function dropScriptsAndStyles(html: string): string {
  const open = /<(script|style)\b[^<>]*>/gi;
  const closingTag = closingTagFinder(html);
  const parts: string[] = [];
  let copied = 0;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const close = closingTag(match[1]!.toLowerCase(), open.lastIndex);
    if (!close) continue;
    parts.push(html.slice(copied, match.index), ' ');
    copied = close.end;
    open.lastIndex = close.end;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return NAMED[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}
