import type { Ref } from 'react';
import { Button } from '../../../ui/Button';

export const SHORTCUTS: readonly [keys: string[], what: string][] = [
  [['H'], 'Heatmap'],
  [['G'], 'Perception gap between two roles'],
  [['F'], 'Focus on one concern'],
  [['R'], 'Rounds side by side'],
  [['S'], 'Sort: by category / discussion queue'],
  [['0'], 'Whole room'],
  [['1–9'], 'As role 1 … 9 sees it'],
  [['←', '→'], 'Previous / next concern (focus view)'],
  [['?'], 'This list'],
];

interface Props {
  ref?: Ref<HTMLDialogElement>;
  enabled: boolean;
  onEnabledChange: (on: boolean) => void;
}

/** The keyboard shortcuts, and the switch that turns them off (WCAG 2.1.4). */
export function ShortcutHelp({ ref, enabled, onEnabledChange }: Props) {
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <label className="choice">
        <input type="checkbox" checked={enabled} onChange={(e) => onEnabledChange(e.target.checked)} />
        <span>Single-key shortcuts on</span>
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
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="section">
        <Button type="submit">Close</Button>
      </form>
    </dialog>
  );
}
