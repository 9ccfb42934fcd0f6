import type { TSession } from '@thinline/shared';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/Field';
import type { ControlRoomActions } from '../hooks/useControlRoomActions';
import { nextSteps } from '../lib/steps';

/** Facilitator-led pacing: which concern the phones show, and moving through them. */
export function PacingNav({ session, actions }: { session: TSession; actions: ControlRoomActions }) {
  const t = useT();
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
      <h2 id="pacing-heading">{t('app.controlRoom.pacing.heading')}</h2>
      <p aria-live="polite" className="concern-row__title">
        {current ? t('app.controlRoom.pacing.current', { position: index + 1, total: concerns.length, title: current.title }) : t('app.controlRoom.pacing.none')}
      </p>
      <div className="cluster">
        <Button variant="secondary" onClick={() => actions.run('previous')} disabled={index <= 0 || actions.anyBusy} busy={actions.isBusy('previous')}>
          {t('app.controlRoom.pacing.previous')}
        </Button>
        <Button onClick={() => actions.runSteps('next', nextSteps(currentStatus, closeCurrent))} disabled={index >= concerns.length - 1 || actions.anyBusy} busy={actions.isBusy('next')}>
          {t(closeCurrent && current ? 'app.controlRoom.pacing.closeAndNext' : 'app.controlRoom.pacing.next')}
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
        {t('app.controlRoom.pacing.closeCurrent')}
      </label>
      <form
        className="cluster"
        onSubmit={(e) => {
          e.preventDefault();
          if (targetId) actions.run('goto', targetId);
        }}
      >
        <SelectField label={t('app.controlRoom.pacing.goTo')} value={targetId} onChange={(e) => setTarget(e.target.value)}>
          {concerns.map((c, i) => (
            <option key={c.id} value={c.id}>
              {i + 1}. {c.title}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" busy={actions.isBusy('goto', targetId)} disabled={actions.anyBusy} className="align-end">
          {t('app.controlRoom.pacing.go')}
        </Button>
      </form>
    </section>
  );
}
