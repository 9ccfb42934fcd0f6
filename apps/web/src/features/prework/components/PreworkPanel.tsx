import type { TSession } from '@thinline/shared';
import { useT } from '../../../i18n/i18n';
import { ClosingTime } from './ClosingTime';
import { InvitePanel } from './InvitePanel';
import { RoleProgress } from './RoleProgress';
import '../prework.css';

/**
 * Pre-work in the control room: when answering stops, what to send people, and how far each
 * role got. Results stay hidden (only counts here) until they are revealed in the live session.
 */
export function PreworkPanel({ session }: { session: TSession }) {
  const t = useT();
  return (
    <section className="card card--flat stack prework" aria-labelledby="prework-heading">
      <h2 id="prework-heading">{t('app.prework.heading')}</h2>
      <p className="muted">{t('app.prework.lead')}</p>
      <ClosingTime session={session} />
      <RoleProgress session={session} />
      {session.status !== 'closed' ? <InvitePanel session={session} /> : null}
    </section>
  );
}
