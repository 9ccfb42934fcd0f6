import { useLocation } from 'react-router';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import type { LiveStatus, SessionLive } from '../hooks/useSessionLive';
import '../session.css';

const WORDS: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  paused: 'Saving paused',
  reconnecting: 'Reconnecting…',
  failed: 'Not live',
};

/** What each state means for the numbers on screen, said next to it (not in colour alone). */
const DETAIL: Partial<Record<LiveStatus, string>> = {
  paused: 'The database is away: phones keep their answers and the numbers catch up when it is back.',
  reconnecting: 'The numbers shown may be out of date; they catch up when the connection is back.',
};

/** The live connection's state in words, with a retry (or sign in) when it gave up. */
export function ConnectionIndicator({ live }: { live: SessionLive }) {
  const location = useLocation();
  const detail = DETAIL[live.status];
  return (
    <span className="cluster">
      <span className={`connection connection--${live.status}`} role="status">
        <span className="connection__dot" aria-hidden="true" />
        {WORDS[live.status]}
        {detail ? <span className="connection__detail">{detail}</span> : null}
      </span>
      {live.status === 'failed' ? (
        <>
          <span className="muted">{live.error}</span>
          {live.signIn ? (
            <ButtonLink variant="secondary" size="small" to={`/signin?next=${encodeURIComponent(location.pathname)}`}>
              Sign in again
            </ButtonLink>
          ) : (
            <Button variant="secondary" size="small" onClick={live.retry}>
              Reconnect
            </Button>
          )}
        </>
      ) : null}
    </span>
  );
}
