import type { TSession } from '@thinline/shared';
import { toDataURL } from 'qrcode';
import { useState } from 'react';
import { useLocale, useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { CopyField } from '../../../ui/CopyField';
import { SelectField } from '../../../ui/Field';
import { joinUrl } from '../../presenter/lib/joinUrl';
import { useWorkshop } from '../../workshops/hooks/useWorkshop';
import { inviteText } from '../lib/invite';

const ownZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** The QR code as a PNG file, for slides and emails (the same library draws the on-screen one). */
async function downloadQr(url: string, joinCode: string): Promise<void> {
  const dataUrl = await toDataURL(url, { errorCorrectionLevel: 'M', width: 1024, margin: 4 });
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = `thinline-join-${joinCode}.png`;
  a.click();
}

/** What to send people: the join link, the QR code as a PNG, and an invite text for chat or email. */
export function InvitePanel({ session }: { session: TSession }) {
  const t = useT();
  const locale = useLocale();
  const workshop = useWorkshop(session.workshopId);
  const [timeZone, setTimeZone] = useState(ownZone);
  const url = joinUrl(session.joinCode);
  const text = inviteText({
    title: session.title,
    purpose: workshop.data?.description ?? '',
    closesAt: session.state.closesAt,
    timeZone,
    concerns: session.concerns.length,
    joinUrl: url,
    joinCode: session.joinCode,
    locale,
  });
  const zones = ZONES.includes(timeZone) ? ZONES : [timeZone, ...ZONES];

  return (
    <div className="stack">
      <h3>{t('app.prework.invite.heading')}</h3>
      <div className="prework__share cluster">
        <CopyField label={t('app.prework.invite.joinLink')} value={url} />
        <Button variant="secondary" onClick={() => void downloadQr(url, session.joinCode)}>
          {t('app.prework.invite.qr')}
        </Button>
      </div>
      <SelectField label={t('app.prework.invite.zone')} hint={t('app.prework.invite.zoneHint')} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
        {zones.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </SelectField>
      <CopyField label={t('app.prework.invite.text')} value={text} rows={11} />
    </div>
  );
}
