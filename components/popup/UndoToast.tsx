import { t } from '../i18n';
/** A short-lived message with an Undo button; the caller owns the timer and the live region around it. */
export function UndoToast({ message, onUndo }: { message: string; onUndo: () => void }) {
  return (
    <div class="toast" data-testid="undo-toast">
      <span>{message}</span>
      <button type="button" class="link-button" data-testid="undo-button" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
