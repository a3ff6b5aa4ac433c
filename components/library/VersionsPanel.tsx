import type { AnnotationConflict, AnnotationVersion } from '@/lib/sync/conflicts';

export interface VersionsPanelProps {
  conflicts: readonly AnnotationConflict[];
  busy: boolean;
  onKeep: (id: string, rev: string) => void;
}

/** What differs between versions, in the reader's words: the verdict, the speaker, the note. */
function describe(version: AnnotationVersion): string {
  const a = version.annotation;
  const parts = [
    a.verdict ? `verdict: ${a.verdict}` : null,
    a.speaker ? `speaker: ${a.speaker.name}` : null,
    a.comment ? `note: “${a.comment}”` : null,
    a.sources.length > 0 ? `${a.sources.length} source${a.sources.length === 1 ? '' : 's'}` : null,
  ];
  return parts.filter((p) => p !== null).join(' · ') || 'no verdict, speaker or note';
}

/** Annotations that two people changed apart: "2 versions", who changed what, and a way to keep one. */
export function VersionsPanel({ conflicts, busy, onKeep }: VersionsPanelProps) {
  if (conflicts.length === 0) return null;
  return (
    <section class="versions-panel" data-testid="versions-panel" aria-labelledby="versions-title">
      <h2 id="versions-title">Changed in two places</h2>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.id} data-testid="conflict">
            <p>
              <strong data-testid="conflict-count">{conflict.versions.length} versions</strong> of “
              {conflict.versions[0]?.annotation.exact.slice(0, 120)}”
            </p>
            <ul>
              {conflict.versions.map((version) => (
                <li key={version.rev} data-testid="conflict-version">
                  <span>
                    <strong>{version.editor}</strong>: {describe(version)}
                    {version.winning ? ' (shown now)' : ''}
                  </span>{' '}
                  <button type="button" data-testid="keep-version" disabled={busy} onClick={() => onKeep(conflict.id, version.rev)}>
                    Keep {version.editor}’s version
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
