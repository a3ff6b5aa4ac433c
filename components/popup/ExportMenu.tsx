import type { ExportKind } from '@/lib/export';

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
      <h2 class="section-title">Export this page</h2>
      <div class="button-grid">
        {button('markdown', 'Markdown', 'Download a Markdown file')}
        <button type="button" disabled={empty} data-testid="export-copy-markdown" onClick={onCopyMarkdown}>
          Copy Markdown
        </button>
        {button('jsonld', 'JSON-LD', 'W3C Web Annotations (Gloss can import it again)')}
        {button('csv', 'CSV', 'One row per annotation, for spreadsheets')}
        {button(
          'claimreview',
          'ClaimReview',
          hasClaimReview ? 'schema.org ClaimReview of claims with a verdict' : 'Give a claim a verdict first',
          empty || !hasClaimReview,
        )}
      </div>
    </section>
  );
}
