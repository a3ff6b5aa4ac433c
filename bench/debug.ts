/**
 * Debugging views for improving the cleaner: the worst pages with what was missed / added, and a per-page dump
 * that marks, paragraph by paragraph, how much of each block the other side also has.
 */
import type { ExtractionResult, PageResult } from './extraction';
import { SHINGLE_SIZE, shingleCounts, tokenize } from './metric';

const TOKEN_RE = /[\p{L}\p{N}_]+/gu; // same as metric.ts, with positions

interface Span {
  token: string;
  start: number;
  end: number;
}

function spans(text: string): Span[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => ({ token: m[0], start: m.index, end: m.index + m[0].length }));
}

/** covered[i]: token i sits in at least one shingle that `other` also has (what the metric rewards). */
function coverage(tokens: readonly string[], other: string): boolean[] {
  const theirs = shingleCounts(tokenize(other));
  const covered = tokens.map(() => false);
  if (tokens.length < SHINGLE_SIZE) {
    if (tokens.length && theirs.has(tokens.join(' '))) covered.fill(true);
    return covered;
  }
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++) {
    if (!theirs.has(tokens.slice(i, i + SHINGLE_SIZE).join(' '))) continue;
    for (let k = i; k < i + SHINGLE_SIZE; k++) covered[k] = true;
  }
  return covered;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const half = Math.floor((max - 3) / 2);
  return `${flat.slice(0, half)} … ${flat.slice(-half)}`;
}

/** Longest run of `text` the other side does not have, as a clipped quote, with its length in tokens. */
export function longestUnmatched(text: string, other: string, max = 150): { quote: string; tokens: number } | null {
  const sp = spans(text);
  const covered = coverage(
    sp.map((s) => s.token),
    other,
  );
  let best: [number, number] | null = null;
  for (let i = 0; i < sp.length;) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < sp.length && !covered[j]) j++;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (!best) return null;
  return { quote: clip(text.slice(sp[best[0]]!.start, sp[best[1] - 1]!.end), max), tokens: best[1] - best[0] };
}

const f3 = (x: number): string => x.toFixed(3);

export function shortId(id: string): string {
  return id.slice(0, 10);
}

export interface WorstEntry {
  id: string;
  url: string;
  f1: number;
  precision: number;
  recall: number;
  outputTokens: number;
  truthTokens: number;
  readabilityF1: number | null;
  error: string | null;
  missing: string | null;
  extra: string | null;
}

export function worstPages(extraction: ExtractionResult, n: number): WorstEntry[] {
  const gloss = extraction.results.gloss ?? [];
  const readabilityById = new Map((extraction.results.readability ?? []).map((r) => [r.page.id, r] as const));
  return [...gloss]
    .sort((a, b) => a.score.f1 - b.score.f1 || a.score.recall - b.score.recall || a.page.id.localeCompare(b.page.id))
    .slice(0, n)
    .map((r: PageResult) => ({
      id: r.page.id,
      url: r.page.url,
      f1: r.score.f1,
      precision: r.score.precision,
      recall: r.score.recall,
      outputTokens: tokenize(r.text).length,
      truthTokens: tokenize(r.page.truth).length,
      readabilityF1: readabilityById.get(r.page.id)?.score.f1 ?? null,
      error: r.error,
      missing: longestUnmatched(r.page.truth, r.text)?.quote ?? null,
      extra: longestUnmatched(r.text, r.page.truth)?.quote ?? null,
    }));
}

export function formatWorst(entries: readonly WorstEntry[], total: number): string {
  const lines = [`Worst ${entries.length} of ${total} Gloss pages by F1 (see one with --dump <id>):`, ''];
  lines.push('   #  id          F1     P      R      words out/truth  Readability F1');
  entries.forEach((e, i) => {
    const words = `${e.outputTokens}/${e.truthTokens}`.padEnd(16);
    const rf1 = e.readabilityF1 === null ? '-' : f3(e.readabilityF1);
    lines.push(`${String(i + 1).padStart(4)}  ${shortId(e.id)}  ${f3(e.f1)}  ${f3(e.precision)}  ${f3(e.recall)}  ${words} ${rf1}`);
    lines.push(`      url:     ${e.url}`);
    if (e.error) lines.push(`      error:   ${e.error}`);
    if (e.missing) lines.push(`      missed:  «${e.missing}»`);
    if (e.extra) lines.push(`      extra:   «${e.extra}»`);
  });
  return lines.join('\n');
}

/** `[ 87%] text` per block: the share of its words inside shingles the other side also has. */
function annotateBlocks(blocks: readonly string[], other: string, flag: string): string[] {
  const fullText = blocks.join('\n\n');
  const tokens = tokenize(fullText);
  const covered = coverage(tokens, other);
  let offset = 0;
  return blocks.map((block) => {
    const count = tokenize(block).length;
    const hits = covered.slice(offset, offset + count).filter(Boolean).length;
    offset += count;
    const share = count ? Math.round((100 * hits) / count) : 100;
    const mark = share < 50 ? flag : ' ';
    return `${mark}[${String(share).padStart(3)}%] ${block.replace(/\s+/g, ' ').trim()}`;
  });
}

export function formatDump(extraction: ExtractionResult, id: string): string {
  const gloss = (extraction.results.gloss ?? []).find((r) => r.page.id === id);
  if (!gloss) return `no such page: ${id}`;
  const readability = (extraction.results.readability ?? []).find((r) => r.page.id === id);
  const { page } = gloss;
  const score = (r: PageResult | undefined): string =>
    r ? `F1 ${f3(r.score.f1)}  P ${f3(r.score.precision)}  R ${f3(r.score.recall)}  ${r.ms.toFixed(1)} ms` : '-';
  const rule = '─'.repeat(100);
  const glossBlocks = gloss.text.split(/\n\s*\n/).filter((b) => b.trim());
  const truthBlocks = page.truth.split(/\n+/).filter((b) => b.trim());
  return [
    `page ${page.id}`,
    `url  ${page.url}`,
    `Gloss        ${score(gloss)}${gloss.error ? `  ERROR ${gloss.error}` : ''}`,
    `Readability  ${score(readability)}${readability?.error ? `  ERROR ${readability.error}` : ''}`,
    `longest missed run: «${longestUnmatched(page.truth, gloss.text)?.quote ?? ''}»`,
    `longest extra run:  «${longestUnmatched(gloss.text, page.truth)?.quote ?? ''}»`,
    '',
    'Each block shows the share of its words the other side also has; "-" marks extra text, "!" missed text.',
    '',
    `${rule}\nGLOSS OUTPUT (${glossBlocks.length} block(s), ${tokenize(gloss.text).length} words)\n${rule}`,
    ...(glossBlocks.length ? annotateBlocks(glossBlocks, page.truth, '-') : ['(empty)']),
    '',
    `${rule}\nGROUND TRUTH (${truthBlocks.length} lines, ${tokenize(page.truth).length} words)\n${rule}`,
    ...annotateBlocks(truthBlocks, gloss.text, '!'),
  ].join('\n');
}
