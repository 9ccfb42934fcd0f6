import type { TSession } from '@thinline/shared';
import { useT } from '../../../i18n/i18n';
import { JoinCode } from '../../../ui/JoinCode';
import { QrCode } from '../../../ui/QrCode';
import { displayJoinUrl, joinUrl } from '../lib/joinUrl';
import { around } from '../lib/message-parts';

/** Before the start: the join code as large as the screen allows, the QR code, the count. */
export function PresenterLobby({ session }: { session: TSession }) {
  const t = useT();
  const url = joinUrl(session.joinCode);
  const count = session.participants;
  const [before, after] = around((address) => t('app.presenter.lobby.goTo', { address }));
  return (
    <div className="presenter-lobby">
      <div className="stack">
        <p className="presenter-lobby__url">
          {before}
          <span className="nowrap">{displayJoinUrl(session.joinCode).replace(/\/j\/.*$/, '/j')}</span>
          {after}
        </p>
        <JoinCode code={session.joinCode} className="presenter-lobby__code" />
        <p className="presenter-lobby__url">{t('app.presenter.lobby.scan')}</p>
        <p className="presenter-lobby__count">{count === 0 ? t('app.presenter.lobby.waiting') : t('app.presenter.lobby.joined', { n: count })}</p>
      </div>
      <QrCode value={url} label={t('app.presenter.qr', { url })} />
    </div>
  );
}
