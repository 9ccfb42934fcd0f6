import type { ReactNode } from 'react';
import { DifferenceHeatmapSvg } from '@thinline/heatmap';
import { type TConcern, type TSession, compareHeatmaps } from '@thinline/shared';
import { count, percent, roundLabel, useT } from '../../../i18n/i18n';
import { useHeatmapText } from '../../../i18n/session-locale';
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
  const t = useT();
  const text = useHeatmapText();
  const round = session.state.round;
  const name = (n: number) => roundLabel(n, session.state.rounds);
  // a round named inside a sentence ("agreement in round 2 against round 1")
  const inline = (n: number) => {
    const label = session.state.rounds.find((r) => r.round === n)?.label;
    return label ? t('app.presenter.rounds.inlineLabelled', { round: n, label }) : t('app.presenter.rounds.inline', { round: n });
  };
  const several = round > 1 && concerns.length > 0;
  const first = useHeatmap(session.id, { round: 1 }, several);
  const last = useHeatmap(session.id, {}, several);

  if (concerns.length === 0) return <HiddenResults session={session} />;
  if (round < 2) {
    return (
      <div className="presenter-message">
        <p>{t('app.presenter.rounds.oneRound')}</p>
        <p className="muted">{t('app.presenter.rounds.nextRound')}</p>
      </div>
    );
  }
  if (first.isError || last.isError) {
    return <ErrorMessage error={first.error ?? last.error} title={t('app.presenter.rounds.failed')} onRetry={() => void Promise.all([first.refetch(), last.refetch()])} />;
  }
  if (!first.data || !last.data) return <Loading label={t('app.presenter.rounds.loading')} />;

  const rows = roundRows(first.data, last.data, concerns);
  const page = pageOf(concerns.map((c) => c.id), pageNumber);
  return (
    <>
      <p className="presenter-caption">
        {t('app.presenter.rounds.caption', { from: name(1), to: name(last.data.round) })}
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
          text={text}
          title={t('app.presenter.rounds.title', { from: name(1), to: name(last.data.round) })}
          showTitle={false}
          showLegend={false}
          order={page.rows}
          // narrow enough that the numbers stay readable from the back of a room
          width={1100}
        />
      </div>
      {page.pages > 1 ? (
        <p className="presenter-page" data-presenter-page={page.page + 1}>
          {t('app.presenter.page', { first: count(page.first + 1), last: count(page.first + page.rows.length), total: count(concerns.length), page: count(page.page + 1), pages: count(page.pages) })}
        </p>
      ) : null}
      <section className="section" aria-labelledby="convergence-title">
        <h2 id="convergence-title">
          {t('app.presenter.rounds.convergence', { last: inline(last.data.round), first: inline(1) })}
        </h2>
        <div className="table-wrap">
          <table className="table">
            <TableHead columns={[text.columns.concern, { label: name(1), num: true }, { label: name(last.data.round), num: true }, t('app.presenter.rounds.change')]} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.concern.id}>
                  <th scope="row">{row.concern.title}</th>
                  <td className="num">{percent(row.first)}</td>
                  <td className="num">{percent(row.last)}</td>
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
