import { useState } from 'preact/hooks';
import type { PersonCount } from '@/lib/highlight/people-quoted';
import type { Suggestion } from '@/lib/messages';
import { KindBadge } from './KindBadge';
import { formatNumber, t } from '../i18n';
import { speakerLabel } from '../labels';

export interface SuggestionsPanelProps {
  /** null: the page could not be asked (no content script, not an article). */
  suggestions: Suggestion[] | null;
  /** The page has not answered yet: neither "none" nor "unavailable" is known. */
  loading?: boolean;
  people: PersonCount[];
  /** The suggestion being decided (its buttons are disabled meanwhile). */
  pendingId: string | null;
  onDecide: (id: string, accept: boolean) => void;
  excerpt: (text: string) => string;
}

/** The popup stays short: more than this behind "Show all". */
const FIRST_SHOWN = 5;

/** Quotes and claims Gloss found in the article, to accept (saved with the speaker) or dismiss; and who is quoted. */
export function SuggestionsPanel(props: SuggestionsPanelProps) {
  const [showAll, setShowAll] = useState(false);
  const open = props.suggestions?.filter((s) => s.state === 'open') ?? [];
  const shown = showAll ? open : open.slice(0, FIRST_SHOWN);
  const decided = (props.suggestions?.length ?? 0) - open.length;
  return (
    <section class="panel" data-testid="suggestions" aria-busy={props.loading ? 'true' : undefined}>
      <h2 class="section-title">{t('suggestions')}</h2>
      {props.loading ? (
        <p class="muted small" role="status" data-testid="suggestions-loading">
          {t('suggestionsLoading')}
        </p>
      ) : props.suggestions === null ? (
        <p class="muted small" data-testid="suggestions-unavailable">
          {t('suggestionsUnavailable')}
        </p>
      ) : open.length === 0 ? (
        <p class="muted small" data-testid="suggestions-empty">
          {t(decided > 0 ? 'suggestionsReviewed' : 'suggestionsNone')}
        </p>
      ) : (
        <ol class="suggestion-list">
          {shown.map((s) => (
            <li key={s.id} class={`suggestion kind-${s.kind}`} data-testid="suggestion" data-id={s.id}>
              <span class="row-head">
                <KindBadge kind={s.kind} />
                {s.speaker && (
                  <span class="row-speaker" data-testid="suggestion-speaker">
                    {speakerLabel(s.speaker)}
                  </span>
                )}
                {!s.speaker && s.unnamed && (
                  <span class="row-speaker muted" data-testid="suggestion-unnamed">
                    {t('unnamedShort', s.unnamed)}
                  </span>
                )}
                <span class="suggestion-buttons">
                  <button
                    type="button"
                    class="small-button"
                    disabled={props.pendingId === s.id}
                    data-testid="suggestion-accept"
                    onClick={() => props.onDecide(s.id, true)}
                  >
                    {t('accept')}
                  </button>
                  <button
                    type="button"
                    class="small-button"
                    disabled={props.pendingId === s.id}
                    data-testid="suggestion-dismiss"
                    onClick={() => props.onDecide(s.id, false)}
                  >
                    {t('dismiss')}
                  </button>
                </span>
              </span>
              <span class="row-text" data-testid="suggestion-text">
                {props.excerpt(s.text)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {open.length > FIRST_SHOWN && (
        <button type="button" class="link-button" data-testid="suggestions-toggle" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('showFewer') : t('showAllSuggestions', open.length)}
        </button>
      )}
      {props.people.length > 0 && (
        <div class="people" data-testid="people-quoted">
          <h3 class="section-subtitle">{t('peopleQuoted')}</h3>
          <ul class="people-list">
            {props.people.map((person) => (
              <li key={person.name} data-testid="person">
                <span class="person-name">{person.name}</span> <span class="count">{formatNumber(person.count)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
