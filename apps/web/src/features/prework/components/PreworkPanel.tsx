import type { TSession } from '@thinline/shared';
import { ClosingTime } from './ClosingTime';
import { InvitePanel } from './InvitePanel';
import { RoleProgress } from './RoleProgress';
import '../prework.css';

/**
 * Pre-work in the control room: when answering stops, what to send people, and how far each
 * role got. Results stay hidden (only counts here) until they are revealed in the live session.
 */
export function PreworkPanel({ session }: { session: TSession }) {
  return (
    <section className="card card--flat stack prework" aria-labelledby="prework-heading">
      <h2 id="prework-heading">Pre-work: answering before the workshop</h2>
      <p className="muted">
        People can answer ahead, at their own pace, on any device. Results stay hidden until you reveal them in the live session: this panel shows counts only.
      </p>
      <ClosingTime session={session} />
      <RoleProgress session={session} />
      {session.status !== 'closed' ? <InvitePanel session={session} /> : null}
    </section>
  );
}
