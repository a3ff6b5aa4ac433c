/**
 * Markdown for reading and pasting into notes: per page a heading, a line with site, date and link, then the
 * quotes (with who said them), the claims (claimant, verdict, sources with their stance) and the notes.
 */
import type { Annotation, PageRecord, Source } from '../model/annotation';
import { speakerText, STANCE_LABELS, VERDICT_LABELS } from './labels';
import { groupByPage, type Library } from './library';
import { blockquote, escapeBlock, escapeInline, escapeSingleLine, link } from './markdown-escape';

const SECTIONS = [
  { kind: 'quote', heading: 'Quotes' },
  { kind: 'claim', heading: 'Claims' },
  { kind: 'note', heading: 'Notes' },
] as const;

export function toMarkdown(lib: Library): string {
  const blocks: string[][] = [];
  for (const { page, annotations } of groupByPage(lib)) {
    blocks.push(pageHeader(page));
    for (const { kind, heading } of SECTIONS) {
      const items = annotations.filter((a) => a.kind === kind);
      if (items.length === 0) continue;
      blocks.push([`## ${heading}`]);
      for (const a of items) blocks.push(...annotationBlocks(a));
    }
  }
  return blocks.map((lines) => lines.join('\n')).join('\n\n') + (blocks.length > 0 ? '\n' : '');
}

function pageHeader(page: PageRecord): string[] {
  const title = page.title.trim() === '' ? page.url : page.title;
  const facts = [page.siteName ? escapeSingleLine(page.siteName) : null, page.published?.slice(0, 10) ?? null, link(page.url, page.url)];
  return [`# ${escapeSingleLine(title)}`, '', facts.filter((f) => f !== null).join(' · ')];
}

function annotationBlocks(a: Annotation): string[][] {
  const blocks: string[][] = [];
  if (a.exact !== '') blocks.push(blockquote(a.exact));
  if (a.kind === 'quote' && a.speaker) blocks.push([`— ${escapeSingleLine(speakerText(a.speaker))}`]);
  if (a.kind === 'claim') blocks.push(...claimBlocks(a));
  if (a.comment.trim() !== '') blocks.push(escapeBlock(a.comment.trim()));
  if (a.tags.length > 0) blocks.push([`Tags: ${a.tags.map((t) => escapeSingleLine(t)).join(', ')}`]);
  return blocks;
}

function claimBlocks(a: Annotation): string[][] {
  const claimant = a.speaker ? escapeSingleLine(speakerText(a.speaker)) : 'unknown';
  const verdict = a.verdict ? `**${VERDICT_LABELS[a.verdict]}**` : 'not assessed yet';
  const blocks = [[`Claimant: ${claimant}\\`, `Verdict: ${verdict}`]];
  if (a.sources.length > 0) blocks.push(['Sources:'], a.sources.map(sourceItem));
  return blocks;
}

function sourceItem(source: Source): string {
  const details = [source.publisher, source.date].filter((d): d is string => d !== null && d !== '');
  const tail = details.length > 0 ? ` (${details.map((d) => escapeInline(d.replace(/\s+/g, ' '))).join(', ')})` : '';
  return `- ${STANCE_LABELS[source.stance]}: ${link(source.title || source.url, source.url)}${tail}`;
}
