import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../i18n/i18n';
import { useMe } from '../../auth/hooks/useMe';
import { sessionQuery } from '../../session/api';
import { FollowUpForm } from './FollowUpForm';

/**
 * On the report page: the follow-up form, only for someone signed in who may run the session
 * (its facilitator, an org's co-facilitator): a link holder or an org viewer reads follow-ups
 * and never writes them, so nothing is asked of them.
 */
export function OwnerFollowUpForm({ sessionId }: { sessionId: string }) {
  const t = useT();
  const me = useMe();
  const session = useQuery({ ...sessionQuery(sessionId), enabled: Boolean(me.data), retry: false });
  if (!session.data || session.data.canRun === false) return null;
  return (
    <details className="rp-follow-up">
      <summary>{t('app.followUps.ownerForm')}</summary>
      <FollowUpForm session={session.data} />
    </details>
  );
}
