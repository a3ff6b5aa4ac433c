import type { LibraryEntry } from '@/lib/library/entries';
import type { LibraryRow } from '@/lib/library/group';
import type { PageRecord } from '@/lib/model/annotation';
import { WordingDiffInline } from '../WordingDiff';
import { formatNumber, t, uiLanguage } from '../i18n';
import { kindLabel } from '../labels';

// One formatter for every row: building an Intl formatter per render is what made long lists slow to paint.
// Made on first use: the UI language is the browser's, asked at run time.
let rowDate: Intl.DateTimeFormat | null = null;

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : (rowDate ??= new Intl.DateTimeFormat(uiLanguage(), { year: 'numeric', month: 'short', day: 'numeric' })).format(date);
}

export interface EntryRowProps {
  entry: LibraryEntry;
  page: PageRecord | undefined;
  selected: boolean;
  onToggle: (id: string) => void;
  onSpeaker: (speakerKey: string, name: string) => void;
}

/** One annotation: what it says, who said it, where and when. Text only: nothing here is parsed as HTML. */
export function EntryRow({ entry, page, selected, onToggle, onSpeaker }: EntryRowProps) {
  const a = entry.annotation;
  const text = a.exact.trim() || a.comment.trim() || t('noText');
  const title = page?.title.trim() || a.pageUrl;
  return (
    <div class={`row entry-row${selected ? ' selected' : ''}`} data-testid="library-row" data-id={a.id}>
      <input
        type="checkbox"
        class="row-check"
        checked={selected}
        aria-label={t('selectRow', text.slice(0, 80))}
        onChange={() => onToggle(a.id)}
      />
      <div class="row-body">
        <p class="row-text">
          <span class={`kind kind-${a.kind}`}>{kindLabel(a.kind)}</span>
          {a.verdict && a.verdict !== 'unverified' && <span class={`verdict verdict-${a.verdict}`}>{a.verdict}</span>}
          {a.changed ? (
            // Changed on the page: the same line shows the word diff (the row keeps its height in the virtual list).
            <span class="row-quote" data-testid="row-text" title={`${text} → ${a.changed.text}`}>
              <WordingDiffInline exact={a.exact} change={a.changed} />
            </span>
          ) : (
            <span class="row-quote" data-testid="row-text" title={text}>
              {text}
            </span>
          )}
        </p>
        <p class="row-meta">
          {a.speaker && (
            <button
              type="button"
              class="link-button"
              data-testid="row-speaker"
              title={t('everythingBySpeaker')}
              onClick={() => onSpeaker(entry.speakerKey, a.speaker?.name ?? '')}
            >
              {a.speaker.name}
            </button>
          )}
          {isWebUrl(a.pageUrl) ? (
            <a href={a.pageUrl} target="_blank" rel="noopener noreferrer" class="row-page" title={a.pageUrl}>
              {title}
            </a>
          ) : (
            <span class="row-page">{title}</span>
          )}
          <span class="muted">{entry.site}</span>
          {a.creator && (
            <span class="muted" data-testid="row-creator">
              {t('byCreator', a.creator)}
            </span>
          )}
          <time dateTime={a.created}>{formatDay(a.created)}</time>
          {a.tags.length > 0 && <span class="row-tags">{a.tags.map((t) => `#${t}`).join(' ')}</span>}
          {a.comment && a.exact && (
            <span class="row-comment muted" title={a.comment}>
              {a.comment}
            </span>
          )}
        </p>
      </div>
    </div>
  );
}

export function HeaderRow({ row }: { row: Extract<LibraryRow, { type: 'header' }> }) {
  return (
    <div class="row header-row" data-testid="library-group">
      <span class="group-label" title={row.label}>
        {row.label}
      </span>
      {row.detail && <span class="muted group-detail">{row.detail}</span>}
      <span class="group-count muted">{formatNumber(row.count)}</span>
    </div>
  );
}
