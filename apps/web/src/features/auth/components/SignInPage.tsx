import { type TLoginRequest, ZLoginRequest } from '@thinline/shared';
import { type FormEvent, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { errorMessage } from '../../../ui/errors';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { useMe } from '../hooks/useMe';
import { useSignIn } from '../hooks/useSignIn';
import { fieldOfApiError } from '../lib/apiErrors';
import { safeNext } from '../lib/redirect';

type Fields = 'email' | 'password';
const FIELDS: readonly Fields[] = ['email', 'password'];

export function SignInPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (me.data) return <Navigate to={next} replace />;
  return (
    <Page title="Sign in" lead="Sign in to build workshops and run live sessions." width="narrow">
      <SignInForm next={next} />
      <p className="section">
        New to Thinline? <Link to={`/signup?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
      <p>
        Joining a session from your phone? <Link to="/">Enter the join code instead</Link> — no account needed.
      </p>
    </Page>
  );
}

/** The API's own rules (ZLoginRequest), in words for this form. */
function check(input: TLoginRequest): Partial<Record<Fields, string>> {
  const parsed = ZLoginRequest.safeParse(input);
  const found: Partial<Record<Fields, string>> = {};
  if (parsed.success) return found;
  for (const issue of parsed.error.issues) {
    const field = FIELDS.find((f) => f === issue.path[0]);
    if (!field || found[field]) continue;
    if (field === 'email') found.email = input.email.trim() ? 'Enter an email address like name@example.com.' : 'Enter your email address.';
    else found.password = input.password ? issue.message : 'Enter your password.';
  }
  return found;
}

function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const signIn = useSignIn();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: TLoginRequest = { email, password };
    const found = check(input);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    signIn.mutate(
      ZLoginRequest.parse(input),
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

  const formError = signIn.isError && !fieldOfApiError(signIn.error, FIELDS) ? signIn.error : null;
  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate>
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
