import type { TSession } from '@thinline/shared';
import { count, useT } from '../../../i18n/i18n';
import { LiveRegion } from '../../../ui/LiveRegion';
import { JoinCode } from '../../../ui/JoinCode';
import { QrCode } from '../../../ui/QrCode';
import { countWord } from '../lib/countWord';

import { displayJoinUrl, joinUrl } from '../../presenter/lib/joinUrl';

/** The join code, its QR code and the live participant count. */
export function JoinPanel({ session }: { session: TSession }) {
  const t = useT();
  const url = joinUrl(session.joinCode);
  const closed = session.status === 'closed';
  return (
    <section className="card join-panel" aria-labelledby="join-heading">
      <h2 id="join-heading" className="visually-hidden">
        {t('app.controlRoom.join.heading')}
      </h2>
      <p className="muted">{t(closed ? 'app.controlRoom.join.closed' : 'app.controlRoom.join.at')}</p>
      {closed ? null : (
        <>
          <p className="join-url">{displayJoinUrl(session.joinCode)}</p>
          <JoinCode code={session.joinCode} className="join-code" />
          <QrCode value={url} label={t('app.controlRoom.join.qr', { url })} />
        </>
      )}
      <div className="stat">
        <span className="stat__value">{count(session.participants)}</span>
        <span className="stat__label">{countWord(session.participants, { one: 'app.controlRoom.join.participant', other: 'app.controlRoom.join.participants' })}</span>
      </div>
      <LiveRegion text={t('app.controlRoom.join.joined', { n: session.participants })} throttleMs={5000} />
    </section>
  );
}
