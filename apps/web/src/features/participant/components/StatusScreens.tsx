import { OTHER_ROLE, type TErrorCode, type TPublicSession, UNDISCLOSED_ROLE } from '@thinline/shared';
import { describeJoinProblem } from '../errors';
import { Screen } from './Screen';
import { t, useT } from '../../../i18n/i18n';

function roleName(session: TPublicSession, roleId: string): string {
  if (roleId === OTHER_ROLE) return t('phone.profile.other');
  if (roleId === UNDISCLOSED_ROLE) return t('phone.answer.lobby.roleNotGiven');
  return session.roles.find((r) => r.id === roleId)?.name ?? roleId;
}

export function ConnectingScreen({ code, failures, waiting, persisted, onRetry }: { code: string; failures: number; waiting: number; persisted: boolean; onRetry: () => void }) {
  const t = useT();
  return (
    <Screen eyebrow={t('phone.answer.connecting.eyebrow', { code })} title={t('phone.profile.joining')}>
      <p className="pt-lead" role="status" aria-live="polite">
        {failures > 1 ? t('phone.answer.connecting.slow') : t('phone.answer.connecting.lead')}
      </p>
      {waiting > 0 ? (
        <p className="pt-notice">{persisted ? t('phone.answer.connecting.kept', { n: waiting }) : t('phone.answer.connecting.waiting', { n: waiting })}</p>
      ) : null}
      {failures > 1 ? (
        <button type="button" className="pt-btn pt-btn--ghost pt-btn--block" onClick={onRetry}>
          {t('phone.answer.connecting.retry')}
        </button>
      ) : null}
    </Screen>
  );
}

export function JoinProblemScreen({ code, problem, onRetry }: { code: string; problem: { code: TErrorCode }; onRetry: () => void }) {
  const t = useT();
  const p = describeJoinProblem(problem.code);
  return (
    <Screen eyebrow={t('phone.answer.problem.eyebrow', { code })} title={p.title} icon="!" tone="warn">
      <p className="pt-lead">{p.body}</p>
      <div className="pt-actions">
        {p.action === 'retry' ? (
          <button type="button" className="pt-btn pt-btn--primary pt-btn--block" onClick={onRetry}>
            {t('phone.answer.problem.retry')}
          </button>
        ) : null}
        <a className={`pt-btn pt-btn--block ${p.action === 'retry' ? 'pt-btn--ghost' : 'pt-btn--primary'}`} href="/j">
          {t('phone.answer.problem.newCode')}
        </a>
      </div>
    </Screen>
  );
}

export function LobbyScreen({ session, me }: { session: TPublicSession; me: { ownRole: string; name: string | null } | null }) {
  const t = useT();
  return (
    <Screen eyebrow={session.title} title={t('phone.answer.lobby.title')} icon="✓" tone="ok">
      <p className="pt-lead" role="status" aria-live="polite">
        {t('phone.answer.lobby.lead')}
      </p>
      {me ? (
        <p className="pt-note">
          {me.name ? `${me.name} · ` : ''}
          {roleName(session, me.ownRole)}
        </p>
      ) : null}
      <p className="pt-hint">{t('phone.answer.lobby.hint')}</p>
    </Screen>
  );
}

/** Pre-work: the closing time passed. What the answers are now, and what comes next. */
export function AnsweringClosedScreen({ session, saved, unsent, onReview }: { session: TPublicSession; saved: number; unsent: number; onReview: () => void }) {
  const t = useT();
  return (
    <Screen eyebrow={session.title} title={t('phone.answer.answeringClosed.title')} icon="✓" tone="ok">
      <p className="pt-lead" role="status">
        {t('phone.answer.answeringClosed.lead', { saved, total: session.concerns.length })}
      </p>
      {unsent > 0 ? <p className="pt-notice pt-notice--warn">{t('phone.answer.answeringClosed.unsent', { n: unsent })}</p> : null}
      <p className="pt-hint">{t('phone.answer.answeringClosed.next')}</p>
      <button type="button" className="pt-btn pt-btn--ghost pt-btn--block" onClick={onReview}>
        {t('phone.answer.answeringClosed.review')}
      </button>
    </Screen>
  );
}

export function ClosedScreen({ session, saved, unsent }: { session: TPublicSession; saved: number; unsent: number }) {
  const t = useT();
  return (
    <Screen eyebrow={session.title} title={t('phone.answer.closed.title')} icon="✓" tone="ok">
      <p className="pt-lead">{t('phone.answer.closed.lead', { saved, total: session.concerns.length })}</p>
      {unsent > 0 ? <p className="pt-notice pt-notice--warn">{t('phone.answer.closed.unsent', { n: unsent })}</p> : null}
      <p className="pt-hint">{t('phone.answer.closed.hint')}</p>
    </Screen>
  );
}
