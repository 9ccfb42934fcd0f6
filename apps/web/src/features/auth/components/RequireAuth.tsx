import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../../ui/Spinner';
import { useMe } from '../hooks/useMe';
import { SignInCheckFailed } from './SignInCheckFailed';

/** Shows its children to a signed-in facilitator; sends anyone else to sign in and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading label="Checking your sign-in…" />;
  if (me.isError) return <SignInCheckFailed title="Could not check your sign-in" />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return <>{children}</>;
}
