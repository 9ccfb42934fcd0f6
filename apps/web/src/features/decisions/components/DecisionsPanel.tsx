import type { TSession } from '@thinline/shared';
import { useT } from '../../../i18n/i18n';
import { ConcernDecision } from './ConcernDecision';

/** The control room's decisions: every concern with its decision or a picker to make one. */
export function DecisionsPanel({ session }: { session: TSession }) {
  const t = useT();
  if (session.status === 'lobby') return null;
  return (
    <section className="card card--flat stack" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('app.decisions.panelHeading')}</h2>
      <p className="muted">{t('app.decisions.panelLead')}</p>
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
