import { Button } from '../../../ui/Button';
import type { SessionLive } from '../hooks/useSessionLive';
import '../session.css';

const WORDS = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  failed: 'Not live',
} as const;

/** The live connection's state in words, with a retry when it gave up. */
export function ConnectionIndicator({ live }: { live: SessionLive }) {
  return (
    <span className="cluster">
      <span className={`connection connection--${live.status}`} role="status">
        <span className="connection__dot" aria-hidden="true" />
        {WORDS[live.status]}
        {live.status === 'reconnecting' ? <span className="visually-hidden">: the numbers shown may be out of date</span> : null}
      </span>
      {live.status === 'failed' ? (
        <>
          <span className="muted">{live.error}</span>
          <Button variant="secondary" size="small" onClick={live.retry}>
            Reconnect
          </Button>
        </>
      ) : null}
    </span>
  );
}
