import type { AnnotationKind } from '@/lib/model/annotation';

export const TOOLBAR_KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'note'];
const LABELS: Record<AnnotationKind, string> = { quote: 'Quote', claim: 'Claim', note: 'Note' };

/**
 * The floating toolbar over a selection. Buttons are equal width in this order (quote, claim, note), so a test
 * can click one from the host's bounding box alone. mousedown is cancelled so the selection stays put.
 */
export function SelectionToolbar({ onPick }: { onPick: (kind: AnnotationKind) => void }) {
  return (
    <div class="toolbar" role="toolbar" aria-label="Annotate selection">
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
          {LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
