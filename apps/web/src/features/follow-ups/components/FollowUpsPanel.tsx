import type { TSession } from '@thinline/shared';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useFollowUpWrites } from '../hooks/useFollowUpWrites';
import { lastTime, localToday } from '../lib/dates';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpItem } from './FollowUpItem';

/**
 * The control room's follow-ups: first "Last time's follow-ups" (the workshop's open ones from
 * earlier sessions, to mark done or dropped; overdue ones marked), then this session's, and
 * the form to add one.
 */
export function FollowUpsPanel({ session }: { session: TSession }) {
  const t = useT();
  const { update } = useFollowUpWrites(session.id, session.workshopId);
  const earlier = lastTime(session.openFollowUps, session.id, localToday());
  const mine = session.openFollowUps.filter((f) => f.sessionId === session.id);

  return (
    <>
      {earlier.length > 0 ? (
        <section className="card card--flat stack" aria-labelledby="last-time-heading">
          <h2 id="last-time-heading">{t('app.followUps.lastTime')}</h2>
          <p className="muted">{t('app.followUps.lastTimeLead')}</p>
          <ul className="follow-up-list">
            {earlier.map(({ followUp, overdue }) => (
              <li key={followUp.id} data-follow-up={followUp.id} data-overdue={overdue || undefined}>
                <FollowUpItem followUp={followUp} session={session} overdue={overdue} />
                <span className="cluster">
                  <Button size="small" variant="secondary" onClick={() => update.mutate({ id: followUp.id, patch: { status: 'done' } })} aria-label={t('app.followUps.doneNamed', { title: followUp.title })}>
                    {t('app.followUps.done')}
                  </Button>
                  <Button size="small" variant="ghost" onClick={() => update.mutate({ id: followUp.id, patch: { status: 'dropped' } })} aria-label={t('app.followUps.dropNamed', { title: followUp.title })}>
                    {t('app.followUps.drop')}
                  </Button>
                </span>
              </li>
            ))}
          </ul>
          {update.isError ? <ErrorMessage error={update.error} title={t('app.followUps.changeFailed')} /> : null}
        </section>
      ) : null}
      {session.status !== 'lobby' ? (
        <section className="card card--flat stack" aria-labelledby="follow-ups-heading">
          <h2 id="follow-ups-heading">{t('app.followUps.heading')}</h2>
          {mine.length > 0 ? (
            <ul className="follow-up-list">
              {mine.map((f) => (
                <li key={f.id}>
                  <FollowUpItem followUp={f} session={session} overdue={false} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('app.followUps.empty')}</p>
          )}
          <FollowUpForm session={session} />
        </section>
      ) : null}
    </>
  );
}
