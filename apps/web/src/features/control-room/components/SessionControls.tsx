import { PREWORK_LABEL, type TSession, type TSessionAction } from '@thinline/shared';
import type { ReactNode } from 'react';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { SessionDownloadLinks } from '../../session/components/SessionDownloadLinks';
import { LiveRegion } from '../../../ui/LiveRegion';
import { type ControlRoomActions, SESSION_HEADING_ID } from '../hooks/useControlRoomActions';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';

/** Start, next round, close; the presenter view; exports. */
export function SessionControls({ session, actions }: { session: TSession; actions: ControlRoomActions }) {
  const { status } = session;
  const open = status === 'lobby' || status === 'live';
  // after a pre-work survey, the next round is the live workshop
  const nextLabel = session.state.rounds.at(-1)?.label === PREWORK_LABEL ? 'live' : undefined;
  return (
    <section className="stack" aria-labelledby={SESSION_HEADING_ID}>
      <h2 id={SESSION_HEADING_ID} tabIndex={-1}>
        Session
      </h2>
      <LiveRegion text={`Session ${SESSION_STATUS_LABELS[status].toLowerCase()}, round ${session.state.round}.`} />
      <div className="toolbar">
        {status === 'lobby' ? (
          <Button size="large" onClick={() => actions.run('start')} busy={actions.isBusy('start')} busyLabel="Starting…" disabled={actions.anyBusy}>
            Start the session
          </Button>
        ) : null}
        {status === 'live' ? (
          <ConfirmedAction
            action="next-round"
            label={nextLabel}
            actions={actions}
            secondary
            question={`Start round ${session.state.round + 1}${nextLabel ? ` (${nextLabel})` : ''}? Everyone answers again; round ${session.state.round} is kept.`}
            confirmLabel={nextLabel ? 'Start the live round' : 'Start next round'}
          >
            {nextLabel ? 'Start the live round' : 'Next round'}
          </ConfirmedAction>
        ) : null}
        <a className="button button--secondary" href={`/sessions/${session.id}/present`} target="_blank" rel="noopener">
          Open presenter view<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        {open ? (
          <ConfirmedAction action="close" actions={actions} question="Close the session? Phones stop taking answers." confirmLabel="Close session">
            Close session
          </ConfirmedAction>
        ) : null}
      </div>
      {status === 'lobby' ? <p className="muted">People can join now. Start the session when the room is ready; the concerns open then.</p> : null}
      <details>
        <summary>Download results</summary>
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
