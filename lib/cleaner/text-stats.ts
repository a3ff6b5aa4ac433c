const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
const LETTERS = /\p{L}/gu;

/** Words as a reader counts them: runs of letters or digits (works for Latin, Cyrillic, Arabic…). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

/** The page's declared direction, else right-to-left when most letters are Hebrew or Arabic script. */
export function textDirection(doc: Document, sample: string): 'ltr' | 'rtl' {
  const declared = (doc.documentElement?.getAttribute('dir') ?? doc.querySelector('body')?.getAttribute('dir') ?? '').toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  const head = sample.slice(0, 2000);
  const rtl = head.match(RTL_CHARS)?.length ?? 0;
  const letters = head.match(LETTERS)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.3 ? 'rtl' : 'ltr';
}

/** Letters and digits only, lower-cased, single-spaced: for comparing a block with the title, byline or description. */
export function foldForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
