/**
 * Where exactly an approximately matched passage begins and ends. An edited quote's approximate match may leave
 * out a replaced first or last word (fewer edits that way), which highlights a passage that is cut short or
 * starts mid-sentence. Where the context right next to the passage still agrees, the passage starts right after
 * its prefix and ends right before its suffix; a passage that began (ended) the text still does.
 */
import type { AnchorQuery } from './query';
import type { Candidate } from './score';

/** Context characters next to a boundary that must agree exactly to move the boundary onto them. */
const SNAP_CONTEXT = 8;

const endsAt = (text: string, part: string, at: number): boolean => at >= part.length && text.startsWith(part, at - part.length);

/** The offset within `slack` of `at` (nearest first, outwards first) where `fits` holds, or `at`. */
function nearestFit(at: number, slack: number, fits: (offset: number) => boolean): number {
  if (fits(at)) return at;
  for (let d = 1; d <= slack; d++) {
    if (fits(at - d)) return at - d;
    if (fits(at + d)) return at + d;
  }
  return at;
}

function snapStart(text: string, query: AnchorQuery, c: Candidate, slack: number): number {
  if (query.prefix === '') return c.start <= slack ? 0 : c.start;
  const tail = query.prefix.slice(-SNAP_CONTEXT);
  if (tail.length < SNAP_CONTEXT && tail.length < query.prefix.length) return c.start;
  return nearestFit(c.start, slack, (at) => at < c.end && endsAt(text, tail, at));
}

function snapEnd(text: string, query: AnchorQuery, c: Candidate, slack: number): number {
  if (query.suffix === '') return text.length - c.end <= slack ? text.length : c.end;
  const head = query.suffix.slice(0, SNAP_CONTEXT);
  if (head.length < SNAP_CONTEXT && head.length < query.suffix.length) return c.end;
  return nearestFit(c.end, slack, (at) => at > c.start && at <= text.length && text.startsWith(head, at));
}

export function snapToContext(text: string, query: AnchorQuery, c: Candidate): Candidate {
  const slack = c.errors + 2;
  const start = snapStart(text, query, c, slack);
  const end = snapEnd(text, query, { ...c, start }, slack);
  return end > start ? { start, end, errors: c.errors } : c;
}
