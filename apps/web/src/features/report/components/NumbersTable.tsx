import type { THeatmap } from '@thinline/shared';
import type { ReportSession } from '../api';
import { HeatmapTableHead } from '../../../ui/HeatmapTableHead';
import { percent, useT } from '../../../i18n/i18n';
import { useHeatmapText } from '../../../i18n/session-locale';

/** The heatmap's numbers as a plain table: for screen readers, copying, and small screens. */
export function NumbersTable({ session, heatmap }: { session: ReportSession; heatmap: THeatmap }) {
  const t = useT();
  const text = useHeatmapText();
  const byId = new Map(heatmap.concerns.map((c) => [c.concernId, c]));
  return (
    <details className="rp-table-wrap">
      <summary>{t('app.report.tableShow')}</summary>
      <div className="rp-scroll" role="region" aria-label={t('app.report.tableRegion')} tabIndex={0}>
        <table className="rp-table">
          <caption className="rp-visually-hidden">{t('app.report.tableCaption')}</caption>
          <HeatmapTableHead roles={session.roles} after={[text.columns.answered]} />
          <tbody>
            {session.concerns.map((c) => {
              const a = byId.get(c.id);
              const hidden = !a || a.suppressed;
              return (
                <tr key={c.id}>
                  <th scope="row">{c.title}</th>
                  <td>{hidden ? text.status.hidden : text.status[a.status]}</td>
                  {session.roles.map((r) => (
                    <td key={r.id} className={!hidden && a.owners.includes(r.id) ? 'rp-owner' : undefined}>
                      {hidden || a.answered === 0 ? '–' : percent(a.shares[r.id] ?? 0)}
                    </td>
                  ))}
                  <td>{hidden || a.answered === 0 ? '–' : percent(a.nobody)}</td>
                  <td>{hidden ? '–' : percent(a.agreement)}</td>
                  <td>{hidden ? '–' : a.answered}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
