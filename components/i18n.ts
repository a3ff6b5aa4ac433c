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

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The English messages, read by the page itself when the browser gave it none (see whenMessagesReady). */
let fallback: Catalog | null = null;

/** A catalog message with its named placeholders and `$1`… filled in, as the browser does. */
function fromCatalog(catalog: Catalog, key: string, substitutions: string[]): string {
  const entry = catalog[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

/**
 * Chromium now and then gives a just-loaded unpacked extension's pages no messages at all: getMessage answers ''
 * for every key for the page's whole life (seen in `npm start` and once in CI, right after a build). An extension
 * page calls this before its first render: when the browser has no messages for it, it reads the English file.
 */
export async function whenMessagesReady(): Promise<void> {
  if (fallback || getMessage('extName', [])) return;
  try {
    const response = await fetch(browser.runtime.getURL('/_locales/en/messages.json'));
    fallback = (await response.json()) as Catalog;
  } catch (error) {
    console.warn('Gloss: no interface words from the browser or the file:', error);
  }
}

/** The message for `key` in the browser's language, with `$1`… filled from `substitutions` (numbers as the UI language writes them). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const filled = substitutions.map((value) => (typeof value === 'number' ? formatNumber(value) : value));
  // An unknown key gives '' in the browser; the key itself is more use to whoever sees it than a blank.
  return getMessage(key, filled) || (fallback ? fromCatalog(fallback, key, filled) : '') || key;
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
