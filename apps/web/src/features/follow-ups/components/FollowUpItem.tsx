import type { TFollowUp, TSession } from '@thinline/shared';
import { useLocale, useT } from '../../../i18n/i18n';
import { dueDate } from '../lib/dates';

/** One follow-up as a line: title, concern, owner, due date, and "overdue" when it is. */
export function FollowUpItem({ followUp, session, overdue }: { followUp: TFollowUp; session: Pick<TSession, 'roles' | 'concerns'>; overdue: boolean }) {
  const t = useT();
  const locale = useLocale();
  const concern = session.concerns.find((c) => c.id === followUp.concernId)?.title;
  const owner = [session.roles.find((r) => r.id === followUp.ownerRoleId)?.name, followUp.assignee].filter(Boolean).join(', ');
  return (
    <span className="follow-up-item">
      <strong>{followUp.title}</strong>
      {concern ? <span> · {concern}</span> : null}
      {owner ? <span> · {owner}</span> : null}
      {followUp.dueOn ? <span> · {t('app.followUps.dueOn', { date: dueDate(followUp.dueOn, locale) })}</span> : null}
      {overdue ? <span className="badge badge--overdue"> {t('app.followUps.overdue')}</span> : null}
    </span>
  );
}
