import type { Speaker } from '@/lib/model/annotation';
import { Combobox } from './Combobox';
import { errorId, Field, invalidProps } from './Field';
import { t } from '../i18n';

export interface SpeakerFieldsProps {
  idPrefix: string;
  /** "Speaker" for quotes, "Claimant" for claims. */
  label: string;
  name: string;
  role: string;
  nameError?: string;
  roleError?: string;
  onChange: (name: string, role: string) => void;
  suggestSpeakers: (prefix: string) => Promise<Speaker[]>;
}

/** Who said it: name (autocompleted from speakers recorded before; picking one fills the role) and role. */
export function SpeakerFields(props: SpeakerFieldsProps) {
  const nameId = `${props.idPrefix}-speaker-name`;
  const roleId = `${props.idPrefix}-speaker-role`;
  return (
    <div class="field-row">
      <Field id={nameId} label={props.label} testId="editor-speaker-name" error={props.nameError}>
        <Combobox<Speaker>
          id={nameId}
          testId="editor-speaker-name"
          value={props.name}
          placeholder={t('speakerNamePlaceholder')}
          invalid={Boolean(props.nameError)}
          describedBy={props.nameError ? errorId(nameId) : undefined}
          onInput={(name) => props.onChange(name, props.role)}
          suggest={props.suggestSpeakers}
          onPick={(speaker) => props.onChange(speaker.name, speaker.role ?? '')}
          optionLabel={(speaker) => speaker.name}
          optionDetail={(speaker) => speaker.role}
        />
      </Field>
      <Field id={roleId} label={t('speakerRole')} testId="editor-speaker-role" error={props.roleError}>
        <input
          id={roleId}
          type="text"
          value={props.role}
          placeholder={t('speakerRolePlaceholder')}
          data-testid="editor-speaker-role"
          {...invalidProps(roleId, props.roleError)}
          onInput={(event) => props.onChange(props.name, event.currentTarget.value)}
        />
      </Field>
    </div>
  );
}
