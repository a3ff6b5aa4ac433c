import type { AnnotationKind } from '@/lib/model/annotation';
import { stepIndex, toolbarKey } from '@/lib/keyboard';
import { t } from '../i18n';
import { kindLabel } from '../labels';

export const TOOLBAR_KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'note'];
const SHORTCUT_LETTERS: Record<AnnotationKind, string> = { quote: 'Q', claim: 'C', note: 'N' };

/**
 * The floating toolbar over a selection. Buttons are equal width in this order (quote, claim, note), so a test
 * can click one from the host's bounding box alone. mousedown is cancelled so the selection stays put.
 * From the keyboard (the focus moved in with Alt+Shift+A): Q, C, N pick a kind, arrows move, Tab too.
 */
export function SelectionToolbar({ onPick }: { onPick: (kind: AnnotationKind) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const action = toolbarKey(event);
    if (!action) return;
    event.preventDefault();
    if ('pick' in action) return onPick(action.pick);
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll('button')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    buttons[stepIndex(buttons.length, current, action.move)]?.focus();
  };
  return (
    <div class="toolbar" role="toolbar" aria-label={t('annotateSelection')} onKeyDown={onKeyDown}>
      {TOOLBAR_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          class={`kind-${kind}`}
          aria-keyshortcuts={SHORTCUT_LETTERS[kind]}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            // A page can't click inside a closed shadow root, but it can dispatch synthetic events at it.
            if (event.isTrusted) onPick(kind);
          }}
        >
          {kindLabel(kind)}
        </button>
      ))}
    </div>
  );
}
