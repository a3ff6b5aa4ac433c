/**
 * Quoted stretches of an article: pairs of quote marks found by a linear scan per paragraph, with nesting
 * (inner marks are skipped inside an outer quote) and quotes that run over several paragraphs (the opening mark
 * repeats at each paragraph start, the closing mark only comes at the end).
 */
import { compileLanguage, findCues, type CueMatch } from './lang/compile';
import type { LanguageTable } from './lang/types';

export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark; the content starts at open + 1. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when the quote runs on into the next paragraph. */
  close: number;
  /** Content offsets (whitespace-trimmed, marks excluded). */
  start: number;
  end: number;
  /** Spans of one multi-paragraph quote share a chain id; a one-paragraph quote has its own. */
  chain: number;
  /** A dialogue line opened by a dash ("— Oui."), not by quote marks: no cue may still mean speech. */
  dash?: boolean;
}

const SINGLE_MARKS = new Set(["'", '‘', '’', '‚', '›', '‹']);
const OPEN_LEFT = /[\s([{\u2014\u2013\-/:;,"“”„«»‘’'‚›‹]/u;
const CLOSE_RIGHT = /[\s)\]}.,;:!?\u2014\u2013\-"“”„«»‘’'‚›‹]/u;
const LETTER = /[\p{L}\p{N}]/u;

// French typography puts a (no-break) space inside « »: one space, then the quote.
const spacedOpen = (text: string, i: number, mark: string, spaced: boolean): boolean =>
  spaced && mark === '«' && /^[ \u00a0\u202f]\S/u.test(text.slice(i + 1, i + 3));
const spacedClose = (text: string, i: number, mark: string, spaced: boolean): boolean =>
  spaced && mark === '»' && i >= 2 && /^\S[ \u00a0\u202f]$/u.test(text.slice(i - 2, i));

function canOpen(text: string, i: number, mark: string, spaced = false): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1];
  if (after === undefined || (/\s/.test(after) && !spacedOpen(text, i, mark, spaced))) return false;
  if (!OPEN_LEFT.test(before)) return false;
  // An apostrophe-like mark opens only before a letter or digit ("'We", not "'90s" — close enough).
  return !SINGLE_MARKS.has(mark) || LETTER.test(after);
}

