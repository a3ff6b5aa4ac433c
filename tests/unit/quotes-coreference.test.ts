/**
 * Speaker resolution over long articles: surnames with particles, honorifics, role nouns, pronouns, acronyms and
 * nicknames traced back to the full name first given. Every sentence here is new (none comes from a fixture set).
 */
import { describe, expect, it } from 'vitest';
import { explainAttributions } from '../../lib/quotes';

/** The rules' own findings (before calibration drops names it is unsure of): what these tests are about. */
const findAttributions = (...args: Parameters<typeof explainAttributions>) => explainAttributions(...args).map((e) => e.attribution);

const speakers = (paragraphs: string[], lang = 'en'): Array<string | null> =>
  findAttributions(paragraphs, { lang }).map((a) => a.speaker?.name ?? null);

describe('full names with particles, post-nominals and nicknames', () => {
  it('keeps particles in the name and maps a later "de la Cruz" or bare surname back to it', () => {
    expect(
      speakers([
        'Tomás de la Cruz, a fisherman from the harbour, said the catch had halved.',
        '“We are mending nets we cannot use,” de la Cruz said.',
      ]),
    ).toEqual(['Tomás de la Cruz', 'Tomás de la Cruz']);
    expect(
      speakers(['Pieter van den Berg, who runs the ferry, said the fares would rise.', 'Van den Berg said the company had no choice.']),
    ).toEqual(['Pieter van den Berg', 'Pieter van den Berg']);
  });

  it('reads Irish and Welsh particles and drops post-nominal letters', () => {
    expect(speakers(['Síofra Ó Dálaigh said the bridge would reopen in May.'])).toEqual(['Síofra Ó Dálaigh']);
    expect(speakers(['The barrister, Oliver Penrose KC, said the appeal had merit.'])).toEqual(['Oliver Penrose']);
  });

  it('drops a nickname in marks inside a name, and does not report it as a quote', () => {
    const found = findAttributions(['Winger Daniel “Dazzle” Okoye said the team deserved the point.'], { lang: 'en' });
    expect(found.map((a) => [a.kind, a.speaker?.name])).toEqual([['claim', 'Daniel Okoye']]);
  });

  it('maps a partial name back to the full one: "Lopez Garcia" after "Marta Elena Lopez Garcia"', () => {
    expect(speakers(['Marta Elena Lopez Garcia won the final in three sets.', '“I was lucky with the wind,” Lopez Garcia said.'])).toEqual([
      'Marta Elena Lopez Garcia',
    ]);
  });

  it('handles German particles after the verb ("sagte Konstantin von Adelsheim", "so von Adelsheim")', () => {
    expect(
      speakers(
        [
          'Die Brücke bleibe bis Juni gesperrt, sagte Ortsvorsteher Konrad von Adelsheim am Montag.',
          'Man prüfe eine Fähre, so von Adelsheim.',
        ],
        'de',
      ),
    ).toEqual(['Konrad von Adelsheim', 'Konrad von Adelsheim']);
  });
});

describe('two people with the same surname', () => {
  it('gives "Mr"/"Ms" plus surname to the one mentioned most recently', () => {
    expect(
      speakers([
        'Greta Holm, the bakery owner, said rents had doubled.',
        'Her brother Anders Holm runs the café next door.',
        '“We might have to close,” Mr Holm said.',
      ]),
    ).toEqual(['Greta Holm', 'Anders Holm']);
  });
});

describe('organisations and acronyms', () => {
  it('reports the full name as first written when the acronym speaks later', () => {
    expect(
      speakers([
        'The Coastal Rescue Federation (CRF) patrols 40 miles of coast.',
        'The CRF said three people had been pulled from the water since Friday.',
      ]),
    ).toEqual(['The Coastal Rescue Federation']);
  });

  it('names the organisation without its bracketed acronym when both stand before the verb', () => {
    expect(speakers(['The Northern Grid Authority (NGA), which runs the network, said supply was secure.'])).toEqual([
      'The Northern Grid Authority',
    ]);
  });

  it('does not turn "the team Rosa Blu" into a person', () => {
    expect(
      speakers(['Luca Ferrante, who rides for the team Rosa Blu, denied the charge.', '“I have done nothing wrong,” he said.']),
    ).toEqual(['Luca Ferrante']);
  });
});

