import type { TAnswerChoice } from '@thinline/shared';
import { type MessageId, useT } from '../../../i18n/i18n';

const EXCLUSIVE: readonly { choice: 'nobody' | 'unknown'; label: MessageId }[] = [
  { choice: 'nobody', label: 'phone.answer.nobody' },
  { choice: 'unknown', label: 'phone.answer.unknown' },
];

/** "Nobody owns this" and "Don't know": each replaces any role picked. */
export function ExclusiveChoices({ choice, onToggle }: { choice: TAnswerChoice | null; onToggle: (c: 'nobody' | 'unknown') => void }) {
  const t = useT();
  return (
    <div className="pt-exclusive" role="group" aria-label={t('phone.answer.orInstead')}>
      <span className="pt-or" aria-hidden="true">
        {t('phone.answer.or')}
      </span>
      {EXCLUSIVE.map((e) => {
        const on = choice === e.choice;
        return (
          <button key={e.choice} type="button" className="pt-toggle pt-toggle--alt" aria-pressed={on} onClick={() => onToggle(e.choice)}>
            <span className="pt-toggle__mark" aria-hidden="true">
              {on ? '✓' : ''}
            </span>
            <span>{t(e.label)}</span>
          </button>
        );
      })}
    </div>
  );
}
