import { t } from '../i18n';

export type NoticeState =
  | { kind: 'info' | 'error'; text: string }
  /** After a delete: offers to put the annotations back. */
  | { kind: 'undo'; text: string };

export function Notice({ notice, onUndo, onDismiss }: { notice: NoticeState | null; onUndo: () => void; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <div class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="library-notice">
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
