import { useState } from 'preact/hooks';
import type { SyncStatus } from '@/lib/sync/service';
import { formatNumber, t } from '../i18n';

export interface SyncFormValues {
  server: string;
  account: string;
  password: string;
  personal: string;
  desks: string[];
  /** Where new annotations go: the reader's own database or one of the desks. */
  newIn: string;
}

export interface SyncPanelProps {
  status: SyncStatus | null;
  /** Why the last action failed, in words (from the background). */
  error: string | null;
  busy: boolean;
  onConnect: (values: SyncFormValues) => void;
  onSyncNow: () => void;
  onDisconnect: () => void;
}

const desksOf = (text: string) => text.split(/[\s,]+/).filter((d) => d !== '');

function SyncForm({ busy, onConnect }: Pick<SyncPanelProps, 'busy' | 'onConnect'>) {
  const [values, setValues] = useState({ server: 'http://127.0.0.1:5984', account: '', password: '', personal: '', desks: '', newIn: '' });
  const destinations = desksOf(values.desks);
  const field = (name: Exclude<keyof typeof values, 'newIn'>, label: string, hint?: string) => {
    const common = {
      name,
      'data-testid': `sync-${name}`,
      value: values[name],
      onInput: (e: Event) => setValues({ ...values, [name]: (e.currentTarget as HTMLInputElement).value }),
    };
    return (
      <label>
        {label}
        {name === 'password' ? (
          <input type="password" autocomplete="current-password" {...common} />
        ) : (
          <input type="text" autocomplete="off" {...common} />
        )}
        {hint ? <small>{hint}</small> : null}
      </label>
    );
  };
  return (
    <form
      class="sync-form"
      data-testid="sync-form"
      onSubmit={(e) => {
        e.preventDefault();
        onConnect({ ...values, desks: destinations, newIn: destinations.includes(values.newIn) ? values.newIn : values.personal });
      }}
    >
      {field('server', t('syncServer'))}
      {field('account', t('syncAccount'))}
      {field('password', t('syncPassword'))}
      {field('personal', t('syncPersonal'), t('syncPersonalHint'))}
      {field('desks', t('syncDesks'), t('syncDesksHint'))}
      <label>
        {t('syncNewIn')}
        <select data-testid="sync-new-in" value={values.newIn} onChange={(e) => setValues({ ...values, newIn: e.currentTarget.value })}>
          <option value="">{t('syncYourDatabase')}</option>
          {destinations.map((desk) => (
            <option key={desk} value={desk}>
              {t('syncDesk', desk)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" data-testid="sync-connect" disabled={busy}>
        {t(busy ? 'syncChecking' : 'syncConnect')}
      </button>
    </form>
  );
}

/** The Sync panel: settings when off; otherwise the server, account, desks, last sync, pending changes and errors. */
export function SyncPanel({ status, error, busy, onConnect, onSyncNow, onDisconnect }: SyncPanelProps) {
  const settings = status?.settings ?? null;
  return (
    <section class="sync-panel" data-testid="sync-panel" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('syncTitle')}</h2>
      <p class="sync-summary" data-testid="sync-summary" role="status" aria-live="polite">
        {status ? status.summary : t('loading')}
      </p>
      {error ? (
        <p class="sync-error" role="alert" data-testid="sync-error">
          {error}
        </p>
      ) : null}
      {settings === null ? (
        <SyncForm busy={busy} onConnect={onConnect} />
      ) : (
        <>
          <dl class="sync-facts">
            <dt>{t('syncServer')}</dt>
            <dd data-testid="sync-server">{settings.server}</dd>
            <dt>{t('syncAccount')}</dt>
            <dd>{settings.account}</dd>
            <dt>{t('syncLast')}</dt>
            <dd>{status?.lastSync ?? t('syncNever')}</dd>
            <dt>{t('syncNewIn')}</dt>
            <dd data-testid="sync-new-in-shown">
              {settings.newIn && settings.newIn !== settings.personal ? t('syncDesk', settings.newIn) : t('syncYourDatabase')}
            </dd>
            <dt>{t('syncWaiting')}</dt>
            <dd data-testid="sync-pending">{formatNumber(status?.pending ?? 0)}</dd>
          </dl>
          <ul class="sync-databases">
            {(status?.databases ?? []).map((report) => (
              <li key={report.database} data-testid="sync-database">
                <strong>
                  {report.database === settings.personal ? t('syncYours', report.database) : t('syncDeskSuffix', report.database)}
                </strong>
                {report.error ? ` — ${report.error.message}` : t('syncCounts', report.pulled, report.pushed)}
                {report.denied.length > 0 ? t('syncRefused', report.denied.length, report.denied[0]!.reason) : ''}
              </li>
            ))}
          </ul>
          <button type="button" data-testid="sync-now" onClick={onSyncNow} disabled={busy}>
            {t('syncNow')}
          </button>{' '}
          <button type="button" data-testid="sync-disconnect" onClick={onDisconnect} disabled={busy}>
            {t('syncDisconnect')}
          </button>
        </>
      )}
    </section>
  );
}
