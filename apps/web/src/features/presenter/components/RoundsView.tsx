import type { ReactNode } from 'react';
import { HeatmapSvg } from '@thinline/heatmap';
import { type TConcern, type TSession, formatOptionalPercent, roundName } from '@thinline/shared';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Spinner';
import { useHeatmap } from '../../session/hooks/useHeatmap';
import { describeChange, roundRows } from '../lib/presentation';
import { HiddenResults } from './HiddenResults';
import { TableHead } from '../../../ui/TableHead';

/** Round 1 next to the current round, and how agreement changed (convergence). */
export function RoundsView({ session, concerns, tabs }: { session: TSession; concerns: TConcern[]; tabs: ReactNode }) {
  return (
    <>
      <div className="presenter__controls">{tabs}</div>
      <RoundsBody session={session} concerns={concerns} />
    </>
  );
}

function RoundsBody({ session, concerns }: { session: TSession; concerns: TConcern[] }) {
  const round = session.state.round;
  const name = (n: number) => roundName(n, session.state.rounds);
  const several = round > 1 && concerns.length > 0;
  const first = useHeatmap(session.id, { round: 1 }, several);
  const last = useHeatmap(session.id, {}, several);

  if (concerns.length === 0) return <HiddenResults session={session} />;
  if (round < 2) {
    return (
      <div className="presenter-message">
        <p>Only one round so far.</p>
        <p className="muted">After the discussion, start the next round from the control room: the room answers again and both rounds appear here side by side.</p>
      </div>
    );
  }
  if (first.isError || last.isError) {
    return <ErrorMessage error={first.error ?? last.error} title="Could not load the rounds" onRetry={() => void Promise.all([first.refetch(), last.refetch()])} />;
  }
  if (!first.data || !last.data) return <Loading label="Loading both rounds…" />;

  const rows = roundRows(first.data, last.data, concerns);
  return (
    <>
      <div className="side-by-side">
        {[first.data, last.data].map((h, i) => (
          <div key={i === 0 ? 'first' : 'last'} className="heatmap-frame">
            <HeatmapSvg responsive roles={session.roles} concerns={concerns} heatmap={h} title={name(h.round)} showLegend={false} />
          </div>
        ))}
      </div>
      <section className="section" aria-labelledby="convergence-title">
        <h2 id="convergence-title">
          Convergence: agreement in {name(last.data.round).toLowerCase()} against {name(1).toLowerCase()}
        </h2>
        <div className="table-wrap">
          <table className="table">
            <TableHead columns={['Concern', { label: name(1), num: true }, { label: name(last.data.round), num: true }, 'Change']} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.concern.id}>
                  <th scope="row">{row.concern.title}</th>
                  <td className="num">{formatOptionalPercent(row.first)}</td>
                  <td className="num">{formatOptionalPercent(row.last)}</td>
                  <td>
                    <span aria-hidden="true">{row.change === null ? '' : row.change > 0.005 ? '▲ ' : row.change < -0.005 ? '▼ ' : '= '}</span>
                    {describeChange(row.change)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
