/**
 * Hard-wrapped text (PDF dumps, e-mail, Markdown wrapped at 72-80 columns) breaks paragraphs into lines of
 * similar width; a text dump of a page puts one paragraph, headline or menu entry per line instead.
 * The document as a whole tells them apart: a wrapped document has many "full" lines and none much wider.
 */

/** Widest column a hard wrap is expected at. */
const MAX_WRAP_WIDTH = 100;
/** Full lines (followed by another line) needed before calling the document wrapped. */
const MIN_FULL_LINES = 3;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * The wrap width of the document, or null when lines are not hard-wrapped.
 * `groups` are runs of consecutive plain lines (no blank line, heading, list item or tab row between them).
 */
export function detectWrapWidth(groups: string[][]): number | null {
  const lengths = groups
    .flat()
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length < MIN_FULL_LINES + 1) return null;
  const width = percentile(lengths, 0.95);
  if (width > MAX_WRAP_WIDTH || width < 30) return null;
  const full = groups.flatMap((g) => g.slice(0, -1)).filter((l) => l.trim().length >= 0.7 * width).length;
  return full >= MIN_FULL_LINES ? width : null;
}

/** A title-cased short line ("US, Iran Cooperating Against IS") does not continue into the next line. */
function looksLikeTitle(line: string): boolean {
  const words = line
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || /[,;\-–—]$/.test(line.trim())) return false;
  const capitalised = words.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.7;
}

/**
 * Joins the lines of one group that a wrapper broke: the earlier line is full, i.e. the next line's first word
 * would not have fitted on it. Without a wrap width every line stands alone (a lower-case continuation is
 * re-joined later by the merge step).
 */
export function joinWrappedLines(lines: string[], width: number | null): string[] {
  if (width === null || lines.length < 2) return lines.map((l) => l.trim()).filter(Boolean);
  const out: string[] = [];
  let current = '';
  let previous = '';
  for (const line of lines) {
    const hardBreak = /( {2,}|\\)$/.test(previous);
    const firstWord = line.trim().split(/\s+/)[0] ?? '';
    const full = previous.trim().length + 1 + firstWord.length >= 0.85 * width;
    if (current !== '' && full && !hardBreak && !looksLikeTitle(previous)) {
      current = current.replace(/\\$/, '') + ' ' + line.trim();
    } else {
      if (current) out.push(current);
      current = line.trim();
    }
    previous = line;
  }
  if (current) out.push(current);
  return out;
}
