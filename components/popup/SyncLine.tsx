import type { SyncStatus } from '@/lib/sync/service';
import { tCount } from '../i18n';

/** The popup's one line about sync (nothing when sync is off), and what waits for the reader's choice. */
export function SyncLine({ status }: { status: SyncStatus | null }) {
  if (!status || status.state === 'off') return null;
  return (
    <p class="sync-line" data-testid="popup-sync" role="status">
      {status.summary}
      {status.conflicted > 0 ? ` ${tCount(status.conflicted, 'syncConflictsOne', 'syncConflictsOther')}` : ''}
    </p>
  );
}
