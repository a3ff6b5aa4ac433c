/**
 * The one way the UI gets its words: the browser's i18n (public/_locales/<lang>/messages.json), so Gloss speaks
 * the browser's language. Keys are typed from the English messages, so a misspelt key fails `tsc`.
 */
import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** WXT types getMessage from its last `wxt prepare`; MessageKey reads the JSON itself, so it is never stale. */
const getMessage = (key: MessageKey, substitutions: string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions: string[]) => string)(key, substitutions);

/** The message for `key` in the browser's language, with `$1`… filled from `substitutions` (numbers as the UI language writes them). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const filled = substitutions.map((value) => (typeof value === 'number' ? formatNumber(value) : value));
  // An unknown key gives '' in the browser; the key itself is more use to whoever sees it than a blank.
  return getMessage(key, filled) || key;
}

/** The browser's UI language ('de', 'en-GB'), for Intl; undefined lets Intl use the runtime's default. */
export function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}

/** The singular or the plural message, as the UI language counts (`$1` is the count). */
export function tCount(count: number, one: MessageKey, other: MessageKey, ...more: (string | number)[]): string {
  const rule = new Intl.PluralRules(uiLanguage()).select(count);
  return t(rule === 'one' ? one : other, count, ...more);
}
