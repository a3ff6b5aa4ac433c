/** Reader view typography, as remembered in browser.storage.local. Parsing never fails: bad values fall back. */
import * as v from 'valibot';

export const FONT_SIZES = { min: 14, max: 28, step: 2 } as const;

export const readerSettingsSchema = v.object({
  fontSize: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(FONT_SIZES.min), v.maxValue(FONT_SIZES.max)), 19),
  font: v.fallback(v.picklist(['serif', 'sans']), 'serif'),
  width: v.fallback(v.picklist(['narrow', 'medium', 'wide']), 'medium'),
  theme: v.fallback(v.picklist(['light', 'dark', 'sepia']), 'light'),
});

export type ReaderSettings = v.InferOutput<typeof readerSettingsSchema>;

export const READER_SETTINGS_KEY = 'gloss:reader-settings';

export function parseReaderSettings(stored: unknown): ReaderSettings {
  return v.parse(readerSettingsSchema, typeof stored === 'object' && stored !== null ? stored : {});
}

export function stepFontSize(settings: ReaderSettings, direction: 1 | -1): ReaderSettings {
  const next = settings.fontSize + direction * FONT_SIZES.step;
  return { ...settings, fontSize: Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, next)) };
}

/** The storage.local key for a page's dismissed suggestion ids. */
export const dismissedKey = (normalizedUrl: string): string => `gloss:dismissed:${normalizedUrl}`;

export function parseDismissed(stored: unknown): Set<string> {
  return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
}
