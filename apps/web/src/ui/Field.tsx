import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  /** Hides the label visually; it stays the accessible name. */
  hideLabel?: boolean;
  /** A fixed id for the control, for links that focus it (error summaries); default: generated. */
  id?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A label, an optional hint and an inline error around one control. The error is in the
 * control's description, so a screen reader reads it when the control gets focus.
 */
export function Field({ label, hint, error, className, hideLabel = false, id: fixedId, children }: FieldProps) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {hint ? (
        <span id={hintId ?? undefined} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId ?? undefined} className="field__error">
          {error}
        </span>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

type Common = Pick<FieldProps, 'label' | 'hint' | 'error' | 'className' | 'hideLabel'>;

export function TextField({
  label,
  hint,
  error,
  className,
  hideLabel,
  inputClassName,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement> & { inputClassName?: string }) {
  return (
    <Field label={label} hint={hint} error={error} className={className} hideLabel={hideLabel} id={input.id}>
      {(control) => <input className={['input', inputClassName].filter(Boolean).join(' ')} {...input} {...control} />}
    </Field>
  );
}

export function TextAreaField({ label, hint, error, className, hideLabel, ...textarea }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} hint={hint} error={error} className={className} hideLabel={hideLabel} id={textarea.id}>
      {(control) => <textarea className="textarea" {...textarea} {...control} />}
    </Field>
  );
}

export function SelectField({ label, hint, error, className, hideLabel, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} hint={hint} error={error} className={className} hideLabel={hideLabel} id={select.id}>
      {(control) => (
        <select className="select" {...select} {...control}>
          {children}
        </select>
      )}
    </Field>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

/** A group of radio buttons with a legend: one choice out of a few. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
}: {
  legend: ReactNode;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="choice">
          <input type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          <span>
            {c.label}
            {c.hint ? <span className="field__hint"> — {c.hint}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
