import { useState } from 'preact/hooks';
import type { ExportKind } from '@/lib/export';
import { EXPORT_LABELS } from '@/lib/library/transfer-text';
import { t } from '../i18n';

export interface SelectionBarProps {
  /** Annotations shown by the current search and filters. */
  shown: number;
  selected: number;
  busy: boolean;
  onSelectAllShown: () => void;
  onClearSelection: () => void;
  onDelete: () => void;
  onTag: (tag: string) => void;
  /** Exports the selection, or everything shown when nothing is selected. */
  onExport: (kind: ExportKind) => void;
  onCopyMarkdown: () => void;
}

const KINDS = Object.keys(EXPORT_LABELS) as ExportKind[];

export function SelectionBar(props: SelectionBarProps) {
  const [tag, setTag] = useState('');
  const [kind, setKind] = useState<ExportKind>('jsonld');
  const { selected, shown, busy } = props;
  const target = selected > 0 ? t('exportSelected', selected) : t('exportShown', shown);
  return (
    <section class="selection-bar" aria-label={t('selection')}>
      <span data-testid="library-count" class="count">
        {t('countShown', shown)}
        {selected > 0 ? ` · ${t('countSelected', selected)}` : ''}
      </span>
      <button type="button" data-testid="select-all" disabled={busy || shown === 0} onClick={props.onSelectAllShown}>
        {t('selectAllShown', shown)}
      </button>
      {selected > 0 && (
        <>
          <button type="button" disabled={busy} onClick={props.onClearSelection}>
            {t('clearSelection')}
          </button>
          <button type="button" class="danger" data-testid="delete-selected" disabled={busy} onClick={props.onDelete}>
            {t('deleteCount', selected)}
          </button>
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (tag.trim() !== '') props.onTag(tag);
              setTag('');
            }}
          >
            <input
              aria-label={t('tagToAdd')}
              data-testid="tag-input"
              placeholder={t('tagPlaceholder')}
              value={tag}
              maxLength={200}
              onInput={(e) => setTag(e.currentTarget.value)}
            />
            <button type="submit" data-testid="tag-selected" disabled={busy || tag.trim() === ''}>
              {t('addTag')}
            </button>
          </form>
        </>
      )}
      <span class="export">
        <select
          aria-label={t('exportFormat')}
          data-testid="export-format"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ExportKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {EXPORT_LABELS[k]}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="export-selection"
          disabled={busy || (selected === 0 && shown === 0)}
          onClick={() => props.onExport(kind)}
        >
          {target}
        </button>
        <button type="button" data-testid="copy-markdown" disabled={busy || (selected === 0 && shown === 0)} onClick={props.onCopyMarkdown}>
          {t('copyAsMarkdown')}
        </button>
      </span>
    </section>
  );
}
