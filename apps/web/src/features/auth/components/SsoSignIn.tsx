import { useQuery } from '@tanstack/react-query';
import type { TApiErrorCode } from '@thinline/shared';
import { useSearchParams } from 'react-router';
import { buttonClass } from '../../../ui/Button';
import { providersQuery } from '../api';
import { type MessageId, useT } from '../../../i18n/i18n';

/** What went wrong at single sign-on, in one sentence (the callback sends the code in `?error=`). */
const SSO_WORDS: Partial<Record<TApiErrorCode, MessageId>> = {
  'auth/sso-state': 'app.sso.state',
  'auth/sso-refused': 'app.sso.refused',
  'auth/sso-email-unverified': 'app.sso.emailUnverified',
  'auth/sso-domain-not-allowed': 'app.sso.domainNotAllowed',
  'auth/sso-unreachable': 'app.sso.unreachable',
  'auth/sso-unavailable': 'app.sso.unavailable',
};

/** The sign-in page's "Sign in with your organisation" button, when single sign-on is set up, and its error. */
export function SsoSignIn({ next }: { next: string }) {
  const t = useT();
  const providers = useQuery(providersQuery());
  const [params] = useSearchParams();
  const code = params.get('error') as TApiErrorCode | null;
  const problem = code ? t(SSO_WORDS[code] ?? 'app.sso.failed') : null;
  return (
    <>
      {problem ? (
        <div className="alert" role="alert">
          <p className="alert__title">{t('app.auth.signInFailed')}</p>
          <p>{problem}</p>
        </div>
      ) : null}
      {providers.data?.oidc ? (
        <p>
          <a className={buttonClass({ size: 'large', variant: providers.data.password ? 'secondary' : 'primary' })} href={`/api/auth/oidc/login?returnTo=${encodeURIComponent(next)}`}>
            {t('app.sso.button')}
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
