import { READER_WIDTHS, stepFontSize, widthName, type ReaderSettings, type ReaderWidthName } from '@/lib/highlight/reader-settings';
import { READER_RANGES } from '@/lib/settings';
import { t, type MessageKey } from '../i18n';

export interface ReaderToolbarProps {
  settings: ReaderSettings;
  onChange: (settings: ReaderSettings) => void;
  onClose: () => void;
}

const WIDTHS = Object.keys(READER_WIDTHS) as ReaderWidthName[];
const THEMES: ReaderSettings['theme'][] = ['light', 'sepia', 'dark'];
const WIDTH_KEYS: Record<ReaderWidthName, MessageKey> = { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' };
const THEME_KEYS: Record<ReaderSettings['theme'], MessageKey> = { light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' };

/** Font size, typeface, column width, colour theme; the close button. */
export function ReaderToolbar({ settings, onChange, onClose }: ReaderToolbarProps) {
  const set = (change: Partial<ReaderSettings>) => onChange({ ...settings, ...change });
  return (
    <div class="reader-toolbar" role="toolbar" aria-label={t('readerSettings')}>
      <div class="group">
        <button
          type="button"
          aria-label={t('smallerText')}
          disabled={settings.fontSize <= READER_RANGES.fontSize.min}
          onClick={() => onChange(stepFontSize(settings, -1))}
        >
          A−
        </button>
        <button
          type="button"
          aria-label={t('largerText')}
          disabled={settings.fontSize >= READER_RANGES.fontSize.max}
          onClick={() => onChange(stepFontSize(settings, 1))}
        >
          A+
        </button>
      </div>
      <div class="group">
        <button type="button" aria-pressed={settings.font === 'serif'} class="serif" onClick={() => set({ font: 'serif' })}>
          {t('fontSerif')}
        </button>
        <button type="button" aria-pressed={settings.font === 'sans'} class="sans" onClick={() => set({ font: 'sans' })}>
          {t('fontSans')}
        </button>
      </div>
      <div class="group">
        {WIDTHS.map((width) => (
          <button
            key={width}
            type="button"
            aria-pressed={widthName(settings.width) === width}
            onClick={() => set({ width: READER_WIDTHS[width] })}
          >
            {t(WIDTH_KEYS[width])}
          </button>
        ))}
      </div>
      <div class="group">
        {THEMES.map((theme) => (
          <button
            key={theme}
            type="button"
            aria-pressed={settings.theme === theme}
            class={`swatch theme-${theme}`}
            onClick={() => set({ theme })}
          >
            {t(THEME_KEYS[theme])}
          </button>
        ))}
      </div>
      <button type="button" class="close" aria-label={t('closeReader')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
