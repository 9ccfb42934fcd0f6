import { useT } from '../../../i18n/i18n';
import { JoinCode } from '../../../ui/JoinCode';
import { QrCode } from '../../../ui/QrCode';
import { displayJoinUrl, joinUrl } from '../lib/joinUrl';
import { around } from '../lib/message-parts';

/** How to join, on every live view: the address, the code large enough for the back row, a small QR code. */
export function JoinBanner({ joinCode }: { joinCode: string }) {
  const t = useT();
  const url = joinUrl(joinCode);
  const [before, after] = around((address) => t('app.presenter.joinAt', { address }));
  return (
    <div className="join-banner" data-join-banner>
      <span className="join-banner__text">
        {before}
        <strong>{displayJoinUrl(joinCode).replace(/\/j\/.*$/, '/j')}</strong>
        {after}
      </span>
      <JoinCode code={joinCode} className="join-banner__code" />
      <QrCode value={url} label={t('app.presenter.qr', { url })} className="qr join-banner__qr" />
    </div>
  );
}
