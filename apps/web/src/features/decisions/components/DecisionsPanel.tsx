import type { TSession } from '@thinline/shared';
import { ConcernDecision } from './ConcernDecision';

/** The control room's decisions: every concern with its decision or a picker to make one. */
export function DecisionsPanel({ session }: { session: TSession }) {
  if (session.status === 'lobby') return null;
  return (
    <section className="card card--flat stack" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Decisions</h2>
      <p className="muted">Agree one Accountable role per concern (an A alone is also the R). The picker starts from the room&apos;s answers.</p>
      <ol className="decision-list">
        {session.concerns.map((c) => (
          <li key={c.id}>
            <strong>{c.title}</strong>
            <ConcernDecision session={session} concern={c} />
          </li>
        ))}
      </ol>
    </section>
  );
}
