import { LOCALE_NAMES, type TSessionSummary } from '@thinline/shared';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { comparePath } from '../../compare/api';
import { QueryState } from '../../../ui/QueryState';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatDateTime } from '../../../ui/format';
import { count, useT } from '../../../i18n/i18n';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';
import { sessionExportUrl } from '../../session/api';
import { useWorkshopSessions } from '../hooks/useWorkshopSessions';
import { TableHead } from '../../../ui/TableHead';

/** The sessions run from this workshop, newest first, with their language, control room, report and comparison. */
export function WorkshopSessions({ workshopId }: { workshopId: string }) {
  const t = useT();
  const sessions = useWorkshopSessions(workshopId);
  return (
    <section className="section stack" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('app.workshops.sessions.heading')}</h2>
      <QueryState query={sessions} loadingLabel={t('app.workshops.sessions.loading')} errorTitle={t('app.workshops.sessions.loadFailed')}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('app.workshops.sessions.emptyTitle')} headingLevel={3}>
              {t('app.workshops.sessions.emptyText')}
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table table--cards">
                <caption className="visually-hidden">{t('app.workshops.sessions.caption')}</caption>
                <TableHead
                  columns={[
                    t('app.workshops.sessions.name'),
                    t('app.workshops.sessions.created'),
                    t('app.workshops.sessions.status'),
                    t('app.workshops.sessions.language'),
                    t('app.workshops.sessions.code'),
                    { label: t('app.workshops.sessions.participants'), num: true },
                    t('app.workshops.sessions.open'),
                  ]}
                />
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
  const t = useT();
  const when = formatDateTime(session.createdAt);
  return (
    <tr>
      {/* data-label: a phone shows each row as a card, every value under its column's name */}
      <td className="table__lead">{session.title}</td>
      <td data-label={t('app.workshops.sessions.created')}>{when}</td>
      <td data-label={t('app.workshops.sessions.status')}>
        <StatusBadge kind={session.status}>{SESSION_STATUS_LABELS[session.status]}</StatusBadge>
      </td>
      {/* the language's own name, as the picker lists it, pronounced in that language */}
      <td data-label={t('app.workshops.sessions.language')} lang={session.locale}>
        {LOCALE_NAMES[session.locale]}
      </td>
      <td data-label={t('app.workshops.sessions.code')} className="tabular">
        {session.joinCode}
      </td>
      <td data-label={t('app.workshops.sessions.participants')} className="num">
        {count(session.participants)}
      </td>
      <td data-label={t('app.workshops.sessions.open')}>
        <span className="cluster">
          <Link to={`/sessions/${session.id}/control`} aria-label={t('app.workshops.sessions.controlLabel', { when })}>
            {t('app.workshops.sessions.control')}
          </Link>
          <a href={sessionExportUrl(session.id, 'pdf')} download aria-label={t('app.workshops.sessions.reportLabel', { when })}>
            {t('app.export.pdf')}
          </a>
          <Link to={comparePath(session.id, null)} aria-label={t('app.workshops.sessions.compareLabel', { when })}>
            {t('app.workshops.sessions.compare')}
          </Link>
        </span>
      </td>
    </tr>
  );
}
