/**
 * Sites where Gloss stays off, as the settings keep them. Apart from lib/settings.ts (and its schema library),
 * because the small content script that runs on every page reads only this (entrypoints/page.content).
 */
import { fail, ok, type Result } from './result';

/** Where the settings live in `storage.local`. */
export const SETTINGS_KEY = 'gloss:settings';

/** More would make the every-page check slow for nothing; nobody lists a thousand sites by hand. */
export const MAX_DISABLED_SITES = 1_000;

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * What the user typed ("www.Example.com", "https://example.com/news", "example.com.") as a bare lower-case
 * hostname, or an error that says why it is not one. Unicode names are kept in their punycode form.
 */
export function parseHostname(input: string): Result<string> {
  const text = input.trim();
  if (text === '') return fail('Enter a site, e.g. example.com');
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return fail(`"${text.slice(0, 80)}" is not a site name`);
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) return ok(host); // IP addresses
  const labels = host.split('.');
  if (labels.length < 2 && host !== 'localhost')
    return fail(`"${text.slice(0, 80)}" is not a site name (expected something like example.com)`);
  if (!labels.every((label) => HOST_LABEL.test(label))) return fail(`"${text.slice(0, 80)}" is not a site name`);
  return ok(host);
}

/** The listed site that turns Gloss off on `hostname` (itself, or a parent of a subdomain), or null. */
export function disabledSiteFor(settings: { disabledSites: readonly string[] }, hostname: string): string | null {
  const host = hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return settings.disabledSites.find((site) => host === site || host.endsWith(`.${site}`)) ?? null;
}

/** Whether Gloss stays off on `hostname`: listed itself, or a subdomain of a listed site. */
export function isSiteDisabled(settings: { disabledSites: readonly string[] }, hostname: string): boolean {
  return disabledSiteFor(settings, hostname) !== null;
}

/** The valid, distinct sites of whatever was stored under `disabledSites` (at most MAX_DISABLED_SITES), sorted. */
export function readDisabledSites(stored: unknown): string[] {
  const entries = (stored as { disabledSites?: unknown } | null)?.disabledSites;
  const sites = new Set<string>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (sites.size >= MAX_DISABLED_SITES) break;
    const host = typeof entry === 'string' ? parseHostname(entry) : null;
    if (host?.ok) sites.add(host.value);
  }
  return [...sites].sort();
}
