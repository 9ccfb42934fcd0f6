import { type FormEvent, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { errorMessage } from '../../../ui/errors';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { useMe } from '../hooks/useMe';
import { useSignUp } from '../hooks/useSignUp';
import { fieldOfApiError } from '../lib/apiErrors';
import { safeNext } from '../lib/redirect';

type Fields = 'name' | 'email' | 'password';
const FIELDS: readonly Fields[] = ['name', 'email', 'password'];
export const MIN_PASSWORD_LENGTH = 10;

export function SignUpPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (me.data) return <Navigate to={next} replace />;
  return (
    <Page title="Create an account" lead="Facilitators need an account; participants join with a code and need none." width="narrow">
      <SignUpForm next={next} />
      <p className="section">
        Already have an account? <Link to={`/signin?next=${encodeURIComponent(next)}`}>Sign in</Link>
      </p>
    </Page>
  );
}

function check(name: string, email: string, password: string): Partial<Record<Fields, string>> {
  const found: Partial<Record<Fields, string>> = {};
  if (!name.trim()) found.name = 'Enter your name: participants see it as the facilitator.';
  if (!email.trim()) found.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = 'Enter an email address like name@example.com.';
  if (password.length < MIN_PASSWORD_LENGTH) {
    found.password = `Use at least ${MIN_PASSWORD_LENGTH} characters; you have ${password.length}.`;
  }
  return found;
}

function SignUpForm({ next }: { next: string }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const signUp = useSignUp();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(name, email, password);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    signUp.mutate(
      { name: name.trim(), email: email.trim(), password },
      {
        onSuccess: () => void navigate(next, { replace: true }),
        onError: (error) => {
          const field = fieldOfApiError(error, FIELDS);
          if (field) {
            setErrors({ [field]: errorMessage(error) });
            focusFirstError();
          }
        },
      },
    );
  };

  const formError = signUp.isError && !fieldOfApiError(signUp.error, FIELDS) ? signUp.error : null;
  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate>
      {formError ? <ErrorMessage error={formError} suggestNextStep={false} title="Could not create your account" /> : null}
      <TextField label="Your name" name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} maxLength={60} />
      <TextField label="Email address" type="email" name="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      <TextField
        label="Password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember.`}
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
