import type { Result } from '@/lib/result';

/** Reasons already logged: a failure that recurs on every repaint or rescan is logged once. */
const logged = new Set<string>();
const MAX_LOGGED = 100;

/**
 * The value of a pure core's result, or what its failure stands for (`instead`, given the reason). A failure
 * is logged once with console.warn, so a reader's bug report (the console) says what broke on this page.
 */
export function valueOrReport<T>(result: Result<T>, instead: (reason: string) => T): T {
  if (result.ok) return result.value;
  if (!logged.has(result.error) && logged.size < MAX_LOGGED) {
    logged.add(result.error);
    console.warn(`Gloss: ${result.error}`);
  }
  return instead(result.error);
}
