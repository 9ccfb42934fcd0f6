import { RACI_CHECK_LABELS, type TConcern, type TSession } from '@thinline/shared';
import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useDecisions } from '../hooks/useDecisions';
import { DecidedLine } from './DecidedLine';
import { DecisionPicker } from './DecisionPicker';

/** One concern's decision, and the picker to make or change it (the control room and the focus view). */
export function ConcernDecision({ session, concern, headingLevel = 3 }: { session: TSession; concern: TConcern; headingLevel?: 2 | 3 }) {
  const decisions = useDecisions(session);
  const [open, setOpen] = useState(false);
  const decision = decisions.data?.decisions.find((d) => d.concernId === concern.id);
  const room = decisions.data?.room.find((r) => r.concernId === concern.id);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // the picker starts from the room's proposal: it opens once that is known
  const canDecide = session.status !== 'lobby' && decisions.data !== undefined;

  if (open) {
    return <DecisionPicker session={session} concern={concern} decision={decision} proposal={room?.proposal} checks={room?.checks ?? []} onClose={() => setOpen(false)} />;
  }
  return (
    <section className="concern-decision" aria-label={`Decision: ${concern.title}`}>
      {headingLevel === 2 ? <Heading className="visually-hidden">Decision</Heading> : null}
      {decisions.isError ? (
        <ErrorMessage error={decisions.error} title="Could not load the decisions" onRetry={() => void decisions.refetch()} />
      ) : decision ? (
        <DecidedLine decision={decision} roles={session.roles} />
      ) : (
        <p className="muted">
          Not decided{room && room.checks.length > 0 ? ` · ${room.checks.map((c) => RACI_CHECK_LABELS[c]).join(' · ')}` : ''}
        </p>
      )}
      {canDecide ? (
        <Button variant={decision ? 'secondary' : 'primary'} size="small" onClick={() => setOpen(true)}>
          {decision ? 'Change the decision' : 'Decide'}
        </Button>
      ) : null}
    </section>
  );
}
