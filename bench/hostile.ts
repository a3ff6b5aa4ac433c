/**
 * Inputs a hostile (or just unusual) page can feed Gloss's anchoring, cleaner and import, each of which must
 * finish within a second (issue 13). The input is built before the clock starts; only the call is timed. The
 * unit tests (tests/unit/hostile-inputs.test.ts) run the same inputs against a generous bound; the bench
 * prints how long each one takes.
 */
import { parseHTML } from 'linkedom';
import { anchorText, describeText } from '../lib/anchoring';
import { cleanArticle, detectArticle } from '../lib/cleaner';
import { htmlToText } from '../lib/export/import/html-text';
import { seededRandom } from '../lib/seeded-random';
import { formatTable } from './table';

export interface HostileInput {
  input: string;
  /** Builds the input (not timed) and returns the call to time. */
  prepare(): () => unknown;
  /** For anchoring: whether the passage should still be found (it is unique and barely edited) or orphaned. */
  expected?: 'passage' | 'orphan';
}

/** What an anchoring case's call returns: the range found, and where the passage was. */
export interface AnchoringOutcome {
  found: { start: number; end: number } | null;
  passage: { start: number; end: number };
}

export interface HostileTiming {
  input: string;
  ms: number;
}

const WORDS = (
  'the council said on monday that its plan for the harbour would go ahead despite objections from residents who ' +
  'argued that dredging could damage the estuary and its birds while officials insisted the work was needed to keep ' +
  'ferries running through winter storms according to a report published by the regional authority last week'
).split(' ');

/** `length` characters of sentences of random words (deterministic): prose that never repeats a long run. */
export function prose(length: number, seed = 7): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const words = Array.from({ length: 6 + Math.floor(random() * 14) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    const sentence = `${words.join(' ')}. `;
    parts.push(sentence[0]!.toUpperCase() + sentence.slice(1));
    size += sentence.length;
  }
  return parts.join('').slice(0, length);
}

const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Changes one character in the middle of text[start, end). */
function editOneChar(text: string, start: number, end: number): string {
  const at = (start + end) >> 1;
  return text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
}

const MB2 = 2_000_000;

/**
 * A quote of `quoteLength` characters from the middle of a page, annotated on `annotated(page)` and re-anchored
 * on `now(page)`: the page's text now differs from what the reader annotated (edited), or no longer holds it.
 */
function anchoringCase(
  input: string,
  page: () => string,
  quoteLength: number,
  change: { annotated?: (page: string, start: number, end: number) => string; now?: (page: string, start: number, end: number) => string },
  expected: 'passage' | 'orphan' = 'orphan',
): HostileInput {
  return {
    input,
    expected,
    prepare: () => {
      const text = page();
      const start = (text.length >> 1) - (quoteLength >> 1);
      const end = start + quoteLength;
      const selectors = describeText(change.annotated?.(text, start, end) ?? text, start, end);
      const now = change.now?.(text, start, end) ?? text;
      return (): AnchoringOutcome => ({ found: anchorText(now, selectors), passage: { start, end } });
    },
  };
}

/** The reader annotated a version of the passage one character different from what the page says now. */
const edited = { annotated: editOneChar };
/** The passage is gone: replaced by filler like the rest of the page. */
const removedFor = (filler: (length: number) => string) => ({
  now: (page: string, start: number, end: number): string => page.slice(0, start) + filler(end - start) + page.slice(end),
});
/** The quote was annotated on another page: nothing like it on this one. */
const annotatedOn = (other: () => string) => ({ annotated: (): string => other() });

const letters = (length: number): string => 'a'.repeat(length);
const abab = (length: number): string => repeatTo('ab', length);
const sentences = (length: number): string => repeatTo(prose(180), length);

