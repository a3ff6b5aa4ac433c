import { t } from '../i18n';
/** Turning Gloss off for the page's site, or back on, from the popup (the settings keep the same list). */
export interface SiteSwitchProps {
  /** The page's site (a bare hostname). */
  site: string;
  /** Whether Gloss is off there now. */
  off: boolean;
  busy: boolean;
  onSwitch: (off: boolean) => void;
}

export function SiteSwitch({ site, off, busy, onSwitch }: SiteSwitchProps) {
  return (
    <p class="site-switch small">
      <button
        type="button"
        class="link-button"
        data-testid={off ? 'site-on' : 'site-off-button'}
        disabled={busy}
        onClick={() => onSwitch(!off)}
      >
        {t(off ? 'siteTurnOn' : 'siteTurnOff', site)}
      </button>
    </p>
  );
}
