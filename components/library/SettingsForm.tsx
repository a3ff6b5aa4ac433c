import { useState } from 'preact/hooks';
import {
  addDisabledSite,
  READER_FONTS,
  READER_RANGES,
  READER_THEMES,
  removeDisabledSite,
  type GlossSettings,
  type ReaderFont,
  type ReaderTheme,
} from '@/lib/settings';

export interface SettingsFormProps {
  settings: GlossSettings;
  onChange: (next: GlossSettings) => void;
  /** Shown under the form ("Saved", or why saving failed). */
  status?: string | null;
}

const FONT_LABELS: Record<ReaderFont, string> = { serif: 'Serif', sans: 'Sans-serif' };
const THEME_LABELS: Record<ReaderTheme, string> = { light: 'Light', dark: 'Dark', sepia: 'Sepia' };

/** Reader view typography, automatic reader view, and the sites where Gloss stays off. */
export function SettingsForm({ settings, onChange, status }: SettingsFormProps) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const reader = settings.reader;
  const setReader = (patch: Partial<GlossSettings['reader']>) => onChange({ ...settings, reader: { ...reader, ...patch } });

  return (
    <form class="settings" data-testid="settings-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Reader view</legend>
        <label>
          Text size <output>{reader.fontSize}px</output>
          <input
            type="range"
            data-testid="setting-font-size"
            min={READER_RANGES.fontSize.min}
            max={READER_RANGES.fontSize.max}
            step={READER_RANGES.fontSize.step}
            value={reader.fontSize}
            onInput={(e) => setReader({ fontSize: Number(e.currentTarget.value) })}
          />
        </label>
        <label>
          Line length <output>{reader.width} characters</output>
          <input
            type="range"
            data-testid="setting-width"
            min={READER_RANGES.width.min}
            max={READER_RANGES.width.max}
            step={READER_RANGES.width.step}
            value={reader.width}
            onInput={(e) => setReader({ width: Number(e.currentTarget.value) })}
          />
        </label>
        <label>
          Font
          <select data-testid="setting-font" value={reader.font} onChange={(e) => setReader({ font: e.currentTarget.value as ReaderFont })}>
            {READER_FONTS.map((font) => (
              <option key={font} value={font}>
                {FONT_LABELS[font]}
              </option>
            ))}
          </select>
        </label>
        <div class="radio-row" role="radiogroup" aria-label="Theme">
          Theme
          {READER_THEMES.map((theme) => (
            <label key={theme}>
              <input
                type="radio"
                name="gloss-theme"
                data-testid={`setting-theme-${theme}`}
                checked={reader.theme === theme}
                onChange={() => setReader({ theme })}
              />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </div>
        <label class="check">
          <input
            type="checkbox"
            data-testid="setting-auto-reader"
            checked={settings.autoOpenReader}
            onChange={(e) => onChange({ ...settings, autoOpenReader: e.currentTarget.checked })}
          />
          Open the reader view automatically on articles
        </label>
      </fieldset>
      <fieldset>
        <legend>Sites where Gloss stays off</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">None. Gloss checks every page you visit.</p>
        ) : (
          <ul class="site-list" data-testid="disabled-sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button
                  type="button"
                  class="link-button"
                  aria-label={`Remove ${host}`}
                  onClick={() => onChange(removeDisabledSite(settings, host))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="inline-form">
          <input
            aria-label="Site to turn Gloss off on"
            data-testid="disabled-site-input"
            placeholder="example.com"
            value={site}
            onInput={(e) => {
              setSite(e.currentTarget.value);
              setSiteError(null);
            }}
          />
          <button
            type="button"
            data-testid="disabled-site-add"
            onClick={() => {
              const next = addDisabledSite(settings, site);
              if (!next.ok) return setSiteError(next.error);
              setSite('');
              onChange(next.value);
            }}
          >
            Add
          </button>
        </div>
        {siteError && (
          <p class="error" role="alert">
            {siteError}
          </p>
        )}
        <p class="muted">Turning a site off takes effect at once on its open pages; turning it back on, once they are reloaded.</p>
      </fieldset>
      {status && (
        <p class="muted" role="status" data-testid="settings-status">
          {status}
        </p>
      )}
    </form>
  );
}