export const ANCHORING_HOSTILE: readonly HostileInput[] = [
  // Prose never repeats a long run: the edited passage is still there, and found.
  anchoringCase('anchoring: 5,000-char quote, edited, 2 MB prose', () => prose(MB2), 5000, edited, 'passage'),
  anchoringCase(
    'anchoring: 5,000-char quote missing, 2 MB prose',
    () => prose(MB2),
    5000,
    removedFor((n) => prose(n, 99)),
  ),
  anchoringCase("anchoring: 5,000-char quote, edited, 2 MB of 'a'", () => letters(MB2), 5000, edited),
  anchoringCase(
    "anchoring: 5,000-char quote missing, 2 MB of 'a'",
    () => letters(MB2),
    5000,
    annotatedOn(() => prose(MB2)),
  ),
  anchoringCase("anchoring: 5,000-char quote, edited, 2 MB of 'abab…'", () => abab(MB2), 5000, edited),
  anchoringCase(
    "anchoring: 5,000-char quote missing, 2 MB of 'abab…'",
    () => abab(MB2),
    5000,
    removedFor((n) => repeatTo('c', n)),
  ),
  anchoringCase('anchoring: 5,000-char quote, edited, 2 MB of one repeated sentence', () => sentences(MB2), 5000, edited),
  anchoringCase(
    'anchoring: 5,000-char quote missing, 2 MB of one repeated sentence',
    () => sentences(MB2),
    5000,
    annotatedOn(() => prose(MB2)),
  ),
  anchoringCase("anchoring: 1,000-char quote, edited, 20,000 'a'", () => letters(20_000), 1000, edited),
];

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const page = (body: string): string => `<!DOCTYPE html><html lang="en"><head><title>Hostile page</title></head><body>${body}</body></html>`;
const SENTENCE =
  'The harbour authority said on Monday that the dredging work would resume after the storm season ended, ' +
  'and that the ferries would run to the usual timetable.';
const articleParagraphs = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${SENTENCE} Paragraph ${i + 1}.</p>`).join('');

function appendParagraphs(parent: Element, n: number): void {
  for (let i = 0; i < n; i++) parent.appendChild(parent.ownerDocument.createElement('p')).textContent = `${SENTENCE} Paragraph ${i + 1}.`;
}

/** A Document built with DOM calls where HTML could not say it (adjacent text nodes, 10,000 levels). */
function built(shape: (doc: Document) => void): () => Document {
  return () => {
    const doc = parse(page(''));
    shape(doc);
    return doc;
  };
}

function cleanerCase(input: string, doc: () => Document): HostileInput {
  return {
    input,
    prepare: () => {
      const d = doc();
      const url = 'https://hostile.gloss.invalid/2024/05/01/story.html';
      return () => [detectArticle(d, { url }), cleanArticle(d, { url })];
    },
  };
}

export const CLEANER_HOSTILE: readonly HostileInput[] = [
  cleanerCase('cleaner: 100,000 sibling <p>s', () => parse(page(`<article>${articleParagraphs(100_000)}</article>`))),
  cleanerCase('cleaner: 100,000 sibling <div>s', () => parse(page(`${'<div>x</div>'.repeat(100_000)}${articleParagraphs(5)}`))),
  cleanerCase(
    'cleaner: 10,000 nested <div>s',
    built((doc) => {
      let parent: Element = doc.body;
      for (let depth = 0; depth < 10_000; depth += 1) parent = parent.appendChild(doc.createElement('div'));
      appendParagraphs(parent, 5);
    }),
  ),
  cleanerCase(
    'cleaner: 100,000 text nodes in one paragraph',
    built((doc) => {
      const p = doc.body.appendChild(doc.createElement('p'));
      for (let i = 0; i < 100_000; i += 1) p.appendChild(doc.createTextNode(`word${i} `));
    }),
  ),
  cleanerCase('cleaner: 1 MB single text node', () => parse(page(`<article><p>${repeatTo(`${SENTENCE} `, 1_000_000)}</p></article>`))),
];

export const IMPORT_HOSTILE: readonly HostileInput[] = [
  {
    input: "import: 1 MB of '<'",
    prepare: () =>
      (
        (html) => () =>
          htmlToText(html)
      )('<'.repeat(1_000_000)),
  },
  {
    input: "import: 1 MB of '<script>'",
    prepare: () =>
      (
        (html) => () =>
          htmlToText(html)
      )(repeatTo('<script>', 1_000_000)),
  },
  {
    input: "import: 1 MB of '&#x1'",
    prepare: () =>
      (
        (html) => () =>
          htmlToText(html)
      )(repeatTo('&#x1', 1_000_000)),
  },
  {
    input: 'import: 1 MB of spaces',
    prepare: () =>
      (
        (html) => () =>
          htmlToText(html)
      )(`a${' '.repeat(1_000_000)}b`),
  },
];

export function timeHostile(inputs: readonly HostileInput[]): HostileTiming[] {
  return inputs.map(({ input, prepare }) => {
    const call = prepare();
    const t0 = performance.now();
    call();
    return { input, ms: performance.now() - t0 };
  });
}

export function formatHostile(title: string, timings: readonly HostileTiming[]): string {
  const rows = timings.map((t) => [t.input, t.ms.toFixed(0), t.ms < 1000 ? 'met' : 'NOT met']);
  return [title, formatTable(['hostile input', 'ms', 'goal < 1000 ms'], rows)].join('\n');
}
