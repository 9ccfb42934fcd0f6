import { LIMITS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type TSignupRequest, ZSignupRequest } from '@thinline/shared';
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

/** The API's own rules (ZSignupRequest), in words for this form. */
function check(input: TSignupRequest): Partial<Record<Fields, string>> {
  const parsed = ZSignupRequest.safeParse(input);
  const found: Partial<Record<Fields, string>> = {};
  if (parsed.success) return found;
  for (const issue of parsed.error.issues) {
    const field = FIELDS.find((f) => f === issue.path[0]);
    if (field && !found[field]) found[field] = wording(field, issue.code, issue.message, input);
  }
  return found;
}

function wording(field: Fields, code: string, message: string, input: TSignupRequest): string {
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
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const signUp = useSignUp();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: TSignupRequest = { name, email, password };
    const found = check(input);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    signUp.mutate(
      ZSignupRequest.parse(input),
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
