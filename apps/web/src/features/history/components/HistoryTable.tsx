import type { THistoryPoint, TWorkshopHistory } from '@thinline/shared';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatDate } from '../../../ui/format';
import { Sparkline } from './Sparkline';

// The words of the table, in one place for the translations (issue 20).
const TEXT = {
  caption: 'Every concern across the sessions, oldest first: the room’s status, agreement and owners, and the decision',
  concern: 'Concern',
  agreement: 'Agreement',
  notInSession: 'not in this session',
  owners: 'Room names',
  decided: 'Decided',
  nobody: 'nobody',
  status: { clear: 'Clear', overlap: 'Overlap', gap: 'Gap', 'no data': 'No data' } as const,
  sparkline: (title: string, values: string) => `Agreement on ${title}, oldest first: ${values}`,
  percent: (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`),
};

function accountable(point: THistoryPoint): string | null {
  if (!point.decision) return null;
  return Object.entries(point.decision.raci).find(([, l]) => l === 'A')?.[0] ?? null;
}

/** Small multiples: one row per concern, one column per session, a sparkline of agreement per row. */
export function HistoryTable({ history }: { history: TWorkshopHistory }) {
  const name = (id: string) => history.roles.find((r) => r.id === id)?.name ?? id;
  return (
    <div className="history-table-wrap" tabIndex={0} role="region" aria-label={TEXT.caption}>
      <table className="history-table">
        <caption className="visually-hidden">{TEXT.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="history-table__concern">
              {TEXT.concern}
            </th>
            <th scope="col">{TEXT.agreement}</th>
            {history.sessions.map((s) => (
              <th scope="col" key={s.id} className="history-table__session">
                <span className="history-table__date">{formatDate(s.date)}</span>
                <span className="history-table__title">{s.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.concerns.map((c) => {
            const bySession = new Map(c.points.map((p) => [p.sessionId, p]));
            const values = history.sessions.map((s) => bySession.get(s.id)?.agreement ?? null);
            return (
              <tr key={c.concernId}>
                <th scope="row" className="history-table__concern">
                  {c.title}
                  {c.category ? <span className="history-table__category">{c.category}</span> : null}
                </th>
                <td>
                  <Sparkline values={values} label={TEXT.sparkline(c.title, values.map(TEXT.percent).join(', '))} />
                </td>
                {history.sessions.map((s) => {
                  const p = bySession.get(s.id);
                  if (!p) {
                    return (
                      <td key={s.id} className="history-table__cell history-table__cell--absent">
                        <span className="muted">{TEXT.notInSession}</span>
                      </td>
                    );
                  }
                  const decided = accountable(p);
                  return (
                    <td key={s.id} className="history-table__cell">
                      <StatusBadge kind={p.status}>{TEXT.status[p.status]}</StatusBadge>
                      <span className="history-table__agreement">{TEXT.percent(p.agreement)}</span>
                      {p.status !== 'no data' ? (
                        <span className="history-table__owners">
                          {TEXT.owners}: {p.owners.length ? p.owners.map(name).join(', ') : TEXT.nobody}
                        </span>
                      ) : null}
                      {decided ? (
                        <span className="history-table__decided">
                          {TEXT.decided}: {name(decided)}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
