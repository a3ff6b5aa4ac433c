import type { ExportKind } from '@/lib/export';
import { t } from '../i18n';

export interface ExportMenuProps {
  /** Nothing to export yet. */
  empty: boolean;
  /** Whether any claim has a verdict (ClaimReview holds only those). */
  hasClaimReview: boolean;
  onExport: (kind: ExportKind) => void;
  onCopyMarkdown: () => void;
}

/** Export of this page's annotations. */
export function ExportMenu({ empty, hasClaimReview, onExport, onCopyMarkdown }: ExportMenuProps) {
  const button = (kind: ExportKind, label: string, title: string, disabled = empty) => (
    <button type="button" title={title} disabled={disabled} data-testid={`export-${kind}`} onClick={() => onExport(kind)}>
      {label}
    </button>
  );
  return (
    <section class="panel" data-testid="export">
      <h2 class="section-title">{t('exportThisPage')}</h2>
      <div class="button-grid">
        {button('markdown', 'Markdown', t('exportMarkdownTitle'))}
        <button type="button" disabled={empty} data-testid="export-copy-markdown" onClick={onCopyMarkdown}>
          {t('copyMarkdown')}
        </button>
        {button('jsonld', 'JSON-LD', t('exportJsonldTitle'))}
        {button('csv', 'CSV', t('exportCsvTitle'))}
        {button(
          'claimreview',
          'ClaimReview',
          t(hasClaimReview ? 'exportClaimReviewTitle' : 'exportClaimReviewNone'),
          empty || !hasClaimReview,
        )}
      </div>
    </section>
  );
}
