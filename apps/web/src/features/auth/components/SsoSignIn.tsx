import { useQuery } from '@tanstack/react-query';
import type { TApiErrorCode } from '@thinline/shared';
import { useSearchParams } from 'react-router';
import { buttonClass } from '../../../ui/Button';
import { providersQuery } from '../api';

/** What went wrong at single sign-on, in one sentence (the callback sends the code in `?error=`). */
const SSO_WORDS: Partial<Record<TApiErrorCode, string>> = {
  'auth/sso-state': 'That sign-in did not start here or took too long. Please start again.',
  'auth/sso-refused': 'Your identity provider did not sign you in. Please try again, or ask your IT team.',
  'auth/sso-email-unverified': 'Your identity provider has not verified your email address, so Thinline cannot tell which account is yours.',
  'auth/sso-domain-not-allowed': 'Accounts of your email domain cannot sign in here. Use your work account.',
  'auth/sso-unreachable': 'Your identity provider cannot be reached right now. Try again in a moment.',
  'auth/sso-unavailable': 'Single sign-on is not set up on this Thinline.',
};

/** The sign-in page's "Sign in with your organisation" button, when single sign-on is set up, and its error. */
export function SsoSignIn({ next }: { next: string }) {
  const providers = useQuery(providersQuery());
  const [params] = useSearchParams();
  const code = params.get('error') as TApiErrorCode | null;
  const problem = code ? (SSO_WORDS[code] ?? 'Signing in with your organisation did not work. Please try again.') : null;
  return (
    <>
      {problem ? (
        <div className="alert" role="alert">
          <p className="alert__title">Could not sign you in</p>
          <p>{problem}</p>
        </div>
      ) : null}
      {providers.data?.oidc ? (
        <p>
          <a className={buttonClass({ size: 'large', variant: providers.data.password ? 'secondary' : 'primary' })} href={`/api/auth/oidc/login?returnTo=${encodeURIComponent(next)}`}>
            Sign in with your organisation (single sign-on)
          </a>
        </p>
      ) : null}
    </>
  );
}

/** Whether this Thinline offers password sign-in (true until the server says otherwise). */
export function usePasswordSignIn(): boolean {
  return useQuery(providersQuery()).data?.password ?? true;
}
