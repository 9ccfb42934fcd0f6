import { type TSession, plural } from '@thinline/shared';
import { LiveRegion } from '../../../ui/LiveRegion';
import { JoinCode } from '../../../ui/JoinCode';
import { QrCode } from '../../../ui/QrCode';

import { displayJoinUrl, joinUrl } from '../../presenter/lib/joinUrl';

/** The join code, its QR code and the live participant count. */
export function JoinPanel({ session }: { session: TSession }) {
  const url = joinUrl(session.joinCode);
  const closed = session.status === 'closed';
  return (
    <section className="card join-panel" aria-labelledby="join-heading">
      <h2 id="join-heading" className="visually-hidden">
        Join
      </h2>
      <p className="muted">{closed ? 'This session is closed.' : 'Join at'}</p>
      {closed ? null : (
        <>
          <p className="join-url">{displayJoinUrl(session.joinCode)}</p>
          <JoinCode code={session.joinCode} className="join-code" />
          <QrCode value={url} label={`QR code that opens ${url}`} />
        </>
      )}
      <div className="stat">
        <span className="stat__value">{session.participants.toLocaleString()}</span>
        <span className="stat__label">{session.participants === 1 ? 'participant' : 'participants'}</span>
      </div>
      <LiveRegion text={`${plural(session.participants, 'participant')} joined`} throttleMs={5000} />
    </section>
  );
}
