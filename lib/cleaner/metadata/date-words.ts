/**
 * Vocabulary for parsing human-written dates: month names (English, German, French, Spanish, Italian,
 * Portuguese, Dutch, Russian genitive), time zone abbreviations, and filler words around dates.
 * All keys are lower case; the parser lower-cases its input.
 */

const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'января', 'январь'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'febrero', 'febbraio', 'fevereiro', 'februari', 'февраля', 'февраль'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'марта', 'март'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'апреля', 'апрель'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'мая', 'май'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'июня', 'июнь'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'июля', 'июль'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'августа', 'август'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'сентября', 'сентябрь'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro', 'октября', 'октябрь'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'декабря', 'декабрь'],
];

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => names.forEach((name) => MONTHS.set(name, index + 1)));

export function monthNumber(word: string | undefined): number | null {
  return word === undefined ? null : (MONTHS.get(word) ?? null);
}

/**
 * Words that may surround a date without changing it: weekdays, "at", "on", "Updated", "г." (Russian "year").
 * Anything else left over after the date is cut out makes the string "not a date".
 */
export const NOISE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'at',
  'on',
  'the',
  'of',
  'um',
  'uhr',
  'le',
  'à',
  'a',
  'las',
  'de',
  'del',
  'el',
  'в',
  'г',
  'года',
  'published',
  'updated',
  'posted',
  'modified',
  'veröffentlicht',
  'aktualisiert',
  'publié',
  'publicado',
  '-',
  '|',
  '/',
  '—',
  '–',
  '·',
  '•',
  ':',
]);

/** Offsets of zone abbreviations common in news pages; ambiguous ones ("IST", "CST" in Asia) are left out. */
const ZONE_OFFSETS: Record<string, string> = {
  z: 'Z',
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  akst: '-09:00',
  akdt: '-08:00',
  hst: '-10:00',
  wet: '+00:00',
  west: '+01:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  mez: '+01:00',
  mesz: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  jst: '+09:00',
  kst: '+09:00',
  aest: '+10:00',
  aedt: '+11:00',
  nzst: '+12:00',
  nzdt: '+13:00',
};

/**
 * "Z" / "+03:00" for a zone as pages write it: "Z", "UTC", "+03", "+0300", "+03:00", "EST".
 * undefined when the zone is unknown or out of range (offsets run from -12:00 to +14:00).
 */
export function zoneOffset(zone: string): string | undefined {
  const lower = zone.trim().toLowerCase();
  const named = ZONE_OFFSETS[lower];
  if (named !== undefined) return named;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(lower);
  if (match === null) return undefined;
  const [, sign, hours = '00', minutes = '00'] = match;
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  return `${sign}${hours}:${minutes}`;
}
