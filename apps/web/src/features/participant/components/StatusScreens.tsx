import { OTHER_ROLE, type TErrorCode, type TPublicSession, UNDISCLOSED_ROLE } from '@thinline/shared';
import { describeJoinProblem } from '../errors';
import { Screen } from './Screen';

function roleName(session: TPublicSession, roleId: string): string {
  if (roleId === OTHER_ROLE) return 'Other';
  if (roleId === UNDISCLOSED_ROLE) return 'Role not given';
  return session.roles.find((r) => r.id === roleId)?.name ?? roleId;
}

export function ConnectingScreen({ code, failures, waiting, persisted, onRetry }: { code: string; failures: number; waiting: number; persisted: boolean; onRetry: () => void }) {
  return (
    <Screen eyebrow={`Session ${code}`} title="Joining…">
      <p className="pt-lead" role="status" aria-live="polite">
        {failures > 1 ? 'Cannot reach Thinline yet. Still trying — check your Wi-Fi or mobile data.' : 'Connecting to the session.'}
      </p>
      {waiting > 0 ? (
        <p className="pt-notice">
          {waiting === 1 ? '1 answer is' : `${waiting} answers are`} {persisted ? 'kept on this phone and will be sent' : 'waiting and will be sent'} once you are connected.
        </p>
      ) : null}
      {failures > 1 ? (
        <button type="button" className="pt-btn pt-btn--ghost pt-btn--block" onClick={onRetry}>
          Try again now
        </button>
      ) : null}
    </Screen>
  );
}

export function JoinProblemScreen({ code, problem, onRetry }: { code: string; problem: { code: TErrorCode; message: string }; onRetry: () => void }) {
  const p = describeJoinProblem(problem.code, problem.message);
  return (
    <Screen eyebrow={`Code ${code}`} title={p.title} icon="!" tone="warn">
      <p className="pt-lead">{p.body}</p>
      <div className="pt-actions">
        {p.action === 'retry' ? (
          <button type="button" className="pt-btn pt-btn--primary pt-btn--block" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        <a className={`pt-btn pt-btn--block ${p.action === 'retry' ? 'pt-btn--ghost' : 'pt-btn--primary'}`} href="/j">
          Enter another code
        </a>
      </div>
    </Screen>
  );
}

export function LobbyScreen({ session, me }: { session: TPublicSession; me: { ownRole: string; name: string | null } | null }) {
  return (
    <Screen eyebrow={session.title} title="You're in" icon="✓" tone="ok">
      <p className="pt-lead" role="status" aria-live="polite">
        Waiting for the facilitator to start.
      </p>
      {me ? (
        <p className="pt-note">
          {me.name ? `${me.name} · ` : ''}
          {roleName(session, me.ownRole)}
        </p>
      ) : null}
      <p className="pt-hint">Keep this page open. It moves on by itself.</p>
    </Screen>
  );
}

/** Pre-work: the closing time passed. What the answers are now, and what comes next. */
export function AnsweringClosedScreen({ session, saved, unsent, onReview }: { session: TPublicSession; saved: number; unsent: number; onReview: () => void }) {
  return (
    <Screen eyebrow={session.title} title="Answering has closed" icon="✓" tone="ok">
      <p className="pt-lead" role="status">
        You answered {saved} of {session.concerns.length} questions before the closing time. Your answers are saved; nothing can be changed now.
      </p>
      {unsent > 0 ? (
        <p className="pt-notice pt-notice--warn">
          {unsent === 1 ? '1 answer' : `${unsent} answers`} did not reach Thinline before the closing time and {unsent === 1 ? 'was' : 'were'} not counted.
        </p>
      ) : null}
      <p className="pt-hint">
        What happens next: at the workshop the facilitator shows everyone's answers together, you discuss them, and you answer once more in the live round. Keep this page, or open the link again then; it moves on by itself.
      </p>
      <button type="button" className="pt-btn pt-btn--ghost pt-btn--block" onClick={onReview}>
        See my answers
      </button>
    </Screen>
  );
}

export function ClosedScreen({ session, saved, unsent }: { session: TPublicSession; saved: number; unsent: number }) {
  return (
    <Screen eyebrow={session.title} title="Session closed, thank you" icon="✓" tone="ok">
      <p className="pt-lead">
        You answered {saved} of {session.concerns.length} questions.
      </p>
      {unsent > 0 ? (
        <p className="pt-notice pt-notice--warn">
          {unsent === 1 ? '1 answer' : `${unsent} answers`} could not be sent before the session closed.
        </p>
      ) : null}
      <p className="pt-hint">The facilitator will share the results.</p>
    </Screen>
  );
}
