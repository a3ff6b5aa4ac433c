/** A cautious language guess for text input (the DOM cleaner reads <html lang>; text has no such hint). */

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'it', 'was', 'for', 'with', 'said', 'has', 'have', 'are'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'dem', 'den', 'ein', 'eine', 'auch'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'du', 'au'],
  es: ['el', 'la', 'los', 'las', 'y', 'del', 'que', 'en', 'por', 'una', 'para', 'con', 'es', 'se', 'no'],
  it: ['il', 'di', 'che', 'e', 'della', 'per', 'un', 'una', 'non', 'sono', 'gli', 'nel', 'alla', 'è', 'anche'],
  nl: ['de', 'het', 'een', 'van', 'en', 'dat', 'niet', 'met', 'zijn', 'voor', 'op', 'ook', 'maar', 'bij', 'werd'],
  pt: ['o', 'os', 'da', 'do', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'mais', 'foi', 'ao', 'pelo'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'он', 'из', 'за', 'к', 'было', 'также'],
};
const STOPWORD_SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);

export function guessLanguage(text: string): { lang: string | null; dir: 'ltr' | 'rtl' } {
  const sample = text.slice(0, 20_000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  const share = (re: RegExp) => (sample.match(re) ?? []).length / letters;
  if (share(/\p{Script=Arabic}/gu) > 0.5) return { lang: /[پچژگ]/.test(sample) ? 'fa' : 'ar', dir: 'rtl' };
  if (share(/\p{Script=Hebrew}/gu) > 0.5) return { lang: 'he', dir: 'rtl' };
  if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.1) return { lang: 'ja', dir: 'ltr' };
  if (share(/\p{Script=Hangul}/gu) > 0.3) return { lang: 'ko', dir: 'ltr' };
  if (share(/\p{Script=Han}/gu) > 0.3) return { lang: 'zh', dir: 'ltr' };
  const words = sample
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const counts = STOPWORD_SETS.map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  // Guess only with enough evidence and a clear winner (de/nl, es/pt share many words).
  if (!best || best[1] < 8 || best[1] / words.length < 0.08 || best[1] < 1.5 * (second?.[1] ?? 0)) return { lang: null, dir: 'ltr' };
  return { lang: best[0], dir: 'ltr' };
}
