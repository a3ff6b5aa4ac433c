import { SyncPanel } from '@/components/library/SyncPanel';
import { VersionsPanel } from '@/components/library/VersionsPanel';
import { useSync } from '../options/use-sync';
import { t } from '@/components/i18n';

/** The library's Sync panel; while the library is open, sync runs live and the list reloads on remote changes. */
export function LibrarySync({ onRemoteChange }: { onRemoteChange: () => void }) {
  const sync = useSync({ live: true, onRemoteChange });
  return (
    <>
      <VersionsPanel conflicts={sync.conflicts} busy={sync.busy} onKeep={sync.keep} />
      <details class="settings-panel" data-testid="library-sync">
        <summary>
          {t('syncTitle')}
          {sync.status ? ` — ${sync.status.summary}` : ''}
        </summary>
        <SyncPanel
          status={sync.status}
          error={sync.error}
          busy={sync.busy}
          onConnect={sync.connect}
          onSyncNow={sync.syncNow}
          onDisconnect={sync.disconnect}
        />
      </details>
    </>
  );
}
