import type { TSession } from '@thinline/shared';
import { JoinCode } from '../../../ui/JoinCode';
import { QrCode } from '../../../ui/QrCode';
import { displayJoinUrl, joinUrl } from '../lib/joinUrl';

/** Before the start: the join code as large as the screen allows, the QR code, the count. */
export function PresenterLobby({ session }: { session: TSession }) {
  const url = joinUrl(session.joinCode);
  const count = session.participants;
  return (
    <div className="presenter-lobby">
      <div className="stack">
        <p className="presenter-lobby__url">
          Go to <span className="nowrap">{displayJoinUrl(session.joinCode).replace(/\/j\/.*$/, '/j')}</span> and enter
        </p>
        <JoinCode code={session.joinCode} className="presenter-lobby__code" />
        <p className="presenter-lobby__url">or scan the QR code with your phone camera.</p>
        <p className="presenter-lobby__count">{count === 0 ? 'Waiting for the first person…' : `${count.toLocaleString()} ${count === 1 ? 'person has' : 'people have'} joined`}</p>
      </div>
      <QrCode value={url} label={`QR code that opens ${url}`} />
    </div>
  );
}
