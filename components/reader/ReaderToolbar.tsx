import { READER_WIDTHS, stepFontSize, widthName, type ReaderSettings, type ReaderWidthName } from '@/lib/highlight/reader-settings';
import { READER_RANGES } from '@/lib/settings';

export interface ReaderToolbarProps {
  settings: ReaderSettings;
  onChange: (settings: ReaderSettings) => void;
  onClose: () => void;
}

const WIDTHS = Object.keys(READER_WIDTHS) as ReaderWidthName[];
const THEMES: ReaderSettings['theme'][] = ['light', 'sepia', 'dark'];
const label = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** Font size, typeface, column width, colour theme; the close button. */
export function ReaderToolbar({ settings, onChange, onClose }: ReaderToolbarProps) {
  const set = (change: Partial<ReaderSettings>) => onChange({ ...settings, ...change });
  return (
    <div class="reader-toolbar" role="toolbar" aria-label="Reader settings">
      <div class="group">
        <button
          type="button"
          aria-label="A− (smaller text)"
          disabled={settings.fontSize <= READER_RANGES.fontSize.min}
          onClick={() => onChange(stepFontSize(settings, -1))}
        >
          A−
        </button>
        <button
          type="button"
          aria-label="A+ (larger text)"
          disabled={settings.fontSize >= READER_RANGES.fontSize.max}
          onClick={() => onChange(stepFontSize(settings, 1))}
        >
          A+
        </button>
      </div>
      <div class="group">
        <button type="button" aria-pressed={settings.font === 'serif'} class="serif" onClick={() => set({ font: 'serif' })}>
          Serif
        </button>
        <button type="button" aria-pressed={settings.font === 'sans'} class="sans" onClick={() => set({ font: 'sans' })}>
          Sans
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
            {label(width)}
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
            {label(theme)}
          </button>
        ))}
      </div>
      <button type="button" class="close" aria-label="Close reader view (Esc)" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
