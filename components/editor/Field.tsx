import type { ComponentChildren } from 'preact';

export interface FieldProps {
  /** The input's id (unique in the document). */
  id: string;
  label: string;
  /** The error's data-testid is `${testId}-error`. */
  testId: string;
  error?: string;
  class?: string;
  children: ComponentChildren;
}

/** A labelled form field with its inline error (announced to screen readers, linked by aria-describedby). */
export function Field(props: FieldProps) {
  return (
    <div class={props.class ? `field ${props.class}` : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.error && (
        <p id={errorId(props.id)} class="field-error" role="alert" data-testid={`${props.testId}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

export const errorId = (fieldId: string): string => `${fieldId}-error`;

/** aria-* attributes for an input whose Field shows `error`. */
export function invalidProps(fieldId: string, error: string | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': errorId(fieldId) } : {};
}
