/**
 * Country names in the languages the finder reads (the ISO 3166 names and common short forms, from
 * i18n-iso-countries), plus a few regions news writes as if they were countries. A place can be a speaker only as
 * the direct subject of a speech verb ("The US has denied …"); it is never a person, and it is never the answer
 * when a name is looked for nearby ("Sudan had made progress, American officials said" near "South Sudan").
 */
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';

interface CountryLocale {
  countries: Record<string, string | string[]>;
}

// Regions and blocs that i18n-iso-countries (countries only) doesn't list but that stand where a country would.
const REGIONS = [
  'Britain',
  'Great Britain',
  'Africa',
  'Asia',
  'Europe',
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Middle East',
  'Gulf',
  'Balkans',
  'Caribbean',
  'Sahel',
  'Darfur',
  'Kashmir',
  'Gaza',
  'West Bank',
  'Crimea',
  'Donbas',
  'Kosovo',
  'Taiwan',
  'Scotland',
  'Wales',
  'England',
  'Northern Ireland',
  'Catalonia',
  'Bavaria',
  'Quebec',
  'Afrika',
  'Asien',
  'Europa',
  'Nahost',
  'Naher Osten',
  'Lateinamerika',
  'Afrique',
  'Asie',
  'Amérique latine',
  'Proche-Orient',
  'Moyen-Orient',
  'África',
  'América Latina',
  'Oriente Medio',
  'Oriente Próximo',
  'Cataluña',
  'Catalogne',
  'Katalonien',
];

const normalize = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:the|der|die|das|le|la|les|l'|el|los|las)\s*/u, '');

const PLACES: ReadonlySet<string> = new Set(
  [...[en, de, fr, es].flatMap((locale) => Object.values((locale as CountryLocale).countries).flat()), ...REGIONS].map(normalize),
);

/** Whether `name` is a country or region as written ("South Sudan", "the US", "Südsudan", "Soudan du Sud"). */
export function isPlaceName(name: string): boolean {
  return PLACES.has(normalize(name));
}
