/** Sentence boundaries inside a paragraph, never inside a quotation, with abbreviations ("Dr.", "U.S.") kept whole. */
import type { LanguageTable } from './lang/types';

export interface Range {
  start: number;
  end: number;
}

// French typography: a no-break space may stand inside « » ("… d’avance. » Elle", ". « Mais"); a Spanish
// dialogue dash may open the next sentence (". —Yo").
const BOUNDARY = /[.!?]+(?:["“”„«»‘’')\]]|[\u00a0\u202f]»)*\s+(?=(?:«[\u00a0\u202f ]?|[—–]\s?|["“”„«»‘’'([])?[\p{Lu}\p{N}])/gu;

/**
 * A dateline opening a paragraph: a place in capitals, an optional date and agency, then a dash or a full stop
 * ("VARENTA, March 4 — ", "PORT AVERY — ", "WERNAU. ", "BERLIN (dpa) – "). It is no part of the first sentence:
 * neither its speaker nor its content.
 */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)*(?:,\s*[^—–.\n]{1,30}?)?(?:\s*\([^)\n]{1,30}\))?(?:\s+[—–-]\s+|\.\s+(?=\p{Lu}))/u;

/** Offset where a paragraph's text starts after its dateline; 0 when there is none. */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text);
  if (!m) return 0;
  // At least three capital letters in a row, so "A. Smith" or "US. " is no dateline.
  return /\p{Lu}{3}/u.test(m[0]) ? m[0].length : 0;
}

/** Sentence ranges of `text`; `inside` are ranges (quote contents) where no sentence may end. */
export function splitSentences(text: string, table: LanguageTable, inside: readonly Range[] = []): Range[] {
  const abbreviations = new Set(table.abbreviations);
  const out: Range[] = [];
  let start = datelineEnd(text);
  BOUNDARY.lastIndex = start;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const dot = m.index;
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
    if (text[dot] === '.' && (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    const end = dot + m[0].trimEnd().length;
    // Inside a quote a full stop ends a sentence only when the quote closes right after it.
    if (inside.some((r) => dot >= r.start && dot < r.end && end <= r.end)) continue;
    out.push({ start, end });
    start = dot + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.trimEnd().length });
  return out.filter((r) => r.end > r.start);
}
