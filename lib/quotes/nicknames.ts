import type { LanguageTable } from './lang/types';
import { isGivenName } from './names';

const NICKNAME = /(\p{Lu}[\p{L}'’-]+)(\s+)([“"‘„«]\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?[”"’“»])(?=\s+\p{Lu})/gu;

/**
 * A nickname in marks inside a name ("Margaret “Peggy” Ashworth") is neither a quote nor part of the name: blanked
 * to spaces (offsets unchanged), so the name reads as one run. German needs a known given name before it, since
 * a capitalised noun may follow any quoted title there.
 */
export function blankNicknames(text: string, table: LanguageTable): string {
  if (!/[“"‘„«]/u.test(text)) return text;
  return text.replace(NICKNAME, (all, first: string, space: string, nick: string) =>
    table.capitalizedNouns && !isGivenName(first, table) ? all : `${first}${space}${' '.repeat(nick.length)}`,
  );
}
