import type { ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Page } from '../../../ui/Page';
import { useMe } from '../hooks/useMe';
import { safeNext } from '../lib/redirect';

/**
 * A page for someone not signed in (sign in, create an account): who is signed in already
 * goes straight on to where they were headed (`?next=`, kept inside this site).
 */
export function SignedOutPage({ title, lead, children }: { title: string; lead: string; children: (next: string) => ReactNode }) {
  const me = useMe();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (me.data) return <Navigate to={next} replace />;
  return (
    <Page title={title} lead={lead} width="narrow">
      {children(next)}
    </Page>
  );
}
