/** Escaping and URL checks for the allow-listed HTML the cleaner builds. */

export function escapeText(s: string): string {
  if (!/[&<>]/.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

const ABSOLUTE_HTTP = /^https?:\/\/[^/]/i;

/** Resolves `href` against `base`; returns null for empty, unparsable or script URLs. */
export function safeUrl(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return null;
  // Most links are already absolute: skip the URL parser for them (it is the costliest call per link).
  if (ABSOLUTE_HTTP.test(trimmed) && !/[\s<>"]/.test(trimmed)) return trimmed;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'javascript:' || url.protocol === 'data:' || url.protocol === 'vbscript:' ? null : url.href;
  } catch {
    return null;
  }
}
