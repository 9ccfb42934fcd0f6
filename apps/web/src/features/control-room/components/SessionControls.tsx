import type { TSession } from '@thinline/shared';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { sessionExportUrl } from '../../session/api';
import { EXPORT_LINKS } from '../../session/lib/exports';
import { LiveRegion } from '../../../ui/LiveRegion';
import { type ControlRoomActions, SESSION_HEADING_ID } from '../hooks/useControlRoomActions';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';

/** Start, next round, close; the presenter view; exports. */
export function SessionControls({ session, actions }: { session: TSession; actions: ControlRoomActions }) {
  const { status } = session;
  const open = status === 'lobby' || status === 'live';
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
          <ConfirmButton
            variant="secondary"
            size="medium"
            question={`Start round ${session.state.round + 1}? Everyone answers again; round ${session.state.round} is kept.`}
            confirmLabel="Start next round"
            busy={actions.isBusy('next-round')}
            onConfirm={() => actions.run('next-round')}
          >
            Next round
          </ConfirmButton>
        ) : null}
        <a className="button button--secondary" href={`/sessions/${session.id}/present`} target="_blank" rel="noopener">
          Open presenter view<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        {open ? (
          <ConfirmButton
            size="medium"
            question="Close the session? Phones stop taking answers."
            confirmLabel="Close session"
            busy={actions.isBusy('close')}
            onConfirm={() => actions.run('close')}
          >
            Close session
          </ConfirmButton>
        ) : null}
      </div>
      {status === 'lobby' ? <p className="muted">People can join now. Start the session when the room is ready; the concerns open then.</p> : null}
      <details>
        <summary>Download results</summary>
        <ul className="cluster plain-list">
          {EXPORT_LINKS.map(({ format, label }) => (
            <li key={format}>
              <a href={sessionExportUrl(session.id, format)} download>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
