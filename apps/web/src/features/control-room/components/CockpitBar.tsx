import { NO_DATA_FILL, nobodyColor, shareColor } from '@thinline/heatmap';
import { type THeatmap, type TSession, honestRowStatus } from '@thinline/shared';
import { count, percent, useT } from '../../../i18n/i18n';
import { useHeatmapText } from '../../../i18n/session-locale';
import { countWord } from '../lib/countWord';
import type { SessionLive } from '../../session/hooks/useSessionLive';
import { ProjectorRemote } from './ProjectorRemote';

const CELL = 10;

/**
 * The control room's sticky bar: how far the room is (answers given of answers possible, how
 * many concerns are revealed) and a miniature heatmap, one column per concern, one row per
 * role and "Nobody", with the status under it, so the facilitator sees the room at a glance
 * while scrolling the concerns. Also the projectors' views and page turns (presenter:command).
 */
export function CockpitBar({ session, heatmap, live }: { session: TSession; heatmap: THeatmap | undefined; live: SessionLive }) {
  const t = useT();
  const words = useHeatmapText();
  const concerns = session.concerns;
  const possible = (heatmap?.participants ?? 0) * concerns.length;
  const given = heatmap ? heatmap.concerns.reduce((n, a) => n + (a.suppressed ? 0 : a.answered + a.unknown), 0) : 0;
  const ratio = possible > 0 ? Math.min(1, given / possible) : 0;
  const revealed = session.state.concerns.filter((c) => c.revealed).length;
  const byId = new Map((heatmap?.concerns ?? []).map((a) => [a.concernId, a]));
  const rows = [...session.roles.map((r) => r.id), 'nobody'];
  const statuses = concerns.map((c) => (heatmap ? honestRowStatus(byId.get(c.id), heatmap) : 'no data'));
  const gaps = statuses.filter((s) => s === 'gap').length;
  const overlaps = statuses.filter((s) => s === 'overlap').length;
  const contested = statuses.filter((s) => s === 'contested').length;

  return (
    <div className="cockpit-bar" data-cockpit-bar>
      <div className="cockpit-bar__progress">
        <strong className="tabular">{t('app.controlRoom.cockpit.answered', { percent: percent(ratio) })}</strong>
        <div className="progress__bar" aria-hidden="true">
          <div className="progress__fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
        </div>
        <span className="muted tabular">
          {t('app.controlRoom.cockpit.progress', { given: count(given), possible: count(possible), revealed, total: concerns.length })}
        </span>
      </div>
      <svg
        className="cockpit-bar__map"
        width={concerns.length * CELL}
        height={(rows.length + 1) * CELL + 2}
        role="img"
        aria-label={t('app.controlRoom.cockpit.mapLabel', { gaps, overlaps, contested })}
      >
        {concerns.map((c, x) => {
          const a = byId.get(c.id);
          const shown = a && !a.suppressed && a.answered > 0 ? a : null;
          return (
            <g key={c.id}>
              <title>{`${c.title}: ${words.status[statuses[x] ?? 'no data']}`}</title>
              {rows.map((r, y) => {
                const value = shown ? (r === 'nobody' ? shown.nobody : (shown.shares[r] ?? 0)) : null;
                const fill = value === null ? NO_DATA_FILL : r === 'nobody' ? nobodyColor(value) : shareColor(value);
                return <rect key={r} x={x * CELL} y={y * CELL} width={CELL - 1} height={CELL - 1} fill={fill} />;
              })}
              <rect x={x * CELL} y={rows.length * CELL + 2} width={CELL - 1} height={CELL - 1} className={`cockpit-bar__status cockpit-bar__status--${(statuses[x] ?? 'no data').replace(' ', '-')}`} />
            </g>
          );
        })}
      </svg>
      <span className="cockpit-bar__counts">
        <strong>{count(gaps)}</strong> {countWord(gaps, { one: 'app.controlRoom.cockpit.gap', other: 'app.controlRoom.cockpit.gaps' })} · <strong>{count(overlaps)}</strong>{' '}
        {countWord(overlaps, { one: 'app.controlRoom.cockpit.overlap', other: 'app.controlRoom.cockpit.overlaps' })} · <strong>{count(contested)}</strong>{' '}
        {countWord(contested, { one: 'app.controlRoom.cockpit.contestedOne', other: 'app.controlRoom.cockpit.contested' })}
      </span>
      <ProjectorRemote session={session} live={live} />
    </div>
  );
}
