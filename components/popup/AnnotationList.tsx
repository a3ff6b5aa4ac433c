import type { Annotation } from '@/lib/model/annotation';
import { WordingDiff } from '../WordingDiff';
import { KindBadge } from './KindBadge';
import { t } from '../i18n';
import { speakerLabel, verdictLabel } from '../labels';

export interface AnnotationListProps {
  /** Found on the page, in reading order. */
  listed: Annotation[];
  /** Not found on the page: shown in their own group. */
  orphans: Annotation[];
  /** False when the page did not say where annotations are: the list is then in the order they were made. */
  inReadingOrder: boolean;
  onOpen: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
  /** A changed wording: take the page's new words (true) or keep the original (false). */
  onWording?: (annotation: Annotation, useNew: boolean) => void;
  /** Display text for a row (the caller truncates). */
  excerpt: (text: string) => string;
}

/** The page's annotations; a row opens the editor, × deletes (the caller offers undo). Text only. */
export function AnnotationList(props: AnnotationListProps) {
  if (props.listed.length === 0 && props.orphans.length === 0) {
    return (
      <p class="muted small" data-testid="annotations-empty">
        {t('popupNoAnnotations')}
      </p>
    );
  }
  return (
    <>
      {props.listed.length > 0 && (
        <ol class="annotation-list" data-testid="annotation-list">
          {props.listed.map((annotation) => (
            <AnnotationRow key={annotation.id} annotation={annotation} {...props} />
          ))}
        </ol>
      )}
      {!props.inReadingOrder && props.listed.length > 0 && (
        <p class="muted small" data-testid="annotations-stored-order">
          {t('popupStoredOrder')}
        </p>
      )}
      {props.orphans.length > 0 && (
        <section class="orphans" data-testid="orphans">
          <h3 class="section-subtitle">{t('popupNotFound')}</h3>
          <p class="muted small">{t('popupNotFoundWhy')}</p>
          <ol class="annotation-list">
            {props.orphans.map((annotation) => (
              <AnnotationRow key={annotation.id} annotation={annotation} {...props} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function AnnotationRow({ annotation, onOpen, onDelete, onWording, excerpt }: AnnotationListProps & { annotation: Annotation }) {
  const { speaker, verdict } = annotation;
  return (
    <li class={`annotation-row kind-${annotation.kind}`} data-testid="annotation-row" data-id={annotation.id}>
      <button type="button" class="row-open" data-testid="annotation-open" onClick={() => onOpen(annotation)}>
        <span class="row-head">
          <KindBadge kind={annotation.kind} />
          {verdict && (
            <span class={`verdict verdict-${verdict}`} data-testid="annotation-verdict">
              {verdictLabel(verdict)}
            </span>
          )}
        </span>
        <span class="row-text" data-testid="annotation-text">
          {excerpt(annotation.exact) || t('noText')}
        </span>
        {speaker && (
          <span class="row-speaker muted" data-testid="annotation-speaker">
            {speakerLabel(speaker)}
          </span>
        )}
        {annotation.creator && (
          <span class="row-speaker muted" data-testid="annotation-creator">
            {t('byCreator', annotation.creator)}
          </span>
        )}
      </button>
      {annotation.changed && <WordingDiff exact={annotation.exact} change={annotation.changed} />}
      {annotation.changed && !annotation.changed.kept && onWording && (
        <span class="wording-actions">
          <button type="button" class="small-button" data-testid="wording-use-new" onClick={() => onWording(annotation, true)}>
            {t('useNewWording')}
          </button>
          <button type="button" class="small-button" data-testid="wording-keep" onClick={() => onWording(annotation, false)}>
            {t('keepOriginal')}
          </button>
        </span>
      )}
      <button
        type="button"
        class="row-delete"
        aria-label={t('deleteAnnotation')}
        title={t('delete')}
        data-testid="annotation-delete"
        onClick={() => onDelete(annotation)}
      >
        ×
      </button>
    </li>
  );
}
