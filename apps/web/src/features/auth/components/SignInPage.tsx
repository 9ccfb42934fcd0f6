import { type TLoginRequest, ZLoginRequest } from '@thinline/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/Field';
import { useAccountForm } from '../hooks/useAccountForm';
import { useSignIn } from '../hooks/useSignIn';
import { SignedOutPage } from './SignedOutPage';
import { SsoSignIn, usePasswordSignIn } from './SsoSignIn';
import { t, useT } from '../../../i18n/i18n';

type Fields = 'email' | 'password';
const FIELDS: readonly Fields[] = ['email', 'password'];

export function SignInPage() {
  const t = useT();
  const password = usePasswordSignIn();
  return (
    <SignedOutPage title={t('app.shell.signIn')} lead={t('app.auth.signInLead')}>
      {(next) => (
        <>
          <SsoSignIn next={next} />
          {password ? <SignInForm next={next} /> : null}
          {password ? (
            <p className="section">
              {t('app.auth.newHere')} <Link to={`/signup?next=${encodeURIComponent(next)}`}>{t('app.auth.createAccountLink')}</Link>
            </p>
          ) : null}
          <p>
            {t('app.auth.joiningPrefix')} <Link to="/">{t('app.auth.joiningLink')}</Link> {t('app.auth.joiningSuffix')}
          </p>
        </>
      )}
    </SignedOutPage>
  );
}

/** The API's own rules (ZLoginRequest), in words for this form. */
function wording(field: Fields, issue: { message: string }, input: TLoginRequest): string {
  if (field === 'email') return input.email.trim() ? t('app.auth.emailInvalid') : t('app.auth.emailMissing');
  return input.password ? issue.message : t('app.auth.passwordMissing');
}

function SignInForm({ next }: { next: string }) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const { form, errors, submit, formError } = useAccountForm({ schema: ZLoginRequest, fields: FIELDS, wording, mutation: signIn, next });

  return (
    <form ref={form} className="stack" onSubmit={submit({ email, password })} noValidate>
      {formError ? <ErrorMessage error={formError} suggestNextStep={false} title={t('app.auth.signInFailed')} /> : null}
      <TextField label={t('app.auth.email')} type="email" name="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      <TextField
        label={t('app.auth.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <div>
        <Button type="submit" size="large" busy={signIn.isPending} busyLabel={t('app.auth.signingIn')}>
          {t('app.shell.signIn')}
        </Button>
      </div>
    </form>
  );
}
