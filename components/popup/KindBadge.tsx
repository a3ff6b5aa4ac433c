import type { AnnotationKind } from '@/lib/model/annotation';
import { kindLabel } from '../labels';

/** The kind as a coloured label; the colour is a hint only, the word says it. */
export function KindBadge({ kind }: { kind: AnnotationKind }) {
  return (
    <span class={`kind-badge kind-${kind}`} data-testid="kind-badge">
      {kindLabel(kind)}
    </span>
  );
}
