/**
 * Gloss's user settings: one object stored under `gloss:settings` in `browser.storage.local`, shared by the
 * options page, the library and the reader view. Pure: callers read and write storage; this module gives the
 * defaults and turns whatever is stored (an older version, a hand-edited value, nothing) into valid settings.
 */
import * as v from 'valibot';
import { fail, ok, type Result } from './result';
import { disabledSiteFor, isSiteDisabled, MAX_DISABLED_SITES, parseHostname, readDisabledSites, SETTINGS_KEY } from './site-switch';

export { disabledSiteFor, isSiteDisabled, parseHostname, SETTINGS_KEY };

export type ReaderFont = 'serif' | 'sans';
export type ReaderTheme = 'light' | 'dark' | 'sepia';
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans'];
export const READER_THEMES: readonly ReaderTheme[] = ['light', 'dark', 'sepia'];

/** Bounds of the numeric reader settings (the UI's sliders use the same). */
export const READER_RANGES = {
  /** Body text size in CSS pixels. */
  fontSize: { min: 12, max: 32, step: 1 },
  /** Line length (max width of the text column) in `ch`. */
  width: { min: 40, max: 100, step: 5 },
} as const;

export interface ReaderSettings {
  fontSize: number;
  font: ReaderFont;
  /** Max line length in characters (CSS `max-width: <width>ch`). */
  width: number;
  theme: ReaderTheme;
}

export interface GlossSettings {
  reader: ReaderSettings;
  /** Open the reader view by itself when a page is detected as an article. Off unless the user turns it on. */
  autoOpenReader: boolean;
  /** Hostnames where Gloss does nothing (no detection, no highlights); a name covers its subdomains. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<GlossSettings> = {
  reader: { fontSize: 19, font: 'serif', width: 70, theme: 'light' },
  autoOpenReader: false,
  disabledSites: [],
};

/** A fresh copy of the defaults (callers may change it). */
export function defaultSettings(): GlossSettings {
  return {
    reader: { ...DEFAULT_SETTINGS.reader },
    autoOpenReader: DEFAULT_SETTINGS.autoOpenReader,
    disabledSites: [...DEFAULT_SETTINGS.disabledSites],
  };
}

function clampedInt(range: { min: number; max: number }, fallback: number) {
  return v.fallback(
    v.pipe(
      v.number(),
      v.finite(),
      v.transform((n) => Math.min(range.max, Math.max(range.min, Math.round(n)))),
    ),
    fallback,
  );
}

// Field by field: one bad value falls back to its default and keeps the rest of what the user chose.
const readerSchema = v.object({
  fontSize: clampedInt(READER_RANGES.fontSize, DEFAULT_SETTINGS.reader.fontSize),
  font: v.fallback(v.picklist(READER_FONTS), DEFAULT_SETTINGS.reader.font),
  width: clampedInt(READER_RANGES.width, DEFAULT_SETTINGS.reader.width),
  theme: v.fallback(v.picklist(READER_THEMES), DEFAULT_SETTINGS.reader.theme),
});

const storedSchema = v.object({
  reader: v.fallback(readerSchema, () => ({ ...DEFAULT_SETTINGS.reader })),
  autoOpenReader: v.fallback(v.boolean(), DEFAULT_SETTINGS.autoOpenReader),
  disabledSites: v.fallback(v.array(v.unknown()), () => []),
});

/** Whatever was stored (or undefined) as complete, valid settings. Never throws. */
export function parseSettings(raw: unknown): GlossSettings {
  const parsed = v.safeParse(storedSchema, typeof raw === 'object' && raw !== null ? raw : {});
  if (!parsed.success) return defaultSettings();
  return { reader: parsed.output.reader, autoOpenReader: parsed.output.autoOpenReader, disabledSites: readDisabledSites(parsed.output) };
}

/** The list with `input` added (normalized, no duplicates, sorted), or why it can't be. */
export function addDisabledSite(settings: GlossSettings, input: string): Result<GlossSettings> {
  const host = parseHostname(input);
  if (!host.ok) return host;
  if (settings.disabledSites.includes(host.value)) return ok(settings);
  if (settings.disabledSites.length >= MAX_DISABLED_SITES) return fail(`At most ${MAX_DISABLED_SITES} sites can be listed.`);
  return ok({ ...settings, disabledSites: [...settings.disabledSites, host.value].sort() });
}

export function removeDisabledSite(settings: GlossSettings, host: string): GlossSettings {
  return { ...settings, disabledSites: settings.disabledSites.filter((site) => site !== host) };
}
