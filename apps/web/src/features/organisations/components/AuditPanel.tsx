import { useQuery } from '@tanstack/react-query';
import type { TAuditAction, TSession } from '@thinline/shared';
import { useEffect } from 'react';
import { type MessageId, t, useT } from '../../../i18n/i18n';
import { QueryState } from '../../../ui/QueryState';
import { formatDateTime } from '../../../ui/format';
import { auditQuery } from '../api';
import '../organisations.css';

/** The audit log's actions as the control room says them after the actor's name ("Ana revealed …"). */
const DID: Record<TAuditAction, MessageId> = {
  start: 'app.organisations.audit.start',
  open: 'app.organisations.audit.open',
  lock: 'app.organisations.audit.lock',
  reveal: 'app.organisations.audit.reveal',
  hide: 'app.organisations.audit.hide',
  goto: 'app.organisations.audit.goto',
  'next-round': 'app.organisations.audit.nextRound',
  close: 'app.organisations.audit.close',
  decide: 'app.organisations.audit.decide',
  undecide: 'app.organisations.audit.undecide',
  'set-closes-at': 'app.organisations.audit.setClosesAt',
  share: 'app.organisations.audit.share',
  'revoke-share': 'app.organisations.audit.revokeShare',
  export: 'app.organisations.audit.export',
};

/** The actions done to one concern, said with its title ("Ana revealed “Ingestion”"). */
const DID_ON: Partial<Record<TAuditAction, MessageId>> = {
  open: 'app.organisations.audit.openConcern',
  lock: 'app.organisations.audit.lockConcern',
  reveal: 'app.organisations.audit.revealConcern',
  hide: 'app.organisations.audit.hideConcern',
  goto: 'app.organisations.audit.gotoConcern',
  decide: 'app.organisations.audit.decideConcern',
  undecide: 'app.organisations.audit.undecideConcern',
};

/** What an actor did, in the shown language, with the concern's title when the action has one. */
function didText(action: TAuditAction, concern: string | undefined): string {
  const on = DID_ON[action];
  return concern && on ? t(on, { concern }) : t(DID[action]);
}

/** Who did what in this session, newest first: co-facilitators see each other's actions. */
export function AuditPanel({ session }: { session: TSession }) {
  const translate = useT();
  const audit = useQuery({ ...auditQuery(session.id), refetchInterval: 5000 });
  const { refetch } = audit;
  // Each live state change (anyone's action) brings the log up to date at once.
  useEffect(() => {
    void refetch();
  }, [session.state, refetch]);
  const title = (concernId: string | undefined) => session.concerns.find((c) => c.id === concernId)?.title;
  return (
    <section className="card stack" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{translate('app.organisations.audit.heading')}</h2>
      <QueryState query={audit} loadingLabel={translate('app.organisations.audit.loading')} errorTitle={translate('app.organisations.audit.error')}>
        {(events) =>
          events.length === 0 ? (
            <p className="muted">{translate('app.organisations.audit.empty')}</p>
          ) : (
            <ol className="audit-log" reversed>
              {[...events].reverse().slice(0, 30).map((e) => (
                <li key={`${e.at}-${e.action}-${e.actor.id}`}>
                  <time dateTime={e.at} className="muted tabular">
                    {formatDateTime(e.at)}
                  </time>{' '}
                  <strong>{e.actor.name}</strong> {didText(e.action, title(e.concernId))}
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}
