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

type Fields = 'email' | 'password';
const FIELDS: readonly Fields[] = ['email', 'password'];

export function SignInPage() {
  const password = usePasswordSignIn();
  return (
    <SignedOutPage title="Sign in" lead="Sign in to build workshops and run live sessions.">
      {(next) => (
        <>
          <SsoSignIn next={next} />
          {password ? <SignInForm next={next} /> : null}
          {password ? (
            <p className="section">
              New to Thinline? <Link to={`/signup?next=${encodeURIComponent(next)}`}>Create an account</Link>
            </p>
          ) : null}
          <p>
            Joining a session from your phone? <Link to="/">Enter the join code instead</Link> — no account needed.
          </p>
        </>
      )}
    </SignedOutPage>
  );
}

/** The API's own rules (ZLoginRequest), in words for this form. */
function wording(field: Fields, issue: { message: string }, input: TLoginRequest): string {
  if (field === 'email') return input.email.trim() ? 'Enter an email address like name@example.com.' : 'Enter your email address.';
  return input.password ? issue.message : 'Enter your password.';
}

function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const { form, errors, submit, formError } = useAccountForm({ schema: ZLoginRequest, fields: FIELDS, wording, mutation: signIn, next });

  return (
    <form ref={form} className="stack" onSubmit={submit({ email, password })} noValidate>
      {formError ? <ErrorMessage error={formError} suggestNextStep={false} title="Could not sign you in" /> : null}
      <TextField label="Email address" type="email" name="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <div>
        <Button type="submit" size="large" busy={signIn.isPending} busyLabel="Signing in…">
          Sign in
        </Button>
      </div>
    </form>
  );
}
