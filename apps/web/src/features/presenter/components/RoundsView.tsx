import type { ReactNode } from 'react';
import { DifferenceHeatmapSvg } from '@thinline/heatmap';
import { type TConcern, type TSession, compareHeatmaps, formatOptionalPercent, roundName } from '@thinline/shared';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Spinner';
import { useHeatmap } from '../../session/hooks/useHeatmap';
import { describeChange, pageOf, roundRows } from '../lib/presentation';
import { HiddenResults } from './HiddenResults';
import { TableHead } from '../../../ui/TableHead';

/** One heatmap of the change per cell from round 1 to the current round, and how agreement changed (convergence). */
export function RoundsView({ session, concerns, tabs, page }: { session: TSession; concerns: TConcern[]; tabs: ReactNode; page: number }) {
  return (
    <>
      <div className="presenter__controls" data-presenter-control>{tabs}</div>
      <RoundsBody session={session} concerns={concerns} page={page} />
    </>
  );
}

function RoundsBody({ session, concerns, page: pageNumber }: { session: TSession; concerns: TConcern[]; page: number }) {
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
        <p className="muted">After the discussion, start the next round from the control room: the room answers again and the change from one round to the next appears here, cell by cell.</p>
      </div>
    );
  }
  if (first.isError || last.isError) {
    return <ErrorMessage error={first.error ?? last.error} title="Could not load the rounds" onRetry={() => void Promise.all([first.refetch(), last.refetch()])} />;
  }
  if (!first.data || !last.data) return <Loading label="Loading both rounds…" />;

  const rows = roundRows(first.data, last.data, concerns);
  const page = pageOf(concerns.map((c) => c.id), pageNumber);
  return (
    <>
      <p className="presenter-caption">
        {name(1)} → {name(last.data.round)}: the change in every cell, in percentage points. Blue: more name the role now; orange: fewer.
      </p>
      <div className="heatmap-frame heatmap-frame--rounds" data-rounds-heatmap>
        <DifferenceHeatmapSvg
          responsive
          roles={session.roles}
          concerns={concerns}
          comparison={compareHeatmaps(first.data, last.data, session.roles.map((r) => r.id))}
          before={first.data}
          after={last.data}
          labels={{ a: name(1), b: name(last.data.round) }}
          title={`${name(1)} → ${name(last.data.round)}: the change in every cell`}
          showTitle={false}
          showLegend={false}
          order={page.rows}
          // narrow enough that the numbers stay readable from the back of a room
          width={1100}
        />
      </div>
      {page.pages > 1 ? (
        <p className="presenter-page" data-presenter-page={page.page + 1}>
          Rows {page.first + 1}–{page.first + page.rows.length} of {concerns.length} · page {page.page + 1} of {page.pages}
        </p>
      ) : null}
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
