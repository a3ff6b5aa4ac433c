/**
 * First pass over an article: the people and organisations it names, registered in reading order.
 */
import type { LanguageTable } from './lang/types';
import { EntityRegistry, position } from './entities';
import type { Gender } from './gender';
import { bare, capitalizedRuns, isGivenName, isOrgWord, isRoleWord, personsInRun, tokenize } from './names';
import { isPlaceName } from './places';

// A run after one of these is a place or an institution, not a person ("in Port Calder", "von Tannstedt").
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'into',
  'across',
  'outside',
  'inside',
  'via',
  'on',
  'along',
  'off',
  'past',
  'through',
  'of',
  'the',
  'nach',
  'aus',
  'bei',
  'von',
  'vom',
  'zum',
  'zur',
  'im',
  'am',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
]);

const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f', herr: 'm', frau: 'f' };
/** "the World Food Relief Agency (WFRA)": an acronym in brackets right after a name. */
const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}\p{N}&]{1,8})\)/u;

const QUANTITY_WORDS = new Set([
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'percent',
  'millionen',
  'milliarden',
  'billionen',
  'prozent',
  'euro',
  'dollar',
  'pfund',
  'franken',
  'millions',
  'milliards',
  'millones',
  'euros',
  'dólares',
]);

const HONORIFIC_SURNAME = /\b(?:Herr|Herrn|Frau|Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{Ll}'’-]+)/gu;

/**
 * Words that follow an honorific somewhere in the article ("Frau Brandt, schlafen Sie noch gut?"): surnames, so
 * "trainiert Annette Brandt die …" names a person even when the given name is on no list.
 */
function surnamesAfterHonorifics(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of paragraphs) for (const m of text.matchAll(HONORIFIC_SURNAME)) out.add(m[1]!.toLowerCase());
  return out;
}

/**
 * First pass over the article: every full personal name and organisation run outside quotations, then every
 * surname mention of a person already named.
 */
export function collectEntities(
  paragraphs: readonly string[],
  table: LanguageTable,
  quoteRanges: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>,
): EntityRegistry {
  const registry = new EntityRegistry(table);
  const addressed = surnamesAfterHonorifics(paragraphs);
  paragraphs.forEach((text, p) => {
    const tokens = tokenize(text, table).filter((t) => !(quoteRanges[p] ?? []).some((r) => t.start >= r.start && t.end <= r.end));
    for (const run of capitalizedRuns(tokens, table)) {
      const index = tokens.indexOf(run[0]!);
      const acronym = ACRONYM_AFTER.exec(text.slice(run.at(-1)!.end, run.at(-1)!.end + 14));
      // "Finanzminister Konrad Weißgerber (CDU)": a party in brackets after a person is no acronym of the run.
      if (acronym && run.length > 1 && acronym[1]![0]!.toLowerCase() === run[0]!.text[0]!.toLowerCase()) {
        // Keep a leading "the" as written: "the World Food Relief Agency".
        const article =
          index > 0 && /^(?:the|der|die|das)$/iu.test(tokens[index - 1]!.text) && tokens[index - 1]!.end === run[0]!.start - 1;
        const name = text.slice(article ? tokens[index - 1]!.start : run[0]!.start, run.at(-1)!.end);
        registry.addAlias(acronym[1]!, name);
        registry.addOrg(name, position(p, run[0]!.start));
        continue;
      }
      if (run.length === 1 && registry.expandAlias(run[0]!.text)) {
        registry.addOrg(registry.expandAlias(run[0]!.text)!, position(p, run[0]!.start));
        continue;
      }
      const before = index > 0 ? tokens[index - 1]!.text.toLowerCase() : '';
      // "4,2 Millionen Euro", "zusätzliche Milliarden für Rente": amounts, never people ("in 1970, Judge Whitcombe" is one).
      if ((/^\d/u.test(before) && !run[0]!.afterPunct) || QUANTITY_WORDS.has(bare(run[0]!.text))) continue;
      const persons = personsInRun(run, text, table);
      const person = persons[0];
      const next = tokens[index + run.length];
      // German capitalises nouns ("drei Millionen Euro"): without a title or a known first name, only an
      // appositive or a subject counts.
      const plausible =
        person &&
        (person.title !== null ||
          (table.capitalizedNouns
            ? run[0]!.afterPunct ||
              index === 0 ||
              next?.afterPunct === true ||
              isGivenName(run[0]!.text, table) ||
              (run.length === 2 && addressed.has(bare(run[1]!.text)))
            : !PLACE_PREPOSITIONS.has(before)));
      // "the operator Northline", "Der Autozulieferer Kellner Antriebstechnik": a business named after its description.
      // Not after a possessive: "the firm's Anna Berg" is a person.
      const described = index > 0 && /^\p{Ll}/u.test(before) && table.companyWords.includes(bare(before)) && !/['’]s?$/u.test(before);
      const descriptor = run.length > 1 && table.descriptorSuffixes.some((x) => bare(run[0]!.text).endsWith(x));
      if (described || (descriptor && !persons.some((x) => x.title === null))) {
        const from = descriptor ? run[1]! : run[0]!;
        registry.addOrg(text.slice(from.start, run.at(-1)!.end), position(p, from.start));
      } else if (person && plausible) {
        // "South Sudan" is two capitalised words, but a country, never a person.
        for (const found of persons) if (!isPlaceName(found.name)) registry.addPerson(found.name, found.title, position(p, found.start));
      } else if (described || descriptor) {
        const from = descriptor ? run[1]! : run[0]!;
        registry.addOrg(text.slice(from.start, run.at(-1)!.end), position(p, from.start));
      } else if (isOrgWord(run.at(-1)!.text, table) || (run.length > 1 && run.some((t) => isOrgWord(t.text, table)))) {
        // "Central Bank of Meridia", "Gewerkschaft Metall und Technik": an organisation noun anywhere in the run.
        registry.addOrg(text.slice(run[0]!.start, run.at(-1)!.end), position(p, run[0]!.start));
      } else if (run.length === 1 || run.slice(0, -1).every((t) => isRoleWord(t.text, table))) {
        // A surname alone, or after titles ("Judge Whitcombe", "Bundestrainer Nagelsmann"): a mention of who holds it.
        const surname = run.at(-1)!;
        const honorific = run.length === 1 && HONORIFIC_GENDER[before.replace(/\.$/u, '')] ? `${before} ` : '';
        // "the elder Osei": a namesake, not the holder a bare surname means.
        const namesake = /^(?:elder|younger|other|ältere|jüngere|andere)$/u.test(before);
        const known = registry.lookup(`${honorific}${bare(surname.text)}`, position(p, surname.start), namesake);
        if (known) registry.addPerson(known.name, null, position(p, surname.start));
        // "Mr Rahimi", "Frau Berger": the honorific tells the gender the name did not.
        if (known && !known.gender) known.gender = HONORIFIC_GENDER[before.replace(/\.$/u, '')] ?? null;
      }
    }
  });
  return registry;
}
