import { useQuery } from '@tanstack/react-query';
import type { TAuditAction, TSession } from '@thinline/shared';
import { useEffect } from 'react';
import { QueryState } from '../../../ui/QueryState';
import { formatDateTime } from '../../../ui/format';
import { auditQuery } from '../api';
import '../organisations.css';

/** The audit log's actions as the control room says them ("Ana revealed Ingestion"). */
const DID: Record<TAuditAction, string> = {
  start: 'started the session',
  open: 'opened',
  lock: 'locked',
  reveal: 'revealed',
  hide: 'hid',
  goto: 'moved to',
  'next-round': 'started the next round',
  close: 'closed the session',
  decide: 'decided',
  undecide: 'withdrew the decision on',
  'set-closes-at': 'changed the closing time',
  share: 'made a report link',
  'revoke-share': 'revoked a report link',
  export: 'exported the session',
};

/** Who did what in this session, newest first: co-facilitators see each other's actions. */
export function AuditPanel({ session }: { session: TSession }) {
  const audit = useQuery({ ...auditQuery(session.id), refetchInterval: 5000 });
  const { refetch } = audit;
  // Each live state change (anyone's action) brings the log up to date at once.
  useEffect(() => {
    void refetch();
  }, [session.state, refetch]);
  const title = (concernId: string | undefined) => session.concerns.find((c) => c.id === concernId)?.title;
  return (
    <section className="card stack" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Who did what</h2>
      <QueryState query={audit} loadingLabel="Loading the log…" errorTitle="Could not load the log">
        {(events) =>
          events.length === 0 ? (
            <p className="muted">Nothing yet: starting, pacing, revealing, sharing and exporting are listed here with who did it.</p>
          ) : (
            <ol className="audit-log" reversed>
              {[...events].reverse().slice(0, 30).map((e) => (
                <li key={`${e.at}-${e.action}-${e.actor.id}`}>
                  <time dateTime={e.at} className="muted tabular">
                    {formatDateTime(e.at)}
                  </time>{' '}
                  <strong>{e.actor.name}</strong> {DID[e.action]}
                  {title(e.concernId) ? ` “${title(e.concernId)}”` : ''}
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}