describe('role nouns and pronouns', () => {
  it('resolves German "der Angeklagte" and "der 38-Jährige" to the person named before', () => {
    expect(
      speakers(
        [
          'Jannik Brösel äußerte sich am Mittwoch erstmals vor Gericht.',
          'Er habe die Kasse nicht angerührt, sagte der 38-Jährige.',
          'Die Staatsanwaltschaft sieht das anders. Das Geld sei verschwunden gewesen, erklärte der Angeklagte.',
        ],
        'de',
      ),
    ).toEqual(['Jannik Brösel', 'Jannik Brösel']);
  });

  it('gives a role no one holds yet to the person named right after it in the paragraph', () => {
    expect(
      speakers([
        'Ruth Amadi, a parent, said the school had been cold all winter.',
        "The county's head of education, who started in March, said the boilers would be replaced. Dr Felix Morrow said the work would take a month.",
      ]),
    ).toEqual(['Ruth Amadi', 'Felix Morrow', 'Felix Morrow']);
  });

  it('reads a pronoun after a leading participle phrase ("Speaking outside court, she said")', () => {
    expect(
      speakers(['Nadia Karim, 31, is suing her former employer.', 'Speaking outside court, she said the firm had ignored her complaints.']),
    ).toEqual(['Nadia Karim']);
  });

  it('prefers the subject of the last sentence over a person named as its object', () => {
    expect(
      speakers([
        'Owen Blake, 44, denies robbing the jeweller Victor Hale in June.',
        'Giving evidence on Tuesday, he said he had been at home that night.',
      ]),
    ).toEqual(['Owen Blake']);
  });

  it('lets the honorific "Mr" decide the gender so "she" skips him', () => {
    expect(
      speakers([
        'The lawyer, Imogen Sallow, questioned the witness about Mr Dunmore.',
        "Jorge Dunmore had left the house at nine, said Mr Dunmore's neighbour.",
        '“Did you see him leave?” she asked.',
      ]).at(-1),
    ).toBe('Imogen Sallow');
  });

  it('keeps anonymous plural sources unnamed', () => {
    expect(
      speakers([
        'Aida Rahman, the council leader, said the plan was fair.',
        'Shopkeepers on the high street said they had not been consulted.',
      ]),
    ).toEqual(['Aida Rahman', null]);
  });
});

describe('unnamed groups and circles stay unnamed', () => {
  it('gives null to counted or quantified groups and to "In …kreisen hieß es"', () => {
    expect(speakers(['Several shop owners said the roadworks had cost them customers.'])).toEqual([null]);
    expect(speakers(['Ökonomen zufolge wird die Inflation im Herbst wieder steigen.'], 'de')).toEqual([null]);
    expect(speakers(['In Verhandlungskreisen hieß es, eine Einigung sei nahe.'], 'de')).toEqual([null]);
  });
});

describe('German companies named after their description', () => {
  it('traces "das Unternehmen" back to "Der Anlagenbauer Kessler & Voss"', () => {
    expect(
      speakers(
        ['Der Anlagenbauer Kessler & Voss streicht 300 Stellen. Der Umsatz sei eingebrochen, wie das Unternehmen mitteilte.'],
        'de',
      ).at(-1),
    ).toBe('Kessler & Voss');
  });
});

describe('a quote after reported speech in the same paragraph', () => {
  it('keeps the voice of the last cue across a cue-less Konjunktiv sentence', () => {
    expect(
      speakers(
        ['Die Lage sei ernst, sagte Bürgermeisterin Heike Tanner. Man müsse sparen. „Wir schließen das Hallenbad nicht leichtfertig.“'],
        'de',
      ),
    ).toEqual(['Heike Tanner', 'Heike Tanner']);
  });
});
