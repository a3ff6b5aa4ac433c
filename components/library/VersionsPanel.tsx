import type { AnnotationConflict, AnnotationVersion } from '@/lib/sync/conflicts';
import { t, tCount } from '../i18n';
import { verdictLabel } from '../labels';

export interface VersionsPanelProps {
  conflicts: readonly AnnotationConflict[];
  busy: boolean;
  onKeep: (id: string, rev: string) => void;
}

/** What differs between versions, in the reader's words: the verdict, the speaker, the note. */
function describe(version: AnnotationVersion): string {
  const a = version.annotation;
  const parts = [
    a.verdict ? t('conflictVerdict', verdictLabel(a.verdict)) : null,
    a.speaker ? t('conflictSpeaker', a.speaker.name) : null,
    a.comment ? t('conflictNote', a.comment) : null,
    a.sources.length > 0 ? tCount(a.sources.length, 'conflictSourcesOne', 'conflictSourcesOther') : null,
  ];
  return parts.filter((p) => p !== null).join(' · ') || t('conflictNothing');
}

/** Annotations that two people changed apart: "2 versions", who changed what, and a way to keep one. */
export function VersionsPanel({ conflicts, busy, onKeep }: VersionsPanelProps) {
  if (conflicts.length === 0) return null;
  return (
    <section class="versions-panel" data-testid="versions-panel" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('conflictTitle')}</h2>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.id} data-testid="conflict">
            <p>
              <strong data-testid="conflict-count">{t('conflictVersions', conflict.versions.length)}</strong>
              {t('conflictOf', conflict.versions[0]?.annotation.exact.slice(0, 120) ?? '')}
            </p>
            <ul>
              {conflict.versions.map((version) => (
                <li key={version.rev} data-testid="conflict-version">
                  <span>
                    <strong>{version.editor}</strong>: {describe(version)}
                    {version.winning ? t('conflictShownNow') : ''}
                  </span>{' '}
                  <button type="button" data-testid="keep-version" disabled={busy} onClick={() => onKeep(conflict.id, version.rev)}>
                    {t('conflictKeep', version.editor)}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
