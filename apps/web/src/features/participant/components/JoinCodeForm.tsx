import { JOIN_CODE_LENGTH, readJoinCode } from '@thinline/shared';
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../../../i18n/i18n';

/** The shape of a join code, shown as the field's placeholder: the same in every language. */
const EXAMPLE_CODE = 'ABC234';

/**
 * Type the 6-character code from the projector. The phone page carries no router (issue 23:
 * the phone's script budget), so the session opens as a page of its own.
 */
export function JoinCodeForm({ initialError }: { initialError?: string }) {
  const t = useT();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(initialError ?? null);
  const inputId = useId();
  const errorId = useId();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const code = readJoinCode(value);
    if (!code) {
      setError(t('phone.join.invalid', { n: JOIN_CODE_LENGTH }));
      return;
    }
    window.location.assign(`/j/${code}`);
  };

  return (
    <form className="pt-form" onSubmit={onSubmit} noValidate>
      <label className="pt-label" htmlFor={inputId}>
        {t('phone.join.code')}
      </label>
      <input
        id={inputId}
        className="pt-input pt-input--code"
        value={value}
        onChange={(e) => {
          setValue(e.target.value.toUpperCase());
          setError(null);
        }}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        inputMode="text"
        maxLength={JOIN_CODE_LENGTH + 2}
        placeholder={EXAMPLE_CODE}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        autoFocus
      />
      {error ? (
        <p id={errorId} className="pt-field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="pt-btn pt-btn--primary pt-btn--block">
        {t('phone.join.button')}
      </button>
    </form>
  );
}
