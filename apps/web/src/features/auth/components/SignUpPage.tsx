import { LIMITS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type TSignupRequest, ZSignupRequest } from '@thinline/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/Field';
import { useAccountForm } from '../hooks/useAccountForm';
import { useSignUp } from '../hooks/useSignUp';
import { SignedOutPage } from './SignedOutPage';

type Fields = 'name' | 'email' | 'password';
const FIELDS: readonly Fields[] = ['name', 'email', 'password'];

export function SignUpPage() {
  return (
    <SignedOutPage title="Create an account" lead="Facilitators need an account; participants join with a code and need none.">
      {(next) => (
        <>
          <SignUpForm next={next} />
          <p className="section">
            Already have an account? <Link to={`/signin?next=${encodeURIComponent(next)}`}>Sign in</Link>
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
      if (code === 'too_small') return 'Enter your name: participants see it as the facilitator.';
      if (code === 'too_big') return `Use at most ${LIMITS.nameLength} characters.`;
      break;
    case 'email':
      return input.email.trim() ? 'Enter an email address like name@example.com.' : 'Enter your email address.';
    case 'password':
      if (code === 'too_small') return `Use at least ${PASSWORD_MIN_LENGTH} characters; you have ${input.password.length}.`;
      if (code === 'too_big') return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
      break;
  }
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

function SignUpForm({ next }: { next: string }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const signUp = useSignUp();
  const { form, errors, submit, formError } = useAccountForm({ schema: ZSignupRequest, fields: FIELDS, wording, mutation: signUp, next });

  return (
    <form ref={form} className="stack" onSubmit={submit({ name, email, password })} noValidate>
      {formError ? <ErrorMessage error={formError} suggestNextStep={false} title="Could not create your account" /> : null}
      <TextField label="Your name" name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} maxLength={LIMITS.nameLength} />
      <TextField label="Email address" type="email" name="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      <TextField
        label="Password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
        type={showPassword ? 'text' : 'password'}
        name="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <label className="choice">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
        <span>Show password</span>
      </label>
      <div>
        <Button type="submit" size="large" busy={signUp.isPending} busyLabel="Creating your account…">
          Create account
        </Button>
      </div>
    </form>
  );
}
