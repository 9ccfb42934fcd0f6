import type { TFollowUp, TSession } from '@thinline/shared';

/** One follow-up as a line: title, concern, owner, due date, and "overdue" when it is. */
export function FollowUpItem({ followUp, session, overdue }: { followUp: TFollowUp; session: Pick<TSession, 'roles' | 'concerns'>; overdue: boolean }) {
  const concern = session.concerns.find((c) => c.id === followUp.concernId)?.title;
  const owner = [session.roles.find((r) => r.id === followUp.ownerRoleId)?.name, followUp.assignee].filter(Boolean).join(', ');
  return (
    <span className="follow-up-item">
      <strong>{followUp.title}</strong>
      {concern ? <span> · {concern}</span> : null}
      {owner ? <span> · {owner}</span> : null}
      {followUp.dueOn ? <span> · due {followUp.dueOn}</span> : null}
      {overdue ? <span className="badge badge--overdue"> Overdue</span> : null}
    </span>
  );
}
