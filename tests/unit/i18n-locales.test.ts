/**
 * Every locale says everything English says, with the same placeholders; every key the code asks for exists.
 * A missing or empty key would show the reader a bare key (or a blank) in that language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillMessage, localeNames, placeholderSignature, readLocale, type LocaleMessages } from './i18n-messages';
import { t } from '@/components/i18n';

const en = readLocale('en');
const others = localeNames().filter((name) => name !== 'en');

/** What is wrong with `locale` against English, one line per problem (empty: complete). */
function problems(locale: LocaleMessages): string[] {
  const found: string[] = [];
  for (const [key, entry] of Object.entries(en)) {
    const translated = locale[key];
    if (!translated || translated.message.trim() === '') found.push(`missing or empty: ${key}`);
    else if (placeholderSignature(translated).join() !== placeholderSignature(entry).join()) found.push(`placeholders differ: ${key}`);
  }
  for (const key of Object.keys(locale)) if (!(key in en)) found.push(`not in English: ${key}`);
  return found;
}

/** Source files of the UI: components/ and entrypoints/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => `${entry.parentPath}/${entry.name}`);
}

describe('locales', () => {
  it('include German, French and Spanish next to English', () => {
    expect(others).toEqual(expect.arrayContaining(['de', 'es', 'fr']));
  });

  it('English messages are non-empty and every placeholder they use is defined', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(
        placeholderSignature(entry).filter((p) => p.endsWith('=?')),
        key,
      ).toEqual([]);
    }
  });

  it.each(others)('%s has every English key, non-empty, with the same placeholders', (name) => {
    expect(problems(readLocale(name))).toEqual([]);
  });

  it('the check fails when a key is removed or a placeholder dropped', () => {
    const de = readLocale('de');
    const { statusSiteOff: _gone, ...withoutOne } = de;
    expect(problems(withoutOne)).toEqual(['missing or empty: statusSiteOff']);
    const dropped = { ...de, siteTurnOff: { ...de.siteTurnOff!, message: 'Gloss ausschalten' } };
    expect(problems(dropped)).toEqual(['placeholders differ: siteTurnOff']);
    expect(problems({ ...de, kindQuote: { message: ' ' } })).toEqual(['missing or empty: kindQuote']);
  });

  it('German fills its placeholders as the browser would', () => {
    expect(fillMessage(readLocale('de').siteTurnOff!, ['example.com'])).toBe('Gloss auf example.com ausschalten');
  });
});

describe('t()', () => {
  it('returns the English message with its substitutions in unit tests', () => {
    expect(t('siteTurnOff', 'example.com')).toBe('Turn Gloss off on example.com');
    expect(t('showAllSuggestions', 1200)).toBe('Show all 1,200 suggestions');
  });

  it('every key the code asks for exists in English', () => {
    // Types check the keys too (MessageKey); this also covers the manifest's __MSG_…__ and code that escaped the types.
    const files = [...sourceFiles('components'), ...sourceFiles('entrypoints'), 'wxt.config.ts'].filter((f) => !f.endsWith('i18n.ts'));
    const used = new Set<string>();
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      // t('key', …), tCount(n, 'one', 'other'), t(cond ? 'a' : 'b'): each quoted word that is an argument or a
      // branch (not one compared with ===, as in t(kind === 'quote' ? …)).
      for (const call of code.matchAll(/\bt(?:Count)?\(([^()]*)\)/g)) {
        for (const word of call[1]!.matchAll(/(?:^|[?:,])\s*'([A-Za-z][A-Za-z0-9_]*)'/g)) used.add(word[1]!);
      }
      for (const match of code.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});
