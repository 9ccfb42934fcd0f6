import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../auth/hooks/useMe';
import { sessionQuery } from '../../session/api';
import { FollowUpForm } from './FollowUpForm';

/**
 * On the report page: the follow-up form, only for the session's own facilitator when signed
 * in (a link holder reads follow-ups and never writes them, so nothing is asked for them).
 */
export function OwnerFollowUpForm({ sessionId }: { sessionId: string }) {
  const me = useMe();
  const session = useQuery({ ...sessionQuery(sessionId), enabled: Boolean(me.data), retry: false });
  if (!session.data) return null;
  return (
    <details className="rp-follow-up">
      <summary>Add a follow-up (you run this session)</summary>
      <FollowUpForm session={session.data} />
    </details>
  );
}
