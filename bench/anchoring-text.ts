/**
 * Text editing helpers for the anchoring benchmark: a seeded random generator, and edits that keep track of
 * where the annotated passage went, so every case knows the passage's true location in the edited copy.
 */
import { seededRandom } from '../lib/seeded-random';

/** The benchmark's random source: the same seed gives the same spans. */
export const rng = seededRandom;

/** A seed for one (page, span, case) triple, so cases never share random draws. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return h;
}

export const randInt = (random: () => number, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export interface Span {
  start: number;
  end: number;
}

/** A text under edit plus the passage being followed through the edits. */
export class TrackedText {
  constructor(
    public text: string,
    public span: Span,
  ) {}

  /** Replaces text[at, at + remove) with `insert`, moving or resizing the followed span accordingly. */
  replace(at: number, remove: number, insert: string): void {
    const end = at + remove;
    const delta = insert.length - remove;
    const { start: s, end: e } = this.span;
    if (end <= s) this.span = { start: s + delta, end: e + delta };
    else if (at >= e) this.span = { start: s, end: e };
    else {
      // The edit touches the span: clip the removed part, and keep insertions inside it.
      const newStart = at < s ? at + insert.length : s;
      const newEnd = end > e ? at + (at >= s ? insert.length : 0) : e + delta;
      this.span = { start: Math.min(newStart, newEnd), end: Math.max(newStart, newEnd) };
    }
    this.text = this.text.slice(0, at) + insert + this.text.slice(end);
  }
}

/**
 * Rewrites every character in one pass (edits that touch the whole text, like whitespace noise), following
 * the span: `emit(i)` returns what goes before character i and what replaces it.
 */
export function rewriteChars(
  text: string,
  span: Span,
  emit: (ch: string, i: number) => { before: string; self: string },
): { text: string; span: Span } {
  const out: string[] = [];
  let length = 0;
  let start = 0;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const { before, self } = emit(text[i]!, i);
    out.push(before);
    length += before.length;
    if (i === span.start) start = length;
    out.push(self);
    length += self.length;
    if (i === span.end - 1) end = length;
  }
  return { text: out.join(''), span: { start, end } };
}
