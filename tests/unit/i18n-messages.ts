/** Reading messages.json as the browser does: named placeholders ($SITE$) and positional substitutions ($1). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

// From the project's root (where vitest runs): test environments like happy-dom replace the URL class.
export const LOCALES_DIR = path.resolve('public/_locales');

export function readLocale(locale: string): LocaleMessages {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as LocaleMessages;
}

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** $1…$9 become the substitutions (missing ones ''), $$ a dollar sign; $NAME$ first becomes its placeholder's content. */
export function fillMessage(entry: LocaleMessage, substitutions: readonly string[]): string {
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/** The placeholders a message uses, by name and what they stand for ("site=$1"), sorted: what a translation must keep. */
export function placeholderSignature(entry: LocaleMessage): string[] {
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
  const positional = [...entry.message.matchAll(/\$([1-9])(?![A-Za-z0-9_@]*\$)/g)].map((m) => `$${m[1]}`);
  const contents = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return [...new Set([...used.map((name) => `${name}=${contents[name] ?? '?'}`), ...positional])].sort();
}
