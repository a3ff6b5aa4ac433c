/**
 * French and Spanish attribution: quote marks with no-break spaces, incises ("a-t-elle déclaré", "—dijo X—"),
 * dialogue dashes, "que" clauses, "selon"/"según" sources, denials with an infinitive, and pro-drop Spanish.
 * The sentences are written for these tests in the style of French and Spanish news.
 */
import { describe, expect, it } from 'vitest';
import { explainAttributions, guessLanguage, type Attribution } from '../../lib/quotes';

const NB = '\u00a0';
const NNB = '\u202f';
// The rules' findings: calibration may later hide a name it is not sure enough of, which these tests do not judge.
const find = (paragraphs: string[], lang: string): Attribution[] => explainAttributions(paragraphs, { lang }).map((e) => e.attribution);
const byText = (found: Attribution[], text: string): Attribution | undefined => found.find((a) => a.text === text);

describe('French', () => {
  it('reads « » quotes with no-break spaces and an inverted pronoun incise', () => {
    const found = find(
      [
        'La directrice de l’hôpital, Martine Gauthier, a reçu la presse lundi.',
        `«${NB}Nous manquons de lits depuis l’été${NB}», a-t-elle déclaré.`,
      ],
      'fr',
    );
    const quote = byText(found, 'Nous manquons de lits depuis l’été');
    expect(quote?.kind).toBe('quote');
    expect(quote?.speaker?.name).toBe('Martine Gauthier');
  });

  it('splits a quote around an incise inside the guillemets', () => {
    const found = find(
      [`«${NNB}Le chantier prendra du retard, explique le maire, Paul Bertin. Nous ne savons pas encore de combien.${NNB}»`],
      'fr',
    );
    expect(byText(found, 'Le chantier prendra du retard')?.speaker?.name).toBe('Paul Bertin');
    expect(byText(found, 'Nous ne savons pas encore de combien.')?.speaker?.name).toBe('Paul Bertin');
    expect(found.some((a) => a.text.includes('explique'))).toBe(false);
  });

  it('finds a que-clause after a passé composé verb, and the subject after a sentence-final verb', () => {
    const found = find(
      [
        'Le ministre de l’Intérieur, Étienne Marchal, a affirmé que les contrôles seraient renforcés aux frontières.',
        'La préfecture rouvrira la route nationale jeudi, a annoncé mercredi la porte-parole de la préfecture, Sophie Renaud.',
      ],
      'fr',
    );
    const claim = byText(found, 'les contrôles seraient renforcés aux frontières');
    expect(claim?.kind).toBe('claim');
    expect(claim?.speaker?.name).toBe('Étienne Marchal');
    const second = byText(found, 'La préfecture rouvrira la route nationale jeudi');
    expect(second?.kind).toBe('claim');
    expect(second?.speaker?.name).toBe('Sophie Renaud');
  });

  it('reads selon and a denial with an infinitive', () => {
    const found = find(
      [
        'Selon la gendarmerie, le conducteur roulait à plus de 150 km/h.',
        'Le patron de la société, Henri Delmas, a nié avoir été informé des faits.',
      ],
      'fr',
    );
    expect(byText(found, 'le conducteur roulait à plus de 150 km/h')?.speaker?.name).toMatch(/gendarmerie/iu);
    const denial = byText(found, 'avoir été informé des faits');
    expect(denial?.kind).toBe('claim');
    expect(denial?.speaker?.name).toBe('Henri Delmas');
  });

  it('attributes dialogue dash lines, with and without an incise', () => {
    const found = find(
      [
        'Le prévenu, Yann Kerbrat, 34 ans, comparaissait jeudi devant le tribunal de Quimper.',
        '— Pourquoi avez-vous pris le volant ce soir-là ? demande le président, Loïc Guivarc’h.',
        '— Je pensais que ça irait, répond Yann Kerbrat. Je regrette.',
        '— Vous aviez bu six bières.',
        '— Oui.',
      ],
      'fr',
    );
    expect(byText(found, 'Pourquoi avez-vous pris le volant ce soir-là ?')?.speaker?.name).toBe('Loïc Guivarc’h');
    expect(byText(found, 'Je pensais que ça irait')?.speaker?.name).toBe('Yann Kerbrat');
    expect(byText(found, 'Je regrette.')?.speaker?.name).toBe('Yann Kerbrat');
    expect(byText(found, 'Vous aviez bu six bières.')?.speaker?.name).toBe('Loïc Guivarc’h');
    expect(byText(found, 'Oui.')?.speaker?.name).toBe('Yann Kerbrat');
  });

  it("continues a claim into the next sentence in the conditionnel, but not into the journalist's indicative", () => {
    const found = find(
      [
        'Le maire, Gilles Raynaud, a assuré que la piscine rouvrirait en mars. Les travaux coûteraient 2 millions d’euros. Le chantier a commencé lundi.',
      ],
      'fr',
    );
    expect(byText(found, 'Les travaux coûteraient 2 millions d’euros')?.speaker?.name).toBe('Gilles Raynaud');
    expect(found.some((a) => a.text.startsWith('Le chantier'))).toBe(false);
  });

  it('does not take a book title for speech', () => {
    const found = find([`Elle a relu cet hiver «${NB}Les Misérables${NB}» et un essai de Camus.`], 'fr');
    expect(found.filter((a) => a.kind === 'quote')).toEqual([]);
  });
});

