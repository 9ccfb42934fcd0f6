import { parseJoinCode } from '../join-code';
import { JoinCodeForm } from './JoinCodeForm';
import { ParticipantSessionView } from './ParticipantSessionView';
import { ParticipantShell } from './ParticipantShell';
import { Screen } from './Screen';
import { t } from '../../../i18n/i18n';
import { JOIN_CODE_LENGTH } from '@thinline/shared';

/** `/j/:code`, the QR code's target. A code that cannot be one asks for the code again. */
export function ParticipantPage({ code }: { code: string | undefined }) {
  const joinCode = parseJoinCode(code);
  if (!joinCode) {
    return (
      <ParticipantShell>
        <Screen title={t('phone.join.title')}>
          <JoinCodeForm initialError={t('phone.answer.notACode', { code: code ?? '', n: JOIN_CODE_LENGTH })} />
        </Screen>
      </ParticipantShell>
    );
  }
  // a new code is a new session: fresh state, socket and outbox
  return <ParticipantSessionView key={joinCode} joinCode={joinCode} />;
}

/** `/j`: type the code shown on the projector. */
export function JoinCodePage() {
  return (
    <ParticipantShell>
      <Screen title={t('phone.join.title')}>
        <p className="pt-lead">{t('phone.join.lead')}</p>
        <JoinCodeForm />
      </Screen>
    </ParticipantShell>
  );
}