function canClose(text: string, i: number, mark: string, spaced = false): boolean {
  const before = text[i - 1];
  const after = i + 1 < text.length ? text[i + 1]! : ' ';
  if (before === undefined || (/\s/.test(before) && !spacedClose(text, i, mark, spaced))) return false;
  if (!CLOSE_RIGHT.test(after)) return false;
  if (!SINGLE_MARKS.has(mark)) return true;
  // "farmers' union": a plural possessive, not a closing quote, when a lower-case word follows.
  if (before === 's' && after === ' ' && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  return true;
}

/** Index of the mark closing an opener at `from`, honouring nesting for asymmetric pairs; -1 when none. */
function findClose(text: string, from: number, open: string, close: string, spaced: boolean): number {
  let depth = 0;
  let scanned = from;
  for (let j = text.indexOf(close, from + 1); j >= 0; j = text.indexOf(close, j + 1)) {
    if (open !== close) depth += countOpeners(text, scanned, j, open, spaced);
    scanned = j;
    if (canClose(text, j, close, spaced)) {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** Openers of the same kind between two closers deepen the nesting ("„a „b“ c“"). Counts in (from, to). */
function countOpeners(text: string, from: number, to: number, open: string, spaced: boolean): number {
  let n = 0;
  for (let k = text.indexOf(open, from + 1); k >= 0 && k < to; k = text.indexOf(open, k + 1)) if (canOpen(text, k, open, spaced)) n++;
  return n;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

type Piece = Pick<QuoteSpan, 'open' | 'close' | 'start' | 'end'>;

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const DASH_LINE = /^\s*[—–]\s*\S/u;
// Before an incise's verb: a dash ("… Corrientes —explica"), or a comma, "?" or "!" (", répond", "? demande"),
// with an inverted auxiliary ("…, a-t-il répondu").
const DASH_INCISE = /\s*[—–]\s*$/u;
const COMMA_INCISE = /(?:,|([?!…]))\s*(?:a-t-(?:il|elle|on)\s+)?$/u;
const INCISE_STOP = /[.!?…]\s+(?=\S)/u;

/**
 * The first incise ("—dijo X—", ", répond X.") after `from` in text[from, to): where the speech before it ends
 * (`end`), the offset standing for its closing mark (`close`), and the offset just before the speech resumes
 * (`resume`, -1 when the incise ends the stretch).
 */
function findIncise(
  text: string,
  cues: readonly CueMatch[],
  from: number,
  to: number,
): { end: number; close: number; resume: number } | null {
  for (const cue of cues) {
    if (cue.start < from || cue.kind === 'document' || cue.end > to) continue;
    const pre = text.slice(from, cue.start);
    const dash = DASH_INCISE.exec(pre);
    const punct = dash ? null : COMMA_INCISE.exec(pre);
    if (!dash && !punct) continue;
    const rest = text.slice(cue.end, to);
    if (dash) {
      const closing = rest.search(/[—–]/u);
      if (closing >= 0 && words(rest.slice(0, closing)) > 15) continue;
      const after = closing < 0 ? -1 : cue.end + closing + (/^[—–][.,;:]/u.test(rest.slice(closing)) ? 1 : 0);
      const resume = after >= 0 && text.slice(after + 1, to).trim() ? after : -1;
      return { end: from + dash.index, close: from + pre.lastIndexOf(dash[0].trim()), resume };
    }
    const stop = INCISE_STOP.exec(rest);
    if (words(stop ? rest.slice(0, stop.index) : rest) > 15) continue;
    const end = from + punct!.index + (punct![1] ? 1 : 0);
    return { end, close: end, resume: stop ? cue.end + stop.index + stop[0].trimEnd().length - 1 : -1 };
  }
  return null;
}

/** A dialogue line "— Vous rouliez à 112 km/h, rappelle la présidente." as one or two spans around its incise. */
function dashLineSpans(text: string, cues: readonly CueMatch[]): Piece[] {
  const open = text.search(/[—–]/u);
  const incise = findIncise(text, cues, open + 1, text.length);
  const [start, end] = trimmed(text, open + 1, incise ? incise.end : text.length);
  const out: Piece[] = end > start ? [{ open, close: incise ? incise.close : text.length, start, end }] : [];
  if (incise && incise.resume >= 0) {
    const [s, e] = trimmed(text, incise.resume + 1, text.length);
    if (e > s) out.push({ open: incise.resume, close: text.length, start: s, end: e });
  }
  return out;
}

/** « Nous déciderons en conscience, a indiqué X. Rien n'est écrit. »: two spans, the incise left outside. */
function splitAtIncise(text: string, cues: readonly CueMatch[], span: Piece): Piece[] {
  const incise = findIncise(text, cues, span.start, span.end);
  if (!incise) return [span];
  const [start, end] = trimmed(text, span.start, incise.end);
  if (end <= start) return [span];
  const first = { open: span.open, close: incise.close, start, end };
  if (incise.resume < 0) return [first];
  const [s, e] = trimmed(text, incise.resume + 1, span.end);
  return e > s ? [first, { open: incise.resume, close: span.close, start: s, end: e }] : [first];
}

/** All top-level quote spans of an article, paragraph by paragraph, in reading order. */
export function findQuoteSpans(paragraphs: readonly string[], table: LanguageTable): QuoteSpan[] {
  const openers = new Map<string, string[]>();
  for (const [open, close] of table.quotePairs) openers.set(open, [...(openers.get(open) ?? []), close]);
  const candidates = new RegExp(`[${[...openers.keys()].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'gu');
  const spaced = table.spacedGuillemets === true;
  const dialogue = table.dialogueDashes ? compileLanguage(table) : null;
  const spans: QuoteSpan[] = [];
  let chains = 0;
  let runningOpen: string | null = null;
  paragraphs.forEach((text, paragraph) => {
    const lead = text.search(/\S/);
    const continues = runningOpen !== null && lead >= 0 && text[lead] === runningOpen;
    runningOpen = null;
    // Speech verbs of the paragraph, found once (a linear scan), for the incises of all its quotes.
    const cues = dialogue ? findCues(dialogue, text) : [];
    if (dialogue && DASH_LINE.test(text)) {
      for (const piece of dashLineSpans(text, cues)) spans.push({ paragraph, ...piece, chain: ++chains, dash: true });
      return;
    }
    candidates.lastIndex = 0;
    for (let next = candidates.exec(text); next; next = candidates.exec(text)) {
      const i = next.index;
      const closers = openers.get(text[i]!);
      if (!closers || !canOpen(text, i, text[i]!, spaced)) continue;
      let closeAt = -1;
      for (const close of closers) {
        closeAt = findClose(text, i, text[i]!, close, spaced);
        if (closeAt >= 0) break;
      }
      const runsOn = closeAt < 0;
      // An unclosed mark is a quote only when it runs to the paragraph's end and the next paragraph reopens it.
      if (runsOn && !(paragraphs[paragraph + 1]?.trimStart().startsWith(text[i]!) ?? false)) continue;
      const close = runsOn ? text.length : closeAt;
      const [start, end] = trimmed(text, i + 1, close);
      if (end > start) {
        const chain = i === lead && continues ? (spans.at(-1)?.chain ?? ++chains) : ++chains;
        const pieces = dialogue ? splitAtIncise(text, cues, { open: i, close, start, end }) : [{ open: i, close, start, end }];
        for (const piece of pieces) spans.push({ paragraph, ...piece, chain });
      }
      if (runsOn) {
        runningOpen = text[i]!;
        break;
      }
      candidates.lastIndex = closeAt + 1;
    }
  });
  return spans;
}
