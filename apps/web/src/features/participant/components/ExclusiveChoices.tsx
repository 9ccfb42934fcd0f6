import type { TAnswerChoice } from '@thinline/shared';

const EXCLUSIVE = [
  { choice: 'nobody', label: 'Nobody owns this' },
  { choice: 'unknown', label: "Don't know" },
] as const;

/** "Nobody owns this" and "Don't know": each replaces any role picked. */
export function ExclusiveChoices({ choice, onToggle }: { choice: TAnswerChoice | null; onToggle: (c: 'nobody' | 'unknown') => void }) {
  return (
    <div className="pt-exclusive" role="group" aria-label="Or instead">
      <span className="pt-or" aria-hidden="true">
        or
      </span>
      {EXCLUSIVE.map((e) => {
        const on = choice === e.choice;
        return (
          <button key={e.choice} type="button" className="pt-toggle pt-toggle--alt" aria-pressed={on} onClick={() => onToggle(e.choice)}>
            <span className="pt-toggle__mark" aria-hidden="true">
              {on ? '✓' : ''}
            </span>
            <span>{e.label}</span>
          </button>
        );
      })}
    </div>
  );
}
