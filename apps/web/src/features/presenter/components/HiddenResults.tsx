import type { TSession } from '@thinline/shared';
import { useT } from '../../../i18n/i18n';
import { QrCode } from '../../../ui/QrCode';

import { useHeatmap } from '../../session/hooks/useHeatmap';
import { joinUrl } from '../lib/joinUrl';

/** Live, nothing revealed yet: answers stay blind, so the room sees only how many came in. */
export function HiddenResults({ session }: { session: TSession }) {
  const { data: heatmap } = useHeatmap(session.id);
  const t = useT();
  const url = joinUrl(session.joinCode);
  return (
    <div className="presenter-message">
      <p>
        <strong>{t('app.presenter.hidden.answer')}</strong> {t('app.presenter.hidden.reveal')}
      </p>
      <p className="presenter-lobby__count" aria-live="off">
        {heatmap ? t('app.presenter.hidden.answers', { n: heatmap.answers }) : ' '}
      </p>
      <p>
        {t('app.presenter.hidden.notJoined')} <strong className="tabular">{session.joinCode}</strong>
      </p>
      <QrCode value={url} label={t('app.presenter.qr', { url })} className="qr" />
    </div>
  );
}
