import type { SyncStatus } from '@/lib/sync/service';

/** The popup's one line about sync (nothing when sync is off), and what waits for the reader's choice. */
export function SyncLine({ status }: { status: SyncStatus | null }) {
  if (!status || status.state === 'off') return null;
  return (
    <p class="sync-line" data-testid="popup-sync" role="status">
      {status.summary}
      {status.conflicted > 0
        ? ` ${status.conflicted} annotation${status.conflicted === 1 ? ' has' : 's have'} 2 versions: choose in the library.`
        : ''}
    </p>
  );
}
