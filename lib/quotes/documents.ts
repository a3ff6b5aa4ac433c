/**
 * Documents and genitives as sources: "a report by the Clean Air Institute", "the ministry's figures", "Eine
 * Studie der Universität Bonn" credit the body behind the document; "des Kultusministeriums" is named in the
 * nominative ("Kultusministerium").
 */
import type { CompiledLanguage } from './lang/compile';
import { bare, type Token } from './names';

export interface DocumentPhrase {
  /** The credited body as written ("the Clean Air Institute", "The ministry"), or null when none is given. */
  source: string | null;
  definite: boolean;
}

const SOURCE_PREPOSITION = /^(?:by|from|of|des|der|eines|einer|von|vom)$/u;
const BREAKS_NOUN_PHRASE =
  /^(?:in|on|at|for|with|to|into|about|im|am|zu|zur|zum|über|für|mit|auf|dans|en|à|au|aux|sur|pour|avec|lors|con|para|sobre|durante|ante|tras)$/u;

/** When the phrase's head noun is a document, who stands behind it; null when the head is no document. */
export function documentPhrase(phrase: string, tokens: readonly Token[], lang: CompiledLanguage): DocumentPhrase | null {
  const nouns = lang.table.documentNouns;
  // The document is the head: "the Pew Research Center" is no research, "the Clean Air report" is a report.
  const at = tokens.findIndex((t, i) => i < 5 && nouns.includes(bare(t.text)) && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
  if (at < 0 || tokens.slice(0, at).some((t) => BREAKS_NOUN_PHRASE.test(t.text) || SOURCE_PREPOSITION.test(t.text))) return null;
  const definite = at > 0 && !lang.table.indefinites.includes(tokens[0]!.text.toLowerCase());
  // "the ministry's report", "Eurostat figures": the owner stands before the document.
  const possessive = tokens.slice(0, at).findIndex((t) => /['’]s?$/u.test(t.text));
  if (possessive >= 0) return { source: phrase.slice(tokens[0]!.start, tokens[possessive]!.end).replace(/['’]s?$/u, ''), definite: true };
  const owner = tokens.slice(0, at).filter((t, i) => i > 0 && /^\p{Lu}/u.test(t.text));
  if (owner.length && !lang.table.capitalizedNouns) return { source: phrase.slice(owner[0]!.start, owner.at(-1)!.end), definite: true };
  // "a report by X", "figures published on Monday by X", "eine Studie der Universität Bonn".
  const by = tokens.findIndex((t, i) => i > at && i <= at + 5 && SOURCE_PREPOSITION.test(t.text));
  if (by >= 0 && tokens[by + 1]) {
    // A German genitive keeps its article ("des Kultusministeriums"), for nominative() to read.
    const keepsArticle = /^(?:des|der|eines|einer)$/u.test(tokens[by]!.text);
    return { source: phrase.slice(keepsArticle ? tokens[by]!.start : tokens[by + 1]!.start).trim(), definite };
  }
  return { source: null, definite };
}

/** German genitive to nominative: "des Kultusministeriums" → "Kultusministerium", "des Statistischen Bundesamtes" → "Statistische Bundesamt". */
export function nominative(name: string, isOrgNoun: (word: string) => boolean = () => false): string {
  const m = /^(?:des|eines)\s+(.+)$/u.exec(name.trim());
  if (!m) return name;
  const words = m[1]!.split(/\s+/);
  const last = words.length - 1;
  const strip = (w: string): string => {
    if (/[^aeiouäöüy]es$/u.test(w) && w.length > 5) return w.slice(0, -2);
    return /[^s]s$/u.test(w) ? w.slice(0, -1) : w;
  };
  return words
    .map((w, i) => {
      // "des Instituts Forsa": the head noun is inflected, the name after it is not.
      if (i < last) return /^\p{Lu}\p{Ll}+en$/u.test(w) ? w.slice(0, -1) : isOrgNoun(strip(w)) ? strip(w) : w;
      return words.slice(0, -1).some((x) => isOrgNoun(strip(x))) ? w : strip(w);
    })
    .join(' ');
}
