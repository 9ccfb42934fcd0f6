import { LIMITS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type TSignupRequest, ZSignupRequest } from '@thinline/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/Field';
import { useAccountForm } from '../hooks/useAccountForm';
import { useSignUp } from '../hooks/useSignUp';
import { SignedOutPage } from './SignedOutPage';
import { t, useT } from '../../../i18n/i18n';

type Fields = 'name' | 'email' | 'password';
const FIELDS: readonly Fields[] = ['name', 'email', 'password'];

export function SignUpPage() {
  const t = useT();
  return (
    <SignedOutPage title={t('app.auth.signUpTitle')} lead={t('app.auth.signUpLead')}>
      {(next) => (
        <>
          <SignUpForm next={next} />
          <p className="section">
            {t('app.auth.haveAccount')} <Link to={`/signin?next=${encodeURIComponent(next)}`}>{t('app.shell.signIn')}</Link>
          </p>
        </>
      )}
    </SignedOutPage>
  );
}

/** The API's own rules (ZSignupRequest), in words for this form. */
function wording(field: Fields, { code, message }: { code: string; message: string }, input: TSignupRequest): string {
  switch (field) {
    case 'name':
      if (code === 'too_small') return t('app.auth.nameMissing');
      if (code === 'too_big') return t('app.auth.atMost', { n: LIMITS.nameLength });
      break;
    case 'email':
      return input.email.trim() ? t('app.auth.emailInvalid') : t('app.auth.emailMissing');
    case 'password':
      if (code === 'too_small') return t('app.auth.passwordShort', { n: PASSWORD_MIN_LENGTH, have: input.password.length });
      if (code === 'too_big') return t('app.auth.atMost', { n: PASSWORD_MAX_LENGTH });
      break;
  }
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

function SignUpForm({ next }: { next: string }) {
  const t = useT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const signUp = useSignUp();
  const { form, errors, submit, formError } = useAccountForm({ schema: ZSignupRequest, fields: FIELDS, wording, mutation: signUp, next });

  return (
    <form ref={form} className="stack" onSubmit={submit({ name, email, password })} noValidate>
      {formError ? <ErrorMessage error={formError} suggestNextStep={false} title={t('app.auth.signUpFailed')} /> : null}
      <TextField label={t('app.auth.name')} name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} maxLength={LIMITS.nameLength} />
      <TextField label={t('app.auth.email')} type="email" name="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      <TextField
        label={t('app.auth.password')}
        hint={t('app.auth.passwordHint', { n: PASSWORD_MIN_LENGTH })}
        type={showPassword ? 'text' : 'password'}
        name="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <label className="choice">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
        <span>{t('app.auth.showPassword')}</span>
      </label>
      <div>
        <Button type="submit" size="large" busy={signUp.isPending} busyLabel={t('app.auth.creating')}>
          {t('app.auth.createAccount')}
        </Button>
      </div>
    </form>
  );
}
