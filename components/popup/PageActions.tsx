import type { AnnotationKind } from '@/lib/model/annotation';
import { t } from '../i18n';
import { kindLabel } from '../labels';

export interface PageActionsProps {
  /** The page's content script answers (it makes annotations and the reader view); false disables the buttons. */
  canAnnotate: boolean;
  /** false: Gloss did not take the page for an article, so the reader view is a try ("anyway"). */
  isArticle: boolean;
  busy: boolean;
  onAnnotate: (kind: AnnotationKind) => void;
  onOpenReader: () => void;
}

const KINDS: AnnotationKind[] = ['quote', 'claim', 'note'];

/** Make an annotation from the page's selection; open the reader view. */
export function PageActions({ canAnnotate, isArticle, busy, onAnnotate, onOpenReader }: PageActionsProps) {
  return (
    <div class="page-actions">
      <div class="button-row" role="group" aria-labelledby="from-selection-label">
        <span id="from-selection-label" class="button-row-label">
          {t('fromSelection')}
        </span>
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            class={`kind-button kind-${kind}`}
            disabled={!canAnnotate || busy}
            aria-label={t('kindFromSelection', kindLabel(kind))}
            title={t('kindFromSelectionTitle', kindLabel(kind))}
            data-testid={`annotate-${kind}`}
            onClick={() => onAnnotate(kind)}
          >
            + {kindLabel(kind)}
          </button>
        ))}
      </div>
      <button
        type="button"
        class="wide"
        disabled={!canAnnotate}
        data-testid={isArticle ? 'open-reader' : 'reader-anyway'}
        onClick={onOpenReader}
      >
        {t(isArticle ? 'openReader' : 'tryReaderAnyway')}
      </button>
    </div>
  );
}
