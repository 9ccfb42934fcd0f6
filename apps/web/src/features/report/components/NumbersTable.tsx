import { type THeatmap, formatOptionalPercent } from '@thinline/shared';
import type { ReportSession } from '../api';
import { HeatmapTableHead } from '../../../ui/HeatmapTableHead';

/** The heatmap's numbers as a plain table: for screen readers, copying, and small screens. */
export function NumbersTable({ session, heatmap }: { session: ReportSession; heatmap: THeatmap }) {
  const byId = new Map(heatmap.concerns.map((c) => [c.concernId, c]));
  return (
    <details className="rp-table-wrap">
      <summary>Show the numbers as a table</summary>
      <div className="rp-scroll" role="region" aria-label="Numbers table, scrolls sideways" tabIndex={0}>
        <table className="rp-table">
          <caption className="rp-visually-hidden">Share of respondents naming each role as owner, per concern</caption>
          <HeatmapTableHead roles={session.roles} after={['Answered']} />
          <tbody>
            {session.concerns.map((c) => {
              const a = byId.get(c.id);
              const hidden = !a || a.suppressed;
              return (
                <tr key={c.id}>
                  <th scope="row">{c.title}</th>
                  <td>{hidden ? 'hidden' : a.status}</td>
                  {session.roles.map((r) => (
                    <td key={r.id} className={!hidden && a.owners.includes(r.id) ? 'rp-owner' : undefined}>
                      {hidden || a.answered === 0 ? '–' : formatOptionalPercent(a.shares[r.id] ?? 0)}
                    </td>
                  ))}
                  <td>{hidden || a.answered === 0 ? '–' : formatOptionalPercent(a.nobody)}</td>
                  <td>{hidden ? '–' : formatOptionalPercent(a.agreement)}</td>
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
