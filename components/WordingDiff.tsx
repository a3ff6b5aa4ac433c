import { wordDiff } from '@/lib/highlight/word-diff';
import type { PageWordingChange } from '@/lib/model/annotation';
import { t } from './i18n';

/**
 * "Changed on the page": the annotated wording against what the page says now, word by word (struck through: what
 * went; underlined: what came). Text only. Shared by the popup, the hover card and the library.
 */
export function WordingDiff({ exact, change }: { exact: string; change: PageWordingChange }) {
  return (
    <p class="wording-diff" data-testid="wording-diff">
      <span class="changed-label">{t(change.kept ? 'changedOnPageKept' : 'changedOnPage')}</span>
      <DiffParts exact={exact} now={change.text} />
    </p>
  );
}

/** The words: kept as text, gone struck through (<del>), new underlined (<ins>). */
function DiffParts({ exact, now }: { exact: string; now: string }) {
  return (
    <>
      {wordDiff(exact, now).map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{`${part.text} `}</span>
        ) : part.kind === 'removed' ? (
          <del key={i} data-testid="diff-removed">
            {part.text}
          </del>
        ) : (
          <ins key={i} data-testid="diff-added">
            {part.text}
          </ins>
        ),
      )}
    </>
  );
}

/** The same diff inside a line of text (the library's rows). */
export function WordingDiffInline({ exact, change }: { exact: string; change: PageWordingChange }) {
  return (
    <span class="wording-diff" data-testid="wording-diff">
      <span class="changed-label">{t('changedShort')}</span>
      <DiffParts exact={exact} now={change.text} />
    </span>
  );
}

/** CSS for the diff in shadow roots, whose stylesheet is a string; extension pages import wording-diff.css. */
export const WORDING_DIFF_CSS = `
.wording-diff { margin: 4px 0; font-size: 13px; line-height: 1.4; }
.wording-diff .changed-label { font-weight: 600; color: #8a4b00; }
.wording-diff del { color: #9b1c1c; text-decoration: line-through; margin-right: 4px; }
.wording-diff ins { color: #14532d; text-decoration: underline; margin-right: 4px; }
`;
