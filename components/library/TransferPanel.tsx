import type { ImportSummary } from '@/lib/library/transfer-text';
import { t, tCount } from '../i18n';

export interface TransferPanelProps {
  busy: boolean;
  summary: ImportSummary | null;
  onBackup: () => void;
  onImportFile: (file: File) => void;
}

/** Back up everything, and import (or restore) a file: Gloss backups, Hypothesis and Obsidian Web Clipper exports. */
export function TransferPanel({ busy, summary, onBackup, onImportFile }: TransferPanelProps) {
  return (
    <section class="transfer" aria-label={t('backupAndImport')}>
      <button type="button" data-testid="backup-all" disabled={busy} onClick={onBackup}>
        {t('backupAll')}
      </button>
      <label class={`file-button${busy ? ' disabled' : ''}`}>
        {t('importOrRestore')}
        <input
          type="file"
          data-testid="import-file"
          accept=".jsonld,.json,application/json,application/ld+json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = ''; // choosing the same file again must import again
            if (file) onImportFile(file);
          }}
        />
      </label>
      {summary && (
        <div class="import-summary" data-testid="import-summary" role="status">
          <p>{tCount(summary.total, 'importSummaryOne', 'importSummaryOther', summary.added, summary.skipped, summary.orphaned)}</p>
          {summary.orphaned > 0 && <p class="muted">{t('importOrphans')}</p>}
          {summary.warnings.map((w) => (
            <p key={w} class="muted">
              {w}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
