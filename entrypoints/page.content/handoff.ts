/**
 * How the always-on script (this folder) hands the page to the rest of Gloss (entrypoints/article.content) once
 * it is loaded. Both run in the extension's content-script world, which shares one global object per page and
 * extension (Chromium's isolated world, Firefox's sandbox); the page's own scripts can't see it.
 */
import type { Detection } from '@/lib/cleaner';

/** Answers one content message (lib/messages.ts, CONTENT_MESSAGE_TYPES) as the rest of Gloss does. */
export type ContentHandle = (message: unknown) => Promise<unknown>;

export interface Handoff {
  /** The settings as stored now (unparsed): the site may have been turned off while the rest of Gloss loaded. */
  storedSettings(): unknown;
  /** The detection the always-on script made, and the address it made it at. */
  detection: { url: string; result: Detection };
  /** Called by the rest of Gloss as it starts, before it awaits anything: it answers the page's messages from now. */
  attach(handle: ContentHandle): void;
}

const KEY = '__glossHandoff';
type WithHandoff = typeof globalThis & { [KEY]?: Handoff };

export function leaveHandoff(handoff: Handoff): void {
  (globalThis as WithHandoff)[KEY] = handoff;
}

/** The handoff left for this load, taken once (the loader never injects the script a second time). */
export function takeHandoff(): Handoff | null {
  const global = globalThis as WithHandoff;
  const handoff = global[KEY] ?? null;
  delete global[KEY];
  return handoff;
}