describe('Spanish', () => {
  it('reads afirmó que, and a pro-drop verb after a quote', () => {
    const found = find(
      [
        'El alcalde de Cuenca, Julián Moya, afirmó este martes que el nuevo puente estará listo en primavera.',
        '«No vamos a cortar el tráfico en verano», aseguró.',
      ],
      'es',
    );
    const claim = byText(found, 'el nuevo puente estará listo en primavera');
    expect(claim?.kind).toBe('claim');
    expect(claim?.speaker?.name).toBe('Julián Moya');
    const quote = byText(found, 'No vamos a cortar el tráfico en verano');
    expect(quote?.kind).toBe('quote');
    expect(quote?.speaker?.name).toBe('Julián Moya');
  });

  it('splits a dialogue line at its incise', () => {
    const found = find(['—Aquí no se rinde nadie —dijo el entrenador Óscar Llamas—. Quedan doce partidos.'], 'es');
    expect(byText(found, 'Aquí no se rinde nadie')?.speaker?.name).toBe('Óscar Llamas');
    expect(byText(found, 'Quedan doce partidos.')?.speaker?.name).toBe('Óscar Llamas');
  });

  it('reads según, anonymous sources, negó que and y que', () => {
    const found = find(
      [
        'Según el Instituto Nacional de Estadística, el paro bajó un 2% en octubre.',
        'Fuentes del Ministerio de Hacienda indicaron que el decreto se aprobará en enero.',
        'La consejera de Sanidad, Elena Prieto, negó que haya listas de espera y dijo a la prensa que los centros funcionan con normalidad y que no faltan médicos.',
      ],
      'es',
    );
    expect(byText(found, 'el paro bajó un 2% en octubre')?.speaker?.name).toMatch(/Instituto Nacional de Estadística/u);
    const anonymous = byText(found, 'el decreto se aprobará en enero');
    expect(anonymous?.kind).toBe('claim');
    expect(anonymous?.speaker).toBeNull();
    expect(byText(found, 'haya listas de espera')?.speaker?.name).toBe('Elena Prieto');
    expect(byText(found, 'los centros funcionan con normalidad')?.speaker?.name).toBe('Elena Prieto');
    expect(byText(found, 'no faltan médicos')?.speaker?.name).toBe('Elena Prieto');
  });

  it('attributes a spokesperson to the body they speak for', () => {
    const found = find(['Un portavoz de la Guardia Civil explicó que el detenido no opuso resistencia.'], 'es');
    expect(byText(found, 'el detenido no opuso resistencia')?.speaker?.name).toMatch(/Guardia Civil/u);
  });
});

describe('language guess', () => {
  it('tells French and Spanish apart from English and German', () => {
    expect(guessLanguage(['Le gouvernement a annoncé que la réforme des retraites serait votée dans les prochaines semaines.'])).toBe('fr');
    expect(guessLanguage(['El Gobierno ha anunciado que la reforma de las pensiones se aprobará en las próximas semanas.'])).toBe('es');
    expect(guessLanguage(['The government said the pension reform would pass in the coming weeks.'])).toBe('en');
  });
});
