import type { CredentialField } from '@keylink/contract';
import { useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { CredentialForm } from '../flow/useCredentialForm';
import { useMessages } from '../flow/WidgetContext';

/** Whether a value fits the field's loose format (invalid patterns count as fitting). */
function fitsFormat(field: CredentialField, value: string): boolean {
  if (!field.formatPattern || value.trim() === '') return true;
  try {
    return new RegExp(field.formatPattern).test(value.trim());
  } catch {
    return true;
  }
}

interface CredentialInputProps {
  field: CredentialField;
  form: CredentialForm;
}

/**
 * One credential field: labelled, masked with a show/hide toggle when secret, pasted as is and
 * trimmed on submit. A value that does not fit the provider's format gets a warning, never a block.
 */
export function CredentialInput({ field, form }: CredentialInputProps) {
  const messages = useMessages();
  const id = useId();
  const [visible, setVisible] = useState(false);
  const name = `credentials.${field.name}` as const;
  const value = useWatch({ control: form.control, name }) ?? '';
  const error = form.formState.errors.credentials?.[field.name]?.message;
  const warn = !error && !fitsFormat(field, value);
  const described = [
    field.hint ? `${id}-hint` : null,
    error ? `${id}-error` : null,
    warn ? `${id}-warning` : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="kl-field">
      <label className="kl-label" htmlFor={id}>
        {field.label}
      </label>
      <div className="kl-input-row">
        <input
          id={id}
          className="kl-input"
          type={field.secret && !visible ? 'password' : 'text'}
          placeholder={field.placeholder}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          data-1p-ignore
          data-lpignore="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          {...form.register(name)}
        />
        {field.secret ? (
          <button
            type="button"
            className="kl-button kl-button-secondary kl-toggle"
            aria-label={
              visible ? messages.hideSecret(field.label) : messages.showSecret(field.label)
            }
            onClick={() => setVisible((shown) => !shown)}
          >
            {visible ? messages.hide : messages.show}
          </button>
        ) : null}
      </div>
      {field.hint ? (
        <p id={`${id}-hint`} className="kl-hint">
          {field.hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="kl-field-error">
          {error}
        </p>
      ) : null}
      {warn ? (
        <p id={`${id}-warning`} className="kl-field-warning" role="status">
          {field.formatMessage ?? messages.formatWarning(field.label)}
        </p>
      ) : null}
    </div>
  );
}
