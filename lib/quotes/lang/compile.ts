/**
 * Regexes compiled once per language table: the cue-verb scanner and the adverbial stripper. Built lazily and
 * cached, so each article costs only linear scans.
 */
import type { LanguageTable } from './types';

/** 'document': a verb that reports only with a document subject or an explicit "that" ("a study found that"). */
export type CueKind = 'clause' | 'deny' | 'quote' | 'document';

export interface CueMatch {
  /** Offsets of the cue as written, including a preceding auxiliary ("has said"). */
  start: number;
  end: number;
  /** Offset of the verb itself (after any auxiliary). */
  verbStart: number;
  text: string;
  kind: CueKind;
  /** For separable German verbs: the words between verb and particle ("das Landeskriminalamt am Montag"). */
  middle: string | null;
  middleStart: number;
  /** A participle of an ongoing sentence (-ing): its subject is the main clause's speaker. */
  participle: boolean;
}

export interface CompiledLanguage {
  table: LanguageTable;
  cue: RegExp;
  separableCues: Array<{ re: RegExp; key: string }>;
  kindOf: Map<string, CueKind>;
  /** Leading adverbials to skip before reported content. */
  leadingAdverbial: RegExp;
  /** Trailing adverbials to strip from a speaker phrase. */
  trailingAdverbial: RegExp;
  determiners: Set<string>;
  auxiliaries: RegExp;
  /** French and Spanish: a determiner right before a verb form makes it a noun ("le prévenu"). */
  nounLeft: RegExp | null;
  /** Endings of a reporting participle ("saying", "estimant"). */
  participle: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\-])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\-])';

const cache = new Map<string, CompiledLanguage>();

export function compileLanguage(table: LanguageTable): CompiledLanguage {
  const cached = cache.get(table.code);
  if (cached) return cached;
  const kindOf = new Map<string, CueKind>();
  for (const form of table.quoteOnlyVerbs) kindOf.set(form, 'quote');
  for (const form of table.clauseVerbs) kindOf.set(form, 'clause');
  for (const form of table.denyVerbs) kindOf.set(form, 'deny');
  for (const form of table.denyPhrases) kindOf.set(form, 'deny');
  for (const form of table.documentVerbs) if (!kindOf.has(form)) kindOf.set(form, 'document');
  // Longest first so "pointed out" wins over "pointed".
  const forms = [...kindOf.keys()].sort((a, b) => b.length - a.length);
  const separable = forms.filter((f) => f.includes('…'));
  const plain = forms.filter((f) => !f.includes('…'));
  // French incises invert the subject: "estime-t-elle", "dit-il". The verb is the cue; the pronoun after its
  // hyphen is the speaker, read as the phrase after the cue.
  const inverted = table.invertedPronouns?.length
    ? `(?:(?=-(?:t-)?(?:${table.invertedPronouns.join('|')})${NOT_WORD_AFTER})|${NOT_WORD_AFTER})`
    : NOT_WORD_AFTER;
  const source = `${NOT_WORD_BEFORE}(?:${plain.map(escape).join('|')})${inverted}`;
  // Separable verbs ("teilte … mit") get one regex each, so a stray particle of another verb can't close them.
  const separableCues = separable.map((form) => {
    const [verb, particle] = form.split('…') as [string, string];
    const re = new RegExp(`${NOT_WORD_BEFORE}${escape(verb)}(\\s[^.!?;:„“”"«»]{1,60}?\\s)${escape(particle)}${NOT_WORD_AFTER}`, 'gu');
    return { re, key: form };
  });
  const compiled: CompiledLanguage = {
    table,
    cue: new RegExp(source, 'gu'),
    separableCues,
    kindOf,
    leadingAdverbial: new RegExp(`^(?:\\s*,?\\s*${table.adverbial}${NOT_WORD_AFTER},?)+\\s*`, 'u'),
    // French and Spanish inverted subjects run to the sentence's end ("a indiqué la FFHB dans un communiqué."):
    // the full stop goes with the adverbials.
    trailingAdverbial: table.clauseNeedsComplementizer
      ? new RegExp(`(?:(?:,?\\s+${table.adverbial})+\\s*,?\\s*)?[.!?…]*\\s*$`, 'u')
      : new RegExp(`(?:,?\\s+${table.adverbial})+\\s*,?\\s*$`, 'u'),
    determiners: new Set(table.determiners),
    nounLeft: table.clauseNeedsComplementizer
      ? new RegExp(
          `(?:^|[\\s'’])(?:${[...table.determiners, 'au', 'aux', 'al', 'del'].filter((d) => !/['’]$/u.test(d)).join('|')})\\s+$|(?:^|\\s)[ld]['’]$`,
          'iu',
        )
      : null,
    participle: new RegExp(`(?:${(table.participleEndings ?? ['ing']).join('|')})$`, 'u'),
    auxiliaries: new RegExp(
      `(?:${NOT_WORD_BEFORE}(?:${[...table.cueAuxiliaries]
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|')})\\s+)+$`,
      'u',
    ),
  };
  cache.set(table.code, compiled);
  return compiled;
}

