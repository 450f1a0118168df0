// Form fields for the options page: every one labelled, its validation messages right under it and
// tied to it (aria-describedby), so a screen reader hears the problem where the team lead is typing.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';

interface FieldProps {
  label: string;
  /** Messages from validation, already phrased for this field. */
  errors?: readonly string[];
  hint?: string;
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}

/** A label, the control, a hint and the field's errors. */
export function Field({ label, errors = [], hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${errors.length > 0 ? ' field--invalid' : ''}`}>
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: errors.length > 0 })}
      {errorId && (
        <ul class="field__errors" id={errorId} data-field-error="">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
  hint?: string;
  disabled?: boolean;
  name?: string;
  multiline?: boolean;
}

export function TextField({ label, value, onChange, errors, hint, disabled, name, multiline }: TextFieldProps) {
  return (
    <Field label={label} {...(errors ? { errors } : {})} {...(hint ? { hint } : {})}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea id={id} name={name} rows={3} value={value} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy} onInput={(event) => onChange(event.currentTarget.value)} />
        ) : (
          <input id={id} name={name} type="text" value={value} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy} onInput={(event) => onChange(event.currentTarget.value)} />
        )
      }
    </Field>
  );
}

/** Lines of a textarea as list entries: trimmed, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

interface ListFieldProps {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  errors?: readonly string[];
  hint?: string;
  disabled?: boolean;
  name?: string;
}

/**
 * A list edited one entry per line. The raw text is kept while typing (a new empty line must not
 * vanish) and replaced only when the list changes from outside (a reset, an import).
 */
export function ListField({ label, value, onChange, errors, hint, disabled, name }: ListFieldProps) {
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    if (linesOf(text).join('\n') !== value.join('\n')) setText(value.join('\n'));
    // Only an outside change of the list re-syncs the text.
  }, [value.join('\n')]);
  return (
    <Field label={label} {...(errors ? { errors } : {})} hint={hint ?? 'One per line.'}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={Math.min(8, Math.max(3, value.length + 1))}
          value={text}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onInput={(event) => {
            setText(event.currentTarget.value);
            onChange(linesOf(event.currentTarget.value));
          }}
        />
      )}
    </Field>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  errors?: readonly string[];
  hint?: string;
  disabled?: boolean;
  name?: string;
}

/** A number; an empty box is `undefined`, which the schema then reports at this field. */
export function NumberField({ label, value, onChange, errors, hint, disabled, name }: NumberFieldProps) {
  const [text, setText] = useState(value === undefined || Number.isNaN(value) ? '' : String(value));
  useEffect(() => {
    if (parseNumber(text) !== value && !(value === undefined && text === '')) setText(value === undefined ? '' : String(value));
  }, [value]);
  return (
    <Field label={label} {...(errors ? { errors } : {})} {...(hint ? { hint } : {})}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="number"
          inputMode="decimal"
          value={text}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onInput={(event) => {
            setText(event.currentTarget.value);
            onChange(parseNumber(event.currentTarget.value));
          }}
        />
      )}
    </Field>
  );
}

function parseNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  errors?: readonly string[];
  disabled?: boolean;
  name?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, errors, disabled, name }: SelectFieldProps<T>) {
  return (
    <Field label={label} {...(errors ? { errors } : {})}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={name} value={value} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => onChange(event.currentTarget.value as T)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
