/**
 * Edits one annotation. Presentational (props in, events out) so the popup and the reader view's inline editor
 * share it; the caller wires autocomplete to `suggest/*` messages and saving to `annotation/save`.
 * Give it `key={annotation.id}`: the form state starts from `annotation` and is not reset by later props.
 */
import { useState } from 'preact/hooks';
import {
  ANNOTATION_KINDS,
  VERDICTS,
  type Annotation,
  type AnnotationKind,
  type Source,
  type Speaker,
  type Verdict,
} from '@/lib/model/annotation';
import { t } from '../i18n';
import { kindLabel, verdictLabel } from '../labels';
import { Field, invalidProps } from './Field';
import { SourcesList } from './SourcesList';
import { SpeakerFields } from './SpeakerFields';
import { annotationToDraft, draftToAnnotation, type DraftErrors, type EditorDraft } from './editor-draft';

export interface AnnotationEditorProps {
  annotation: Annotation;
  /** Speakers recorded before whose name starts a word with `prefix`, most used first. */
  suggestSpeakers: (prefix: string) => Promise<Speaker[]>;
  suggestSources: (prefix: string) => Promise<Source[]>;
  /** Gets the validated annotation (kind-specific fields cleared). */
  onSave: (annotation: Annotation) => void;
  onCancel: () => void;
  /** Shows a Delete button when given. */
  onDelete?: (annotation: Annotation) => void;
  /** While the caller is saving: buttons disabled. */
  busy?: boolean;
  /** The caller's failure to save, shown above the buttons. */
  error?: string | null;
  /** Prefix for element ids, when several editors share a document. */
  idPrefix?: string;
}

export function AnnotationEditor(props: AnnotationEditorProps) {
  const { annotation, busy = false, idPrefix = 'gloss-editor' } = props;
  const [draft, setDraft] = useState<EditorDraft>(() => annotationToDraft(annotation));
  const [errors, setErrors] = useState<DraftErrors>({});
  const edit = (change: Partial<EditorDraft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = (event: Event) => {
    event.preventDefault();
    const result = draftToAnnotation(annotation, draft);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    props.onSave(result.annotation);
  };

  const id = (field: string) => `${idPrefix}-${field}`;
  const formError = errors.form ?? props.error ?? null;
  return (
    <form class={`editor kind-${draft.kind}`} data-testid="annotation-editor" onSubmit={submit} noValidate>
      <KindSwitch name={id('kind')} kind={draft.kind} onChange={(kind) => edit({ kind })} />
      <blockquote class="editor-exact" data-testid="editor-exact">
        {annotation.exact || <span class="muted">{t('noTextSelected')}</span>}
      </blockquote>

      {draft.kind !== 'note' && (
        <SpeakerFields
          idPrefix={idPrefix}
          label={t(draft.kind === 'quote' ? 'speaker' : 'claimant')}
          name={draft.speakerName}
          role={draft.speakerRole}
          nameError={errors.speakerName}
          roleError={errors.speakerRole}
          onChange={(speakerName, speakerRole) => edit({ speakerName, speakerRole })}
          suggestSpeakers={props.suggestSpeakers}
        />
      )}

      {draft.kind === 'claim' && (
        <>
          <Field id={id('verdict')} label={t('verdict')} testId="editor-verdict">
            <select
              id={id('verdict')}
              value={draft.verdict}
              data-testid="editor-verdict"
              onChange={(event) => edit({ verdict: event.currentTarget.value as Verdict })}
            >
              {VERDICTS.map((verdict) => (
                <option key={verdict} value={verdict}>
                  {verdictLabel(verdict)}
                </option>
              ))}
            </select>
          </Field>
          <SourcesList
            idPrefix={idPrefix}
            sources={draft.sources}
            errors={errors}
            onChange={(sources) => edit({ sources })}
            suggestSources={props.suggestSources}
          />
        </>
      )}

      <Field id={id('comment')} label={t('comment')} testId="editor-comment" error={errors.comment}>
        <textarea
          id={id('comment')}
          rows={3}
          value={draft.comment}
          data-testid="editor-comment"
          {...invalidProps(id('comment'), errors.comment)}
          onInput={(event) => edit({ comment: event.currentTarget.value })}
        />
      </Field>
      <Field id={id('tags')} label={t('tagsField')} testId="editor-tags" error={errors.tags}>
        <input
          id={id('tags')}
          type="text"
          value={draft.tags}
          placeholder={t('tagsPlaceholder')}
          data-testid="editor-tags"
          {...invalidProps(id('tags'), errors.tags)}
          onInput={(event) => edit({ tags: event.currentTarget.value })}
        />
      </Field>

      {formError && (
        <p class="field-error" role="alert" data-testid="editor-error">
          {formError}
        </p>
      )}
      <div class="editor-buttons">
        <button type="submit" class="primary" disabled={busy} data-testid="editor-save">
          {t(busy ? 'saving' : 'save')}
        </button>
        <button type="button" disabled={busy} data-testid="editor-cancel" onClick={props.onCancel}>
          {t('cancel')}
        </button>
        {props.onDelete && (
          <button type="button" class="danger" disabled={busy} data-testid="editor-delete" onClick={() => props.onDelete?.(annotation)}>
            {t('delete')}
          </button>
        )}
      </div>
    </form>
  );
}

function KindSwitch({ name, kind, onChange }: { name: string; kind: AnnotationKind; onChange: (kind: AnnotationKind) => void }) {
  return (
    <fieldset class="kind-switch" data-testid="editor-kind">
      <legend class="visually-hidden">{t('kind')}</legend>
      {ANNOTATION_KINDS.map((option) => (
        <label key={option} class={`kind-option kind-${option}${option === kind ? ' selected' : ''}`}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === kind}
            data-testid={`editor-kind-${option}`}
            onChange={() => onChange(option)}
          />
          {kindLabel(option)}
        </label>
      ))}
    </fieldset>
  );
}
