import type { THistoryPoint, TWorkshopHistory } from '@thinline/shared';
import { percent, useT } from '../../../i18n/i18n';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatDate } from '../../../ui/format';
import { historyStatusWord, roleNames, sparklineLabel } from '../lib/history-text';
import { Sparkline } from './Sparkline';

function accountable(point: THistoryPoint): string | null {
  if (!point.decision) return null;
  return Object.entries(point.decision.raci).find(([, l]) => l === 'A')?.[0] ?? null;
}

/** Small multiples: one row per concern, one column per session, a sparkline of agreement per row. */
export function HistoryTable({ history }: { history: TWorkshopHistory }) {
  const t = useT();
  const caption = t('app.history.table.caption');
  return (
    <div className="history-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="history-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="history-table__concern">
              {t('app.history.table.concern')}
            </th>
            <th scope="col">{t('app.history.table.agreement')}</th>
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
                  <Sparkline values={values} label={sparklineLabel(c.title, values)} />
                </td>
                {history.sessions.map((s) => {
                  const p = bySession.get(s.id);
                  if (!p) {
                    return (
                      <td key={s.id} className="history-table__cell history-table__cell--absent">
                        <span className="muted">{t('app.history.table.notInSession')}</span>
                      </td>
                    );
                  }
                  const decided = accountable(p);
                  return (
                    <td key={s.id} className="history-table__cell">
                      <StatusBadge kind={p.status}>{historyStatusWord(p.status)}</StatusBadge>
                      <span className="history-table__agreement">{percent(p.agreement)}</span>
                      {p.status !== 'no data' ? (
                        <span className="history-table__owners">
                          {t('app.history.table.owners', { owners: roleNames(history, p.owners) })}
                        </span>
                      ) : null}
                      {decided ? (
                        <span className="history-table__decided">
                          {t('app.history.table.decided', { role: roleNames(history, [decided]) })}
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
