/**
 * The shared AnnotationEditor (components/editor) as the page and the reader show it: focused on the field a
 * reader fills first (the speaker for quotes and claims, the comment for notes), with save errors shown inline.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { AnnotationEditor } from '@/components/editor/AnnotationEditor';
import type { Annotation, Source, Speaker } from '@/lib/model/annotation';

export interface EditorPanelProps {
  annotation: Annotation;
  suggestSpeakers: (prefix: string) => Promise<Speaker[]>;
  suggestSources: (prefix: string) => Promise<Source[]>;
  save: (annotation: Annotation) => Promise<void>;
  remove: (annotation: Annotation) => Promise<void>;
  onClose: () => void;
}

/** Focuses the field a reader fills first in the editor inside `root`: the speaker, or a note's comment. */
export function focusFirstField(root: ParentNode | null, kind: Annotation['kind']): void {
  const first = kind === 'note' ? '[data-testid="editor-comment"]' : '[data-testid="editor-speaker-name"]';
  root?.querySelector<HTMLElement>(first)?.focus();
}

export function EditorPanel(props: EditorPanelProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => focusFirstField(container.current, props.annotation.kind), [props.annotation.id]);

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    work()
      .then(props.onClose)
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
      .finally(() => setBusy(false));
  };

  return (
    <div class="editor-panel" ref={container}>
      <AnnotationEditor
        key={props.annotation.id}
        annotation={props.annotation}
        suggestSpeakers={props.suggestSpeakers}
        suggestSources={props.suggestSources}
        onSave={(annotation) => run(() => props.save(annotation))}
        onDelete={(annotation) => run(() => props.remove(annotation))}
        onCancel={props.onClose}
        busy={busy}
        error={error}
        idPrefix={`gloss-${props.annotation.id.slice(0, 8)}`}
      />
    </div>
  );
}