const NOUN_LEFT = /(?:^|\s)(?:the|a|an|its|their|his|her|this|that|these|those|our|my|of|no|such)\s+$/i;
// After a preposition a finite form is a noun ("following reports that", "amid claims"); -ing forms stay verbs.
const PREPOSITION_LEFT = /(?:^|\s)(?:following|amid|despite|over|about|with|from|among|against|after|before|by)\s+$/i;
// "is being recalled", "was announced": a passive reports nothing by its subject ("was quoted as" is an auxiliary).
const PASSIVE_LEFT = /(?:^|\s)(?:is|are|was|were|be|been|being)\s+$/i;

/** Speech cues in text[from, to), with auxiliaries folded in; noun uses ("the report", "his claims") dropped. */
export function findCues(lang: CompiledLanguage, text: string, from = 0, to = text.length): CueMatch[] {
  const out: CueMatch[] = [];
  const push = (index: number, matched: string, key: string, middle: string | null): void => {
    const kind = lang.kindOf.get(key);
    if (!kind) return;
    const left = text.slice(Math.max(0, index - 30), index);
    if (lang.table.code === 'en' && !key.includes(' ')) {
      if (NOUN_LEFT.test(left) || (PREPOSITION_LEFT.test(left) && !key.endsWith('ing')) || PASSIVE_LEFT.test(left)) return;
      // "added to the evidence", "a yellow 'be aware' warning": no speech.
      if (/^add/.test(key) && /^\s+to\b/.test(text.slice(index + matched.length))) return;
    }
    // "le prévenu", "un écrit", "el dicho": after a determiner a participle is a noun ("la calificó" keeps its clitic).
    if (lang.nounLeft && /(?:é|ée|és|u|ue|i|is|ie|it|ado|ido|cho|to)$/u.test(key) && lang.nounLeft.test(left)) return;
    const aux = lang.auxiliaries.exec(left);
    const start = aux ? index - aux[0].length : index;
    const end = index + matched.length;
    out.push({
      start,
      end,
      verbStart: index,
      text: text.slice(start, end),
      kind,
      middle,
      middleStart: middle === null ? -1 : index + matched.indexOf(middle),
      // "was quoted as saying" is a finite report, not a participle hanging on another clause.
      participle: lang.participle.test(key) && !aux,
    });
  };
  const scan = (re: RegExp, keyOf: (m: RegExpExecArray) => string, withMiddle: boolean): void => {
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) push(m.index, m[0], keyOf(m), withMiddle ? m[1]! : null);
  };
  scan(lang.cue, (m) => m[0].replace(/\s+/g, ' '), false);
  for (const { re, key } of lang.separableCues) scan(re, () => key, true);
  if (lang.separableCues.length) out.sort((a, b) => a.start - b.start);
  return out;
}
