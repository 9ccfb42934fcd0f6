import { PREWORK_LABEL, type TSession, type TSessionAction, type TSessionStatus } from '@thinline/shared';
import type { ReactNode } from 'react';
import { type MessageId, useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { SessionDownloadLinks } from '../../session/components/SessionDownloadLinks';
import { LiveRegion } from '../../../ui/LiveRegion';
import { type ControlRoomActions, SESSION_HEADING_ID } from '../hooks/useControlRoomActions';

/** What a screen reader hears when the session changes. */
const ANNOUNCE: Record<TSessionStatus, MessageId> = {
  lobby: 'app.controlRoom.session.announceLobby',
  live: 'app.controlRoom.session.announceLive',
  closed: 'app.controlRoom.session.announceClosed',
};

/** Start, next round, close; the presenter view; exports. */
export function SessionControls({ session, actions }: { session: TSession; actions: ControlRoomActions }) {
  const t = useT();
  const { status } = session;
  const round = session.state.round;
  const open = status === 'lobby' || status === 'live';
  // after a pre-work survey, the next round is the live workshop (its label is data: stored as is)
  const nextLabel = session.state.rounds.at(-1)?.label === PREWORK_LABEL ? 'live' : undefined;
  return (
    <section className="stack" aria-labelledby={SESSION_HEADING_ID}>
      <h2 id={SESSION_HEADING_ID} tabIndex={-1}>
        {t('app.controlRoom.session.heading')}
      </h2>
      <LiveRegion text={t(ANNOUNCE[status], { round })} />
      <div className="toolbar">
        {status === 'lobby' ? (
          <Button size="large" onClick={() => actions.run('start')} busy={actions.isBusy('start')} busyLabel={t('app.controlRoom.session.starting')} disabled={actions.anyBusy}>
            {t('app.controlRoom.session.start')}
          </Button>
        ) : null}
        {status === 'live' ? (
          <ConfirmedAction
            action="next-round"
            label={nextLabel}
            actions={actions}
            secondary
            question={t(nextLabel ? 'app.controlRoom.session.liveRoundQuestion' : 'app.controlRoom.session.nextRoundQuestion', { next: round + 1, round })}
            confirmLabel={t(nextLabel ? 'app.controlRoom.session.startLiveRound' : 'app.controlRoom.session.startNextRound')}
          >
            {t(nextLabel ? 'app.controlRoom.session.startLiveRound' : 'app.controlRoom.session.nextRound')}
          </ConfirmedAction>
        ) : null}
        <a className="button button--secondary" href={`/sessions/${session.id}/present`} target="_blank" rel="noopener">
          {t('app.controlRoom.session.presenter')}
          <span className="visually-hidden"> {t('app.controlRoom.session.newTab')}</span>
        </a>
        {open ? (
          <ConfirmedAction action="close" actions={actions} question={t('app.controlRoom.session.closeQuestion')} confirmLabel={t('app.controlRoom.session.close')}>
            {t('app.controlRoom.session.close')}
          </ConfirmedAction>
        ) : null}
      </div>
      {status === 'lobby' ? <p className="muted">{t('app.controlRoom.session.lobbyHint')}</p> : null}
      <details>
        <summary>{t('app.controlRoom.session.download')}</summary>
        <SessionDownloadLinks sessionId={session.id} />
      </details>
    </section>
  );
}

/** A session action that asks first, and shows that it is under way. */
function ConfirmedAction({ action, label, actions, secondary, question, confirmLabel, children }: {
  action: TSessionAction;
  label?: string | undefined;
  actions: ControlRoomActions;
  secondary?: boolean;
  question: string;
  confirmLabel: string;
  children: ReactNode;
}) {
  return (
    <ConfirmButton variant={secondary ? 'secondary' : undefined} size="medium" question={question} confirmLabel={confirmLabel} busy={actions.isBusy(action)} onConfirm={() => actions.run(action, undefined, label)}>
      {children}
    </ConfirmButton>
  );
}
