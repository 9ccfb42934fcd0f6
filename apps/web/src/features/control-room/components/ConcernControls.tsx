import { type TConcern, type TConcernStatus, type THeatmap, type TSession, honestRowStatus } from '@thinline/shared';
import { count, useT } from '../../../i18n/i18n';
import { useHeatmapText } from '../../../i18n/session-locale';
import { Button } from '../../../ui/Button';
import { StatusBadge } from '../../../ui/StatusBadge';
import { concernProgress } from '../../presenter/lib/presentation';
import type { ControlRoomActions } from '../hooks/useControlRoomActions';
import { CONCERN_STATE_LABELS } from '../../session/lib/sessionLabels';
import { revealAndLockSteps } from '../lib/steps';

interface Props {
  session: TSession;
  heatmap: THeatmap | undefined;
  actions: ControlRoomActions;
}

/** Every concern with its answer progress and its open / lock / reveal / hide buttons. */
export function ConcernControls({ session, heatmap, actions }: Props) {
  const t = useT();
  const statusById = new Map(session.state.concerns.map((c) => [c.concernId, c]));
  const live = session.status === 'live';
  const hidden = session.state.concerns.filter((c) => !c.revealed).map((c) => c.concernId);
  const shown = session.state.concerns.filter((c) => c.revealed).map((c) => c.concernId);
  const open = session.state.concerns.filter((c) => c.state === 'open').map((c) => c.concernId);
  return (
    <section className="stack" aria-labelledby="concerns-heading">
      <div className="cluster cluster--between">
        <h2 id="concerns-heading">{t('app.controlRoom.concerns.heading')}</h2>
        <div className="cluster">
          <Button variant="secondary" size="small" disabled={!live || open.length === 0 || actions.anyBusy} busy={actions.isBusy('lock') && open.length > 0} onClick={() => actions.runForEach('lock', open)}>
            {t('app.controlRoom.concerns.lockAll')}
          </Button>
          <Button variant="secondary" size="small" disabled={!live || hidden.length === 0 || actions.anyBusy} busy={actions.isBusy('reveal') && hidden.length > 0} onClick={() => actions.runForEach('reveal', hidden)}>
            {t('app.controlRoom.concerns.revealAll')}
          </Button>
          <Button variant="secondary" size="small" disabled={!live || shown.length === 0 || actions.anyBusy} onClick={() => actions.runForEach('hide', shown)}>
            {t('app.controlRoom.concerns.hideAll')}
          </Button>
        </div>
      </div>
      {!live ? <p className="muted">{t(session.status === 'closed' ? 'app.controlRoom.concerns.closedHint' : 'app.controlRoom.concerns.lobbyHint')}</p> : null}
      <ol className="concern-rows">
        {session.concerns.map((concern, index) => (
          <ConcernControlRow
            key={concern.id}
            concern={concern}
            index={index}
            status={statusById.get(concern.id)}
            current={session.state.currentConcernId === concern.id}
            heatmap={heatmap}
            live={live}
            actions={actions}
          />
        ))}
      </ol>
    </section>
  );
}

interface RowProps {
  concern: TConcern;
  index: number;
  status: TConcernStatus | undefined;
  current: boolean;
  heatmap: THeatmap | undefined;
  live: boolean;
  actions: ControlRoomActions;
}

function ConcernControlRow({ concern, index, status, current, heatmap, live, actions }: RowProps) {
  const t = useT();
  const words = useHeatmapText();
  const progress = concernProgress(heatmap, concern.id);
  const state = status?.state ?? 'pending';
  const revealed = status?.revealed ?? false;
  const title = concern.title;
  const disabled = !live || actions.anyBusy;
  const aggregate = heatmap?.concerns.find((a) => a.concernId === concern.id);
  const result = heatmap ? honestRowStatus(aggregate, heatmap) : null;
  return (
    <li className={`concern-row${current ? ' concern-row--current' : ''}`} aria-current={current ? 'step' : undefined}>
      <div className="stack stack--tight">
        <p className="concern-row__title">
          {index + 1}. {concern.title}
        </p>
        <div className="concern-row__meta">
          <StatusBadge kind={state}>{CONCERN_STATE_LABELS[state]}</StatusBadge>
          <StatusBadge kind={revealed ? 'revealed' : 'pending'}>{t(revealed ? 'app.controlRoom.concerns.shown' : 'app.controlRoom.concerns.hidden')}</StatusBadge>
          {current ? <StatusBadge kind="live">{t('app.controlRoom.concerns.onPhones')}</StatusBadge> : null}
          {result && result !== 'no data' ? (
            <span className={`row-status row-status--${result.replace(' ', '-')}`} data-row-status={result}>
              {words.status[result]}
            </span>
          ) : null}
        </div>
      </div>
      <div className="progress">
        <span>
          {heatmap ? t('app.controlRoom.concerns.answered', { answered: count(progress.answered), participants: count(progress.participants) }) : t('app.controlRoom.concerns.counting')}
        </span>
        <div className="progress__bar" aria-hidden="true">
          <div className="progress__fill" style={{ width: `${Math.round(progress.ratio * 100)}%` }} />
        </div>
      </div>
      <div className="cluster">
        {state === 'open' ? (
          <Button variant="secondary" size="small" aria-label={t('app.controlRoom.concerns.lockNamed', { title })} disabled={disabled} busy={actions.isBusy('lock', concern.id)} onClick={() => actions.run('lock', concern.id)}>
            {t('app.controlRoom.concerns.lock')}
          </Button>
        ) : (
          <Button variant="secondary" size="small" aria-label={t('app.controlRoom.concerns.openNamed', { title })} disabled={disabled} busy={actions.isBusy('open', concern.id)} onClick={() => actions.run('open', concern.id)}>
            {t('app.controlRoom.concerns.open')}
          </Button>
        )}
        {revealed ? (
          <Button variant="secondary" size="small" aria-label={t('app.controlRoom.concerns.hideNamed', { title })} disabled={disabled} busy={actions.isBusy('hide', concern.id)} onClick={() => actions.run('hide', concern.id)}>
            {t('app.controlRoom.concerns.hide')}
          </Button>
        ) : state === 'open' ? (
          <>
            {/* the usual move: lock, then reveal, so the numbers the room discusses stop moving */}
            <Button size="small" aria-label={t('app.controlRoom.concerns.revealAndLockNamed', { title })} disabled={disabled} busy={actions.isBusy('lock', concern.id)} onClick={() => actions.runSteps('lock', revealAndLockSteps({ concernId: concern.id, state, revealed }))}>
              {t('app.controlRoom.concerns.revealAndLock')}
            </Button>
            <Button variant="secondary" size="small" aria-label={t('app.controlRoom.concerns.revealNamed', { title })} disabled={disabled} busy={actions.isBusy('reveal', concern.id)} onClick={() => actions.run('reveal', concern.id)}>
              {t('app.controlRoom.concerns.reveal')}
            </Button>
          </>
        ) : (
          <Button size="small" aria-label={t('app.controlRoom.concerns.revealNamed', { title })} disabled={disabled} busy={actions.isBusy('reveal', concern.id)} onClick={() => actions.run('reveal', concern.id)}>
            {t('app.controlRoom.concerns.reveal')}
          </Button>
        )}
      </div>
    </li>
  );
}
