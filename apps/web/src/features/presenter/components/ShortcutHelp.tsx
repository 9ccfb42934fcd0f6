import type { Ref } from 'react';
import { type MessageId, useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';

// the keys are the same in every language (PresenterResults binds them), their meaning is not
export const SHORTCUTS: readonly [keys: string[], what: MessageId][] = [
  [['H'], 'app.presenter.shortcuts.heatmap'],
  [['G'], 'app.presenter.shortcuts.gaps'],
  [['F'], 'app.presenter.shortcuts.focus'],
  [['R'], 'app.presenter.shortcuts.rounds'],
  [['S'], 'app.presenter.shortcuts.sort'],
  [['0'], 'app.presenter.shortcuts.wholeRoom'],
  [['1–9'], 'app.presenter.shortcuts.role'],
  [['←', '→'], 'app.presenter.shortcuts.concern'],
  [['?'], 'app.presenter.shortcuts.help'],
];

interface Props {
  ref?: Ref<HTMLDialogElement>;
  enabled: boolean;
  onEnabledChange: (on: boolean) => void;
}

/** The keyboard shortcuts, and the switch that turns them off (WCAG 2.1.4). */
export function ShortcutHelp({ ref, enabled, onEnabledChange }: Props) {
  const t = useT();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('app.presenter.shortcuts.title')}</h2>
      <label className="choice">
        <input type="checkbox" checked={enabled} onChange={(e) => onEnabledChange(e.target.checked)} />
        <span>{t('app.presenter.shortcuts.on')}</span>
      </label>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((k) => (
                <kbd key={k} className="kbd">
                  {k}
                </kbd>
              ))}
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="section">
        <Button type="submit">{t('app.presenter.shortcuts.close')}</Button>
      </form>
    </dialog>
  );
}
