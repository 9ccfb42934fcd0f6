import { JoinCode } from '../../../ui/JoinCode';
import { QrCode } from '../../../ui/QrCode';
import { displayJoinUrl, joinUrl } from '../lib/joinUrl';

/** How to join, on every live view: the address, the code large enough for the back row, a small QR code. */
export function JoinBanner({ joinCode }: { joinCode: string }) {
  const url = joinUrl(joinCode);
  return (
    <div className="join-banner" data-join-banner>
      <span className="join-banner__text">
        Join at <strong>{displayJoinUrl(joinCode).replace(/\/j\/.*$/, '/j')}</strong> with
      </span>
      <JoinCode code={joinCode} className="join-banner__code" />
      <QrCode value={url} label={`QR code that opens ${url}`} className="qr join-banner__qr" />
    </div>
  );
}
