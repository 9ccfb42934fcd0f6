import type { TConcern, TSession } from '@thinline/shared';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useDecisions } from '../hooks/useDecisions';
import { checksLabel } from '../lib/draft';
import { DecidedLine } from './DecidedLine';
import { DecisionPicker } from './DecisionPicker';

/** One concern's decision, and the picker to make or change it (the control room and the focus view). */
export function ConcernDecision({ session, concern, headingLevel = 3 }: { session: TSession; concern: TConcern; headingLevel?: 2 | 3 }) {
  const t = useT();
  const decisions = useDecisions(session);
  const [open, setOpen] = useState(false);
  const decision = decisions.data?.decisions.find((d) => d.concernId === concern.id);
  const room = decisions.data?.room.find((r) => r.concernId === concern.id);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // the picker starts from the room's proposal: it opens once that is known
  const canDecide = session.status !== 'lobby' && decisions.data !== undefined && session.canRun !== false;

  if (open) {
    return <DecisionPicker session={session} concern={concern} decision={decision} proposal={room?.proposal} checks={room?.checks ?? []} onClose={() => setOpen(false)} />;
  }
  return (
    <section className="concern-decision" aria-label={t('app.decisions.regionNamed', { title: concern.title })}>
      {headingLevel === 2 ? <Heading className="visually-hidden">{t('app.decisions.heading')}</Heading> : null}
      {decisions.isError ? (
        <ErrorMessage error={decisions.error} title={t('app.decisions.loadFailed')} onRetry={() => void decisions.refetch()} />
      ) : decision ? (
        <DecidedLine decision={decision} roles={session.roles} />
      ) : (
        <p className="muted">
          {room && room.checks.length > 0 ? t('app.decisions.notDecidedChecks', { checks: checksLabel(room.checks) }) : t('app.decisions.notDecided')}
        </p>
      )}
      {canDecide ? (
        <Button variant={decision ? 'secondary' : 'primary'} size="small" onClick={() => setOpen(true)}>
          {t(decision ? 'app.decisions.change' : 'app.decisions.decide')}
        </Button>
      ) : null}
    </section>
  );
}
