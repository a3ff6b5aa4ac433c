/** What a highlight is, shown on hover: kind, speaker, verdict, comment; actions when pinned. */
import type { Annotation, Speaker } from '@/lib/model/annotation';
import { t } from '../i18n';
import { kindLabel, speakerLabel, verdictLabel } from '../labels';
import { WordingDiff } from '../WordingDiff';

export type CardContent =
  | { type: 'annotation'; annotation: Annotation }
  | { type: 'suggestion'; kind: 'quote' | 'claim'; speaker: Speaker | null; unnamed?: string; cue: string };

export interface CardAction {
  label: string;
  onClick: () => void;
  tone?: 'primary' | 'danger';
}

/** `focusable`: reached from the keyboard (Alt+Shift+J / K), the card is a named region that takes the focus. */
export function HighlightCard({
  content,
  actions = [],
  focusable = false,
}: {
  content: CardContent;
  actions?: CardAction[];
  focusable?: boolean;
}) {
  const kind = content.type === 'annotation' ? content.annotation.kind : content.kind;
  const speaker = content.type === 'annotation' ? content.annotation.speaker : content.speaker;
  const verdict = content.type === 'annotation' ? content.annotation.verdict : null;
  const comment = content.type === 'annotation' ? content.annotation.comment : '';
  const badge = content.type === 'suggestion' ? t(kind === 'claim' ? 'suggestedClaim' : 'suggestedQuote') : kindLabel(kind);
  return (
    <div
      class={`card kind-${kind}`}
      role={focusable ? 'region' : 'tooltip'}
      {...(focusable ? { tabIndex: -1, 'aria-label': speaker ? `${badge}: ${speakerLabel(speaker)}` : badge } : {})}
    >
      <p class="card-head">
        <span class={`badge kind-${kind}`}>{badge}</span>
        {verdict && <span class={`verdict verdict-${verdict}`}>{verdictLabel(verdict)}</span>}
      </p>
      {speaker && <p class="card-speaker">{speakerLabel(speaker)}</p>}
      {!speaker && content.type === 'suggestion' && content.unnamed && <p class="card-speaker">{t('unnamedSource', content.unnamed)}</p>}
      {content.type === 'suggestion' && <p class="card-cue">{t('cue', content.cue)}</p>}
      {content.type === 'annotation' && content.annotation.changed && (
        <WordingDiff exact={content.annotation.exact} change={content.annotation.changed} />
      )}
      {comment && <p class="card-comment">{comment}</p>}
      {actions.length > 0 && (
        <div class="card-actions">
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              class={action.tone}
              onClick={(event) => {
                if (event.isTrusted) action.onClick();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
