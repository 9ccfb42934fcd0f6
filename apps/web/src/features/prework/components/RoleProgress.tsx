import { OTHER_ROLE, type TSession, UNDISCLOSED_ROLE } from '@thinline/shared';
import { t, useT } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TableHead } from '../../../ui/TableHead';
import { useProgress } from '../hooks/useProgress';

function roleName(session: TSession, roleId: string): string {
  if (roleId === OTHER_ROLE) return t('app.prework.progress.otherRole');
  if (roleId === UNDISCLOSED_ROLE) return t('app.prework.progress.undisclosed');
  return session.roles.find((r) => r.id === roleId)?.name ?? roleId;
}

/** Per own role: how many answered every concern of this round, some, none. Counts only. */
export function RoleProgress({ session }: { session: TSession }) {
  const translate = useT();
  const progress = useProgress(session.id, session.state.round, session.status !== 'closed' && !session.state.answeringClosed);
  if (progress.isError) return <ErrorMessage error={progress.error} title={translate('app.prework.progress.failed')} onRetry={() => void progress.refetch()} />;
  const data = progress.data;
  return (
    <div className="stack">
      <h3>{translate('app.prework.progress.heading')}</h3>
      {data ? (
        <div className="table-wrap">
          <table className="table prework__progress">
            <caption className="visually-hidden">{translate('app.prework.progress.caption', { n: data.concerns, round: data.round })}</caption>
            <TableHead
              columns={[
                { label: translate('app.prework.progress.role'), key: 'role' },
                { label: translate('app.prework.progress.joined'), key: 'joined', num: true },
                { label: translate('app.prework.progress.all', { n: data.concerns }), key: 'all', num: true },
                { label: translate('app.prework.progress.some'), key: 'some', num: true },
                { label: translate('app.prework.progress.none'), key: 'none', num: true },
              ]}
            />
            <tbody>
              {data.roles.map((r) => (
                <tr key={r.roleId}>
                  <th scope="row">{roleName(session, r.roleId)}</th>
                  <td className="num">{r.participants}</td>
                  <td className="num">
                    <Bar part={r.all} whole={r.participants} />
                    {r.all}
                  </td>
                  <td className="num">{r.some}</td>
                  <td className="num">{r.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{translate('app.loading')}</p>
      )}
    </div>
  );
}

/** A small bar of the share that answered everything; the number beside it says the same. */
function Bar({ part, whole }: { part: number; whole: number }) {
  const share = whole > 0 ? part / whole : 0;
  return (
    <span className="prework__bar" aria-hidden="true">
      <span style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  );
}
