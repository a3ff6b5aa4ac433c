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
import { formatNumber, t, type MessageKey } from '../i18n';

export interface SettingsFormProps {
  settings: GlossSettings;
  onChange: (next: GlossSettings) => void;
  /** Shown under the form ("Saved", or why saving failed). */
  status?: string | null;
}

const FONT_KEYS: Record<ReaderFont, MessageKey> = { serif: 'fontSerif', sans: 'fontSansSerif' };
const THEME_KEYS: Record<ReaderTheme, MessageKey> = { light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia' };

/** Reader view typography, automatic reader view, and the sites where Gloss stays off. */
export function SettingsForm({ settings, onChange, status }: SettingsFormProps) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const reader = settings.reader;
  const setReader = (patch: Partial<GlossSettings['reader']>) => onChange({ ...settings, reader: { ...reader, ...patch } });

  return (
    <form class="settings" data-testid="settings-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('readerView')}</legend>
        <label>
          {t('textSize')} <output>{formatNumber(reader.fontSize)} px</output>
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
          {t('lineLength')} <output>{t('widthCharacters', reader.width)}</output>
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
          {t('font')}
          <select data-testid="setting-font" value={reader.font} onChange={(e) => setReader({ font: e.currentTarget.value as ReaderFont })}>
            {READER_FONTS.map((font) => (
              <option key={font} value={font}>
                {t(FONT_KEYS[font])}
              </option>
            ))}
          </select>
        </label>
        <div class="radio-row" role="radiogroup" aria-label={t('theme')}>
          {t('theme')}
          {READER_THEMES.map((theme) => (
            <label key={theme}>
              <input
                type="radio"
                name="gloss-theme"
                data-testid={`setting-theme-${theme}`}
                checked={reader.theme === theme}
                onChange={() => setReader({ theme })}
              />
              {t(THEME_KEYS[theme])}
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
          {t('autoReader')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('sitesOff')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('sitesOffNone')}</p>
        ) : (
          <ul class="site-list" data-testid="disabled-sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('removeSite', host)}
                  onClick={() => onChange(removeDisabledSite(settings, host))}
                >
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="inline-form">
          <input
            aria-label={t('siteToTurnOff')}
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
            {t('add')}
          </button>
        </div>
        {siteError && (
          <p class="error" role="alert">
            {siteError}
          </p>
        )}
        <p class="muted">{t('sitesOffHint')}</p>
      </fieldset>
      {status && (
        <p class="muted" role="status" data-testid="settings-status">
          {status}
        </p>
      )}
    </form>
  );
}
