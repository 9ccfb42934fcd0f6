import { useParticipantSession } from '../hooks/useParticipantSession';
import { sessionStatus } from '../session-model';
import { AnswerFlow } from './AnswerFlow';
import { ConnectionBanner } from './ConnectionBanner';
import { ParticipantShell } from './ParticipantShell';
import { ProfileForm } from './ProfileForm';
import { ClosedScreen, ConnectingScreen, JoinProblemScreen, LobbyScreen } from './StatusScreens';

/** A participant in one session, from joining to "thank you". */
export function ParticipantSessionView({ joinCode }: { joinCode: string }) {
  const { model, outbox, stalled, persisted, submit, saveProfile, retry } = useParticipantSession(joinCode);
  const { session } = model;
  const status = sessionStatus(model);
  const offline = model.everJoined && !model.online && model.phase !== 'refused' && status !== 'closed';

  let body;
  if (session && status === 'closed') {
    const saved = session.concerns.filter((c) => model.saved[c.id]).length;
    body = <ClosedScreen session={session} saved={saved} unsent={outbox.length} />;
  } else if (model.phase === 'refused' && model.refusal) {
    body = <JoinProblemScreen code={joinCode} problem={model.refusal} onRetry={retry} />;
  } else if (!session) {
    body = <ConnectingScreen code={joinCode} failures={model.connectFailures} waiting={outbox.length} persisted={persisted} onRetry={retry} />;
  } else if (model.phase === 'profile') {
    body = <ProfileForm session={session} onSubmit={saveProfile} />;
  } else if (status === 'live') {
    body = <AnswerFlow model={model} session={session} outbox={outbox} stalled={stalled} submit={submit} />;
  } else {
    body = <LobbyScreen session={session} me={model.me} />;
  }

  return (
    <ParticipantShell code={joinCode} title={session?.title}>
      <ConnectionBanner offline={offline} stalled={stalled && model.online} waiting={outbox.length} persisted={persisted} />
      {body}
    </ParticipantShell>
  );
}
