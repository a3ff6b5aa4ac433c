import { STANCES, type Source, type Stance } from '@/lib/model/annotation';
import { t } from '../i18n';
import { stanceLabel } from '../labels';
import { Combobox } from './Combobox';
import { errorId, Field, invalidProps } from './Field';
import { emptySource, sourceToDraft, type DraftErrors, type SourceDraft } from './editor-draft';

export interface SourcesListProps {
  idPrefix: string;
  sources: SourceDraft[];
  errors: DraftErrors;
  onChange: (sources: SourceDraft[]) => void;
  suggestSources: (prefix: string) => Promise<Source[]>;
}

/** Evidence for or against a claim: rows of url, title, publisher, date and stance; add and remove rows. */
export function SourcesList(props: SourcesListProps) {
  const { sources, onChange } = props;
  const update = (index: number, next: SourceDraft) => onChange(sources.map((s, i) => (i === index ? next : s)));
  return (
    <fieldset class="sources" data-testid="editor-sources">
      <legend>{t('sources')}</legend>
      {sources.length === 0 && <p class="muted small">{t('noSources')}</p>}
      {sources.map((source, index) => (
        <SourceRow
          key={source.key}
          idPrefix={`${props.idPrefix}-source-${source.key}`}
          index={index}
          source={source}
          errors={props.errors}
          suggestSources={props.suggestSources}
          onChange={(next) => update(index, next)}
          onRemove={() => onChange(sources.filter((_, i) => i !== index))}
        />
      ))}
      <button type="button" class="link-button" data-testid="editor-add-source" onClick={() => onChange([...sources, emptySource()])}>
        {t('addSource')}
      </button>
    </fieldset>
  );
}

interface SourceRowProps {
  idPrefix: string;
  index: number;
  source: SourceDraft;
  errors: DraftErrors;
  suggestSources: (prefix: string) => Promise<Source[]>;
  onChange: (source: SourceDraft) => void;
  onRemove: () => void;
}

function SourceRow({ idPrefix, index, source, errors, suggestSources, onChange, onRemove }: SourceRowProps) {
  const error = (field: keyof SourceDraft) => errors[`sources.${index}.${field}`];
  const text = (field: 'title' | 'publisher' | 'date', label: string, placeholder: string) => {
    const id = `${idPrefix}-${field}`;
    return (
      <Field id={id} label={label} testId={`editor-source-${index}-${field}`} error={error(field)}>
        <input
          id={id}
          type="text"
          value={source[field]}
          placeholder={placeholder}
          data-testid={`editor-source-${index}-${field}`}
          {...invalidProps(id, error(field))}
          onInput={(event) => onChange({ ...source, [field]: event.currentTarget.value })}
        />
      </Field>
    );
  };
  const urlId = `${idPrefix}-url`;
  const stanceId = `${idPrefix}-stance`;
  return (
    <div class="source-row" data-testid={`editor-source-${index}`}>
      <Field id={urlId} label={t('sourceLink')} testId={`editor-source-${index}-url`} error={error('url')}>
        <Combobox<Source>
          id={urlId}
          type="url"
          testId={`editor-source-${index}-url`}
          value={source.url}
          placeholder="https://…"
          invalid={Boolean(error('url'))}
          describedBy={error('url') ? errorId(urlId) : undefined}
          onInput={(url) => onChange({ ...source, url })}
          suggest={suggestSources}
          // A remembered source fills every field; the row keeps its identity.
          onPick={(picked) => onChange({ ...sourceToDraft(picked), key: source.key })}
          optionLabel={(s) => s.title ?? s.url}
          optionDetail={(s) => [s.publisher, s.url].filter(Boolean).join(' · ')}
        />
      </Field>
      {text('title', t('sourceTitle'), t('sourceTitlePlaceholder'))}
      <div class="field-row">
        {text('publisher', t('sourcePublisher'), t('sourcePublisherPlaceholder'))}
        {text('date', t('sourceDate'), t('sourceDatePlaceholder'))}
      </div>
      <div class="source-row-footer">
        <Field id={stanceId} label={t('sourceStance')} testId={`editor-source-${index}-stance`}>
          <select
            id={stanceId}
            value={source.stance}
            data-testid={`editor-source-${index}-stance`}
            onChange={(event) => onChange({ ...source, stance: event.currentTarget.value as Stance })}
          >
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {stanceLabel(stance)}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" class="link-button danger" data-testid={`editor-source-${index}-remove`} onClick={onRemove}>
          {t('remove')}
        </button>
      </div>
    </div>
  );
}
