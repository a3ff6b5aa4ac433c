/**
 * Step 2: re-join paragraphs that a PDF / OCR / text dump broke in two. A block that does not end a sentence,
 * followed by a block that starts in lower case, is the same paragraph (`"...," Mousavian` + `stressed.`).
 */
import type { Block } from './types';

/** Sentence-final punctuation, allowing closing quotes and brackets after it. */
export const TERMINAL = /[.!?…:;。！？؟۔]["'”’»)\]]*$/u;

export function endsSentence(text: string): boolean {
  return TERMINAL.test(text.trim());
}

export function startsLowercase(text: string): boolean {
  return /^["'“‘(«]?\p{Ll}/u.test(text.trim());
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function canContinue(a: Block, b: Block): boolean {
  if (a.kind !== b.kind || (a.kind !== 'para' && a.kind !== 'quote')) return false;
  if (a.cells > 1 || b.cells > 1) return false;
  if (endsSentence(a.text) || !startsLowercase(b.text)) return false;
  // Short lower-case menu entries ("news", "sport") are not a broken sentence.
  return a.text.length >= 30 || wordCount(a.text) >= 4;
}

function joinText(a: string, b: string): string {
  return /\p{L}-$/u.test(a) ? a + b : `${a} ${b}`;
}

export function mergeContinuations(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (previous && canContinue(previous, block)) {
      out[out.length - 1] = {
        ...previous,
        text: joinText(previous.text, block.text),
        linkChars: previous.linkChars + block.linkChars,
        urls: previous.urls + block.urls,
        images: [...previous.images, ...block.images],
        emphasized: previous.emphasized && block.emphasized,
      };
    } else out.push(block);
  }
  return out;
}
