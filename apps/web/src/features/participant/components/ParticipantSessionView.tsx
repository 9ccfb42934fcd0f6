import { Suspense, lazy, useState } from 'react';
import { useParticipantSession } from '../hooks/useParticipantSession';
import { sessionStatus } from '../session-model';
import { AnswerFlow } from './AnswerFlow';
import { ConnectionBanner } from './ConnectionBanner';
import { ParticipantShell } from './ParticipantShell';
import { ProfileForm } from './ProfileForm';
import { DeadlineLine } from './DeadlineLine';
import { AnsweringClosedScreen, ClosedScreen, ConnectingScreen, JoinProblemScreen, LobbyScreen } from './StatusScreens';
import { usePhoneLocale } from '../../../i18n/phone-locale';

// Shown only once someone has joined: not part of the join screen's first load.
const LazyResumeLink = lazy(() => import('./ResumeLink').then((m) => ({ default: m.ResumeLink })));
const ResumeLink = ({ joinCode }: { joinCode: string }) => (
  <Suspense fallback={null}>
    <LazyResumeLink joinCode={joinCode} />
  </Suspense>
);

/** A participant in one session, from joining to "thank you". */
export function ParticipantSessionView({ joinCode }: { joinCode: string }) {
  const { model, outbox, stalled, persisted, submit, saveProfile, retry } = useParticipantSession(joinCode);
  const { session } = model;
  // the session's language is the fallback for a browser that asks for none of Thinline's
  usePhoneLocale(session?.settings.locale);
  const status = sessionStatus(model);
  const offline = model.everJoined && !model.online && model.phase !== 'refused' && status !== 'closed';
  const [reviewing, setReviewing] = useState(false);
  const closesAt = model.state?.closesAt ?? null;
  // pre-work closed: a screen that says so, until results are revealed at the live workshop
  const answeringClosed = model.state?.answeringClosed === true && !model.state.concerns.some((c) => c.revealed);
  const saved = session ? session.concerns.filter((c) => model.saved[c.id]).length : 0;

  let body;
  if (session && status === 'closed') {
    body = <ClosedScreen session={session} saved={saved} unsent={outbox.length} />;
  } else if (model.phase === 'refused' && model.refusal) {
    body = <JoinProblemScreen code={joinCode} problem={model.refusal} onRetry={retry} />;
  } else if (!session) {
    body = <ConnectingScreen code={joinCode} failures={model.connectFailures} waiting={outbox.length} persisted={persisted} onRetry={retry} />;
  } else if (model.phase === 'profile') {
    body = <ProfileForm session={session} onSubmit={saveProfile} />;
  } else if (status === 'live' && answeringClosed && !reviewing) {
    body = <AnsweringClosedScreen session={session} saved={saved} unsent={outbox.length} onReview={() => setReviewing(true)} />;
  } else if (status === 'live') {
    body = <AnswerFlow model={model} session={session} outbox={outbox} stalled={stalled} submit={submit} summaryExtra={<ResumeLink joinCode={joinCode} />} />;
  } else {
    body = <LobbyScreen session={session} me={model.me} />;
  }

  return (
    <ParticipantShell code={joinCode} title={session?.title}>
      <ConnectionBanner offline={offline} stalled={stalled && model.online} waiting={outbox.length} persisted={persisted} />
      {closesAt && !model.state?.answeringClosed && session && status !== 'closed' ? <DeadlineLine closesAt={closesAt} /> : null}
      {body}
      {/* while answering, the link sits on the review screen, clear of the questions */}
      {session && model.phase === 'ready' && status === 'lobby' ? <ResumeLink joinCode={joinCode} /> : null}
    </ParticipantShell>
  );
}
