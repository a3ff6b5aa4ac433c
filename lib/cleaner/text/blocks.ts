/**
 * Step 1: split a text / Markdown rendering into blocks. Blank lines separate blocks; inside a group of lines,
 * headings, list items, quotes, table rows and tab-separated rows (menus, counters) stand alone, and plain lines
 * are joined only when they look hard-wrapped (similar widths, the earlier line full).
 */
import { cleanInline, isWhollyEmphasized } from './inline';
import type { Block, BlockKind } from './types';
import { detectWrapWidth, joinWrappedLines } from './wrap';

export function normalizeText(input: string): string {
  return (
    input
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(/\f/g, '\n\n')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/[\u00A0\u2007\u202F]/g, ' ')
      // eslint-disable-next-line no-control-regex -- stray control characters in OCR / PDF dumps
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, ' ')
      // Wide gaps inside a line are columns (pdftotext -layout, fixed-width dumps): treat them like tabs.
      .replace(/(\S) {5,}(?=\S)/g, '$1\t')
  );
}

export function makeBlock(kind: BlockKind, raw: string, extra: Partial<Block> = {}): Block {
  const inline = cleanInline(raw);
  return {
    kind,
    text: inline.text,
    level: 0,
    cells: 1,
    linkChars: inline.linkChars,
    urls: inline.urls,
    emphasized: isWhollyEmphasized(raw),
    images: inline.images,
    ordered: false,
    ...extra,
  };
}

const ATX = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST = /^(\s*)([-*+•·▪‣]|\d{1,3}[.)])\s+(\S.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const TABLE = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** "Tags:<TAB>Iran<TAB>IS" keeps its list separators; other rows read as words side by side. */
function joinCells(cells: string[]): string {
  const [first, ...rest] = cells;
  if (first && /^[\p{L} ]{2,30}:$/u.test(first) && rest.length > 1 && !rest.some((c) => c.includes(','))) {
    return `${first} ${rest.join(', ')}`;
  }
  return cells.join(' ');
}

function splitGroup(lines: string[], width: number | null): Block[] {
  const blocks: Block[] = [];
  let plain: string[] = [];
  let quote: string[] = [];
  const flushPlain = () => {
    for (const para of joinWrappedLines(plain, width)) blocks.push(makeBlock('para', para));
    plain = [];
  };
  const flushQuote = () => {
    if (quote.some((l) => l.trim())) blocks.push(makeBlock('quote', quote.join(' ')));
    quote = [];
  };
  for (const line of lines) {
    const q = QUOTE.exec(line);
    if (q) {
      flushPlain();
      if ((q[1] ?? '').trim() === '') flushQuote();
      else quote.push(q[1] ?? '');
      continue;
    }
    flushQuote();
    const setext = SETEXT.exec(line);
    if (setext && plain.length > 0) {
      const title = plain.pop() ?? '';
      flushPlain();
      blocks.push(makeBlock('heading', title, { level: setext[1]?.startsWith('=') ? 1 : 2 }));
      continue;
    }
    if (RULE.test(line)) {
      flushPlain();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flushPlain();
      if ((atx[2] ?? '').trim()) blocks.push(makeBlock('heading', atx[2] ?? '', { level: atx[1]?.length ?? 1 }));
      continue;
    }
    const item = LIST.exec(line);
    if (item) {
      flushPlain();
      blocks.push(makeBlock('list', item[3] ?? '', { ordered: /\d/.test(item[2] ?? '') }));
      continue;
    }
    if (TABLE.test(line)) {
      flushPlain();
      if (TABLE_RULE.test(line)) continue;
      const cells = line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean);
      if (cells.length) blocks.push(makeBlock('row', cells.join(' | '), { cells: cells.length }));
      continue;
    }
    const cells = line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean);
    if (line.includes('\t')) {
      flushPlain();
      if (cells.length === 0) continue;
      blocks.push(makeBlock('para', joinCells(cells), { cells: cells.length }));
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (plain.length === 0 && last?.kind === 'list' && /^\s{2,}\S/.test(line)) {
      blocks[blocks.length - 1] = makeBlock('list', last.text + ' ' + line.trim(), { ordered: last.ordered });
      continue;
    }
    plain.push(line);
  }
  flushPlain();
  flushQuote();
  return blocks;
}

function isPlainLine(line: string): boolean {
  return !line.includes('\t') && ![ATX, SETEXT, RULE, LIST, QUOTE, TABLE].some((re) => re.test(line));
}

/** Runs of consecutive plain lines: what a hard wrap would have produced. */
function plainRuns(lines: string[]): string[][] {
  const runs: string[][] = [[]];
  for (const line of lines) {
    if (isPlainLine(line)) runs[runs.length - 1]?.push(line);
    else runs.push([]);
  }
  return runs.filter((r) => r.length > 0);
}

type Chunk = { lines: string[] } | { code: string };

function preBlock(code: string): Block {
  return { ...makeBlock('pre', ''), text: code.trim() };
}

export function splitBlocks(input: string): Block[] {
  const chunks: Chunk[] = [];
  let group: string[] = [];
  let fence: string | null = null;
  let code: string[] = [];
  const flush = () => {
    if (group.length) chunks.push({ lines: group });
    group = [];
  };
  for (const line of normalizeText(input).split('\n')) {
    if (fence !== null) {
      if (line.trim().startsWith(fence)) {
        chunks.push({ code: code.join('\n') });
        fence = null;
        code = [];
      } else code.push(line);
      continue;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      flush();
      fence = open[1] ?? '```';
      continue;
    }
    if (line.trim() === '') flush();
    else group.push(line);
  }
  flush();
  if (fence !== null) chunks.push({ code: code.join('\n') });
  const width = detectWrapWidth(chunks.flatMap((c) => ('lines' in c ? plainRuns(c.lines) : [])));
  const blocks = chunks.flatMap((c) => ('lines' in c ? splitGroup(c.lines, width) : [preBlock(c.code)]));
  return blocks.filter((b) => b.text !== '' || b.images.length > 0);
}
