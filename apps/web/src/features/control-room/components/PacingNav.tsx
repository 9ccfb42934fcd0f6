import type { TSession } from '@thinline/shared';
import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/Field';
import type { ControlRoomActions } from '../hooks/useControlRoomActions';

/** Facilitator-led pacing: which concern the phones show, and moving through them. */
export function PacingNav({ session, actions }: { session: TSession; actions: ControlRoomActions }) {
  const { concerns, state } = session;
  const index = concerns.findIndex((c) => c.id === state.currentConcernId);
  const current = index >= 0 ? concerns[index] : undefined;
  const [target, setTarget] = useState('');
  const targetId = target || concerns[0]?.id || '';

  return (
    <section className="card card--flat stack" aria-labelledby="pacing-heading">
      <h2 id="pacing-heading">On the phones now</h2>
      <p aria-live="polite" className="concern-row__title">
        {current ? `${index + 1} of ${concerns.length}: ${current.title}` : 'No concern yet: press Next to show the first one.'}
      </p>
      <div className="cluster">
        <Button variant="secondary" onClick={() => actions.run('previous')} disabled={index <= 0 || actions.anyBusy} busy={actions.isBusy('previous')}>
          ← Previous
        </Button>
        <Button onClick={() => actions.run('next')} disabled={index >= concerns.length - 1 || actions.anyBusy} busy={actions.isBusy('next')}>
          Next →
        </Button>
      </div>
      <form
        className="cluster"
        onSubmit={(e) => {
          e.preventDefault();
          if (targetId) actions.run('goto', targetId);
        }}
      >
        <SelectField label="Go to concern" value={targetId} onChange={(e) => setTarget(e.target.value)}>
          {concerns.map((c, i) => (
            <option key={c.id} value={c.id}>
              {i + 1}. {c.title}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" busy={actions.isBusy('goto', targetId)} disabled={actions.anyBusy} className="align-end">
          Go
        </Button>
      </form>
    </section>
  );
}
