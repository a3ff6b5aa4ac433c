import { t } from '../i18n';

export type NoticeState =
  | { kind: 'info' | 'error'; text: string }
  /** After a delete: offers to put the annotations back. */
  | { kind: 'undo'; text: string };

export function Notice({ notice, onUndo, onDismiss }: { notice: NoticeState | null; onUndo: () => void; onDismiss: () => void }) {
  // The live region stays in the page while empty: one inserted together with its text is often not announced.
  return (
    <div role="status" aria-live="polite">
      {notice && <NoticeBody notice={notice} onUndo={onUndo} onDismiss={onDismiss} />}
    </div>
  );
}

function NoticeBody({ notice, onUndo, onDismiss }: { notice: NoticeState; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : undefined} data-testid="library-notice">
      <span class="notice-text">{notice.text}</span>
      {notice.kind === 'undo' && (
        <button type="button" data-testid="undo" onClick={onUndo}>
          {t('undo')}
        </button>
      )}
      <button type="button" class="link-button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
