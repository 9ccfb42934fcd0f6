import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../../ui/Spinner';
import { useMe } from '../hooks/useMe';
import { SignInCheckFailed } from './SignInCheckFailed';
import { useT } from '../../../i18n/i18n';

/** Shows its children to a signed-in facilitator; sends anyone else to sign in and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading label={t('app.auth.checking')} />;
  if (me.isError) return <SignInCheckFailed title={t('app.auth.checkFailed')} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return <>{children}</>;
}
