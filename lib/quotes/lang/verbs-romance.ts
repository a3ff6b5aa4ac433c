/**
 * Inflected forms of French and Spanish speech verbs, written out so the cue scanner needs no stemming: the
 * tenses news uses (present, passé composé / pretérito perfecto via the auxiliaries in the tables, passé simple /
 * pretérito indefinido, imparfait / imperfecto) and the present participle, singular and plural.
 */

/** Both apostrophes: "s’insurge" and "s'insurge". */
export const withApostrophes = (forms: readonly string[]): string[] => [
  ...new Set(forms.flatMap((f) => (/['’]/u.test(f) ? [f.replace(/'/gu, '’'), f.replace(/’/gu, "'")] : [f]))),
];

/** French -er verb from its stem ("déclar"): déclare, déclarent, déclaré(e), déclara, déclarait, déclarant. */
export function frEr(stem: string, present = `${stem}e`): string[] {
  // "annonça", "jugeait": c and g keep their sound before a and o.
  const soft = stem.replace(/c$/u, 'ç').replace(/g$/u, 'ge');
  const plural = present.endsWith('e') ? `${present}nt` : `${stem}ent`;
  return [present, plural, `${stem}é`, `${stem}ée`, `${stem}és`, `${soft}a`, `${stem}èrent`, `${soft}ait`, `${soft}aient`, `${soft}ant`];
}

/** French -ir verb of the second group ("avert"): avertit, avertissent, averti, avertissait, avertissant. */
export function frIr(stem: string): string[] {
  return [`${stem}it`, `${stem}issent`, `${stem}i`, `${stem}ie`, `${stem}issait`, `${stem}issant`];
}

/** A reflexive French -er verb ("indign"): s’indigne, s’est indigné(e), se sont indignés, s’indignant. */
export function frReflexive(stem: string, present = `${stem}e`): string[] {
  const elided = /^[aeiouéèêh]/u.test(stem) ? 's’' : 'se ';
  return withApostrophes([
    `${elided}${present}`,
    `${elided}${present}nt`,
    `s’est ${stem}é`,
    `s’est ${stem}ée`,
    `se sont ${stem}és`,
    `se sont ${stem}ées`,
    `${elided}${stem}ant`,
  ]);
}

/** Spanish -ar verb from its stem ("afirm"): afirma, afirman, afirmó, afirmaron, afirmado, afirmaba, afirmando. */
export function esAr(stem: string, present = `${stem}a`): string[] {
  // "explicó" keeps c before ó, but the subjunctive is never a cue, so no qu/gu spelling changes are needed.
  return [present, `${present}n`, `${stem}ó`, `${stem}aron`, `${stem}ado`, `${stem}aba`, `${stem}aban`, `${stem}ando`];
}

/** Spanish -er/-ir verb from its stem ("admit"): admite, admiten, admitió, admitieron, admitido, admitía, admitiendo. */
export function esIr(stem: string, present = `${stem}e`, past = `${stem}ió`): string[] {
  const pastStem = past.replace(/ió$/u, '');
  return [present, `${present}n`, past, `${pastStem}ieron`, `${stem}ido`, `${stem}ía`, `${stem}ían`, `${pastStem}iendo`];
}
