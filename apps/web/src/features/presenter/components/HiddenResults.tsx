import { type TSession, plural } from '@thinline/shared';
import { QrCode } from '../../../ui/QrCode';

import { useHeatmap } from '../../session/hooks/useHeatmap';
import { joinUrl } from '../lib/joinUrl';

/** Live, nothing revealed yet: answers stay blind, so the room sees only how many came in. */
export function HiddenResults({ session }: { session: TSession }) {
  const { data: heatmap } = useHeatmap(session.id);
  const url = joinUrl(session.joinCode);
  return (
    <div className="presenter-message">
      <p>
        <strong>Answer on your phone.</strong> Results appear here when the facilitator reveals them.
      </p>
      <p className="presenter-lobby__count" aria-live="off">
        {heatmap ? `${plural(heatmap.answers, 'answer')} so far` : ' '}
      </p>
      <p>
        Not joined yet? Code <strong className="tabular">{session.joinCode}</strong>
      </p>
      <QrCode value={url} label={`QR code that opens ${url}`} className="qr" />
    </div>
  );
}
