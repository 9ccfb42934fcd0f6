import { Link } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { comparePath } from '../../compare/api';
import { QueryState } from '../../../ui/QueryState';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatDateTime } from '../../../ui/format';
import type { TSessionSummary } from '@thinline/shared';
import { sessionExportUrl } from '../../session/api';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';
import { useWorkshopSessions } from '../hooks/useWorkshopSessions';
import { TableHead } from '../../../ui/TableHead';

/** The sessions run from this workshop, newest first, with their control room, report and comparison. */
export function WorkshopSessions({ workshopId }: { workshopId: string }) {
  const sessions = useWorkshopSessions(workshopId);
  return (
    <section className="section stack" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <QueryState query={sessions} loadingLabel="Loading past sessions…" errorTitle="Could not load the sessions of this workshop">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No sessions yet" headingLevel={3}>
              Start one above; it will be listed here with its report.
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Sessions of this workshop</caption>
                <TableHead columns={['Name', 'Created', 'Status', 'Code', { label: 'Participants', num: true }, 'Open']} />
                <tbody>
                  {[...list].sort(newestFirst).map((s) => (
                    <SessionRow key={s.id} session={s} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

function newestFirst(a: TSessionSummary, b: TSessionSummary): number {
  return b.createdAt.localeCompare(a.createdAt);
}

function SessionRow({ session }: { session: TSessionSummary }) {
  const when = formatDateTime(session.createdAt);
  return (
    <tr>
      <td>{session.title}</td>
      <td>{when}</td>
      <td>
        <StatusBadge kind={session.status}>{SESSION_STATUS_LABELS[session.status]}</StatusBadge>
      </td>
      <td className="tabular">{session.joinCode}</td>
      <td className="num">{session.participants}</td>
      <td>
        <span className="cluster">
          <Link to={`/sessions/${session.id}/control`} aria-label={`Control room of the session of ${when}`}>
            Control room
          </Link>
          <a href={sessionExportUrl(session.id, 'pdf')} download aria-label={`Report (PDF) of the session of ${when}`}>
            Report (PDF)
          </a>
          <Link to={comparePath(session.id, null)} aria-label={`Compare the session of ${when} with another session`}>
            Compare with…
          </Link>
        </span>
      </td>
    </tr>
  );
}
