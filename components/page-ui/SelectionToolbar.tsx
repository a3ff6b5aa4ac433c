import type { AnnotationKind } from '@/lib/model/annotation';
import { t } from '../i18n';
import { kindLabel } from '../labels';

export const TOOLBAR_KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'note'];

/**
 * The floating toolbar over a selection. Buttons are equal width in this order (quote, claim, note), so a test
 * can click one from the host's bounding box alone. mousedown is cancelled so the selection stays put.
 */
export function SelectionToolbar({ onPick }: { onPick: (kind: AnnotationKind) => void }) {
  return (
    <div class="toolbar" role="toolbar" aria-label={t('annotateSelection')}>
      {TOOLBAR_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          class={`kind-${kind}`}
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
