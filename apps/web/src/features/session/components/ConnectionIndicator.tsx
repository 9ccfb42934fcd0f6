import { useLocation } from 'react-router';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { type MessageId, useT } from '../../../i18n/i18n';
import type { LiveStatus, SessionLive } from '../hooks/useSessionLive';
import '../session.css';

const WORDS: Record<LiveStatus, MessageId> = {
  connecting: 'app.session.live.connecting',
  live: 'app.session.live.live',
  paused: 'app.session.live.paused',
  reconnecting: 'app.session.live.reconnecting',
  failed: 'app.session.live.failed',
};

/** What each state means for the numbers on screen, said next to it (not in colour alone). */
const DETAIL: Partial<Record<LiveStatus, MessageId>> = {
  paused: 'app.session.live.pausedDetail',
  reconnecting: 'app.session.live.reconnectingDetail',
};

/** The live connection's state in words, with a retry (or sign in) when it gave up. */
export function ConnectionIndicator({ live }: { live: SessionLive }) {
  const t = useT();
  const location = useLocation();
  const detail = DETAIL[live.status];
  return (
    <span className="cluster">
      <span className={`connection connection--${live.status}`} role="status">
        <span className="connection__dot" aria-hidden="true" />
        {t(WORDS[live.status])}
        {detail ? <span className="connection__detail">{t(detail)}</span> : null}
      </span>
      {live.status === 'failed' ? (
        <>
          <span className="muted">{live.error}</span>
          {live.signIn ? (
            <ButtonLink variant="secondary" size="small" to={`/signin?next=${encodeURIComponent(location.pathname)}`}>
              {t('app.session.live.signInAgain')}
            </ButtonLink>
          ) : (
            <Button variant="secondary" size="small" onClick={live.retry}>
              {t('app.session.live.reconnect')}
            </Button>
          )}
        </>
      ) : null}
    </span>
  );
}
