/**
 * The reader view's typography. One source of truth: the `reader` part of Gloss's settings (lib/settings.ts,
 * `gloss:settings` in storage.local), which the settings page edits as defaults and the reader's own toolbar
 * changes in place. Earlier versions kept the reader's choices apart, under `gloss:reader-settings`: read once,
 * while Gloss's settings have none, so nothing the reader chose is lost.
 */
import { DEFAULT_SETTINGS, parseSettings, READER_RANGES, SETTINGS_KEY, type GlossSettings, type ReaderSettings } from '@/lib/settings';

export type { ReaderSettings };

/** The toolbar's A− / A+ step, in pixels. */
export const FONT_SIZE_STEP = 2;

/** The toolbar's three column widths, in characters (the settings page sets any width in between). */
export const READER_WIDTHS = { narrow: 55, medium: 70, wide: 85 } as const;
export type ReaderWidthName = keyof typeof READER_WIDTHS;

/** The toolbar width a column width is (or is nearest to). */
export function widthName(width: number): ReaderWidthName {
  const names = Object.keys(READER_WIDTHS) as ReaderWidthName[];
  return names.reduce((best, name) => (Math.abs(READER_WIDTHS[name] - width) < Math.abs(READER_WIDTHS[best] - width) ? name : best));
}

export function stepFontSize(settings: ReaderSettings, direction: 1 | -1): ReaderSettings {
  const { min, max } = READER_RANGES.fontSize;
  return { ...settings, fontSize: Math.min(max, Math.max(min, settings.fontSize + direction * FONT_SIZE_STEP)) };
}

/** Where the reader's choices were kept before they joined Gloss's settings. */
export const LEGACY_READER_SETTINGS_KEY = 'gloss:reader-settings';

/** The legacy value ({fontSize, font, width: 'narrow'|'medium'|'wide', theme}) as today's reader settings. */
function fromLegacy(stored: unknown): ReaderSettings {
  const old = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const width = typeof old.width === 'string' && old.width in READER_WIDTHS ? READER_WIDTHS[old.width as ReaderWidthName] : undefined;
  return parseSettings({ reader: { ...DEFAULT_SETTINGS.reader, ...old, width: width ?? DEFAULT_SETTINGS.reader.width } }).reader;
}

/** The reader's settings from what storage holds under SETTINGS_KEY and LEGACY_READER_SETTINGS_KEY. */
export function readerSettingsFrom(stored: Record<string, unknown>): ReaderSettings {
  const settings = stored[SETTINGS_KEY];
  const hasReader = typeof settings === 'object' && settings !== null && 'reader' in settings;
  if (!hasReader && stored[LEGACY_READER_SETTINGS_KEY] !== undefined) return fromLegacy(stored[LEGACY_READER_SETTINGS_KEY]);
  return parseSettings(settings).reader;
}

/** Gloss's settings with the reader part replaced, everything else (sites, auto-open) kept as stored. */
export function withReaderSettings(stored: unknown, reader: ReaderSettings): GlossSettings {
  return { ...parseSettings(stored), reader };
}

/** The storage.local key for a page's dismissed suggestion ids. */
export const dismissedKey = (normalizedUrl: string): string => `gloss:dismissed:${normalizedUrl}`;

export function parseDismissed(stored: unknown): Set<string> {
  return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
}
