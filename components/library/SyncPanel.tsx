import { useState } from 'preact/hooks';
import type { SyncStatus } from '@/lib/sync/service';

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
      {field('server', 'Server (CouchDB)')}
      {field('account', 'Account')}
      {field('password', 'Password')}
      {field('personal', 'Your database', 'Where your own annotations go, e.g. gloss-jane.')}
      {field('desks', 'Desks to join', 'Database names, separated by commas. Optional.')}
      <label>
        New annotations go to
        <select data-testid="sync-new-in" value={values.newIn} onChange={(e) => setValues({ ...values, newIn: e.currentTarget.value })}>
          <option value="">your database</option>
          {destinations.map((desk) => (
            <option key={desk} value={desk}>
              desk {desk}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" data-testid="sync-connect" disabled={busy}>
        {busy ? 'Checking…' : 'Connect and sync'}
      </button>
    </form>
  );
}

/** The Sync panel: settings when off; otherwise the server, account, desks, last sync, pending changes and errors. */
export function SyncPanel({ status, error, busy, onConnect, onSyncNow, onDisconnect }: SyncPanelProps) {
  const settings = status?.settings ?? null;
  return (
    <section class="sync-panel" data-testid="sync-panel" aria-labelledby="sync-title">
      <h2 id="sync-title">Sync</h2>
      <p class="sync-summary" data-testid="sync-summary" role="status" aria-live="polite">
        {status ? status.summary : 'Loading…'}
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
            <dt>Server</dt>
            <dd data-testid="sync-server">{settings.server}</dd>
            <dt>Account</dt>
            <dd>{settings.account}</dd>
            <dt>Last sync</dt>
            <dd>{status?.lastSync ?? 'never'}</dd>
            <dt>New annotations go to</dt>
            <dd data-testid="sync-new-in-shown">
              {settings.newIn && settings.newIn !== settings.personal ? `desk ${settings.newIn}` : 'your database'}
            </dd>
            <dt>Waiting to sync</dt>
            <dd data-testid="sync-pending">{status?.pending ?? 0}</dd>
          </dl>
          <ul class="sync-databases">
            {(status?.databases ?? []).map((report) => (
              <li key={report.database} data-testid="sync-database">
                <strong>{report.database === settings.personal ? `${report.database} (yours)` : `${report.database} (desk)`}</strong>
                {report.error ? ` — ${report.error.message}` : ` — received ${report.pulled}, sent ${report.pushed}`}
                {report.denied.length > 0 ? ` — ${report.denied.length} refused: ${report.denied[0]!.reason}` : ''}
              </li>
            ))}
          </ul>
          <button type="button" data-testid="sync-now" onClick={onSyncNow} disabled={busy}>
            Sync now
          </button>{' '}
          <button type="button" data-testid="sync-disconnect" onClick={onDisconnect} disabled={busy}>
            Disconnect
          </button>
        </>
      )}
    </section>
  );
}
