import type { TRole } from '@thinline/shared';
import { type AnswerDraft, toggleExclusive, toggleOwner } from '../answer-draft';
import { ExclusiveChoices } from './ExclusiveChoices';
import { useT } from '../../../i18n/i18n';

interface OwnersPickerProps {
  roles: TRole[];
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  disabled: boolean;
}

/** Owners mode: one large toggle per role (several may own it), or one exclusive choice. */
export function OwnersPicker({ roles, draft, onChange, disabled }: OwnersPickerProps) {
  const t = useT();
  const order = roles.map((r) => r.id);
  return (
    <fieldset className="pt-fieldset" disabled={disabled}>
      <legend className="pt-label">{t('phone.answer.owners.legend')}</legend>
      <div className="pt-toggles">
        {roles.map((role) => {
          const on = draft.choice === 'owners' && draft.owners.includes(role.id);
          return (
            <button
              key={role.id}
              type="button"
              className="pt-toggle"
              aria-pressed={on}
              onClick={() => onChange(toggleOwner(draft, role.id, order))}
            >
              <span className="pt-toggle__mark" aria-hidden="true">
                {on ? '✓' : ''}
              </span>
              <span>{role.name}</span>
            </button>
          );
        })}
      </div>
      <ExclusiveChoices choice={draft.choice} onToggle={(c) => onChange(toggleExclusive(draft, c))} />
    </fieldset>
  );
}
