import type { TSession } from '@thinline/shared';
import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/Field';
import type { ControlRoomActions } from '../hooks/useControlRoomActions';
import { nextSteps } from '../lib/steps';

/** Facilitator-led pacing: which concern the phones show, and moving through them. */
export function PacingNav({ session, actions }: { session: TSession; actions: ControlRoomActions }) {
  const { concerns, state } = session;
  const index = concerns.findIndex((c) => c.id === state.currentConcernId);
  const current = index >= 0 ? concerns[index] : undefined;
  const [target, setTarget] = useState('');
  // configurable, and remembered in this browser: most rooms want Next to close the concern just discussed
  const [closeCurrent, setCloseCurrent] = useState(() => localStorage.getItem('thinline:next-closes') !== 'false');
  const currentStatus = state.concerns.find((c) => c.concernId === state.currentConcernId);
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
        <Button onClick={() => actions.runSteps('next', nextSteps(currentStatus, closeCurrent))} disabled={index >= concerns.length - 1 || actions.anyBusy} busy={actions.isBusy('next')}>
          {closeCurrent && current ? 'Lock, reveal and next →' : 'Next →'}
        </Button>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={closeCurrent}
          onChange={(e) => {
            setCloseCurrent(e.target.checked);
            localStorage.setItem('thinline:next-closes', String(e.target.checked));
          }}
        />{' '}
        Next locks and reveals the current concern before opening the next
      </label>
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
