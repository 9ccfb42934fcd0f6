import { RACI_LETTERS, type TRaciLetter, type TRole } from '@thinline/shared';
import { useState } from 'react';
import { type AnswerDraft, setRaciLetter, toggleExclusive } from '../answer-draft';
import { ExclusiveChoices } from './ExclusiveChoices';

const LETTER_NAMES: Record<TRaciLetter, string> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

interface RaciPickerProps {
  roles: TRole[];
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  disabled: boolean;
}

/** RACI mode: an R/A/C/I segmented control per role; only one role may be Accountable. */
export function RaciPicker({ roles, draft, onChange, disabled }: RaciPickerProps) {
  const [notice, setNotice] = useState('');
  const nameOf = (id: string) => roles.find((r) => r.id === id)?.name ?? 'another role';

  const pick = (roleId: string, letter: TRaciLetter | null) => {
    const { draft: next, movedAccountableFrom } = setRaciLetter(draft, roleId, letter);
    setNotice(
      movedAccountableFrom
        ? `Only one role can be Accountable: A moved from ${nameOf(movedAccountableFrom)} to ${nameOf(roleId)}.`
        : '',
    );
    onChange(next);
  };

  return (
    <fieldset className="pt-fieldset" disabled={disabled}>
      <legend className="pt-label">Give each role a letter</legend>
      <p className="pt-hint">
        <abbr title="Responsible">R</abbr> does the work · <abbr title="Accountable">A</abbr> answers for it (one role at most) ·{' '}
        <abbr title="Consulted">C</abbr> is asked · <abbr title="Informed">I</abbr> is told. R and A count as owners.
      </p>
      <div className="pt-raci">
        {roles.map((role) => {
          const current = draft.choice === 'owners' ? (draft.raci[role.id] ?? null) : null;
          return (
            <fieldset key={role.id} className="pt-raci__row">
              <legend className="pt-raci__role">{role.name}</legend>
              <div className="pt-segments">
                {RACI_LETTERS.map((letter) => (
                  <label key={letter} className="pt-segment" title={LETTER_NAMES[letter]}>
                    <input
                      type="radio"
                      name={`raci-${role.id}`}
                      checked={current === letter}
                      onChange={() => pick(role.id, letter)}
                      aria-label={`${letter}, ${LETTER_NAMES[letter]}`}
                    />
                    <span aria-hidden="true">{letter}</span>
                  </label>
                ))}
                <label className="pt-segment pt-segment--none" title="No letter">
                  <input type="radio" name={`raci-${role.id}`} checked={current === null} onChange={() => pick(role.id, null)} aria-label="No letter" />
                  <span aria-hidden="true">–</span>
                </label>
              </div>
            </fieldset>
          );
        })}
      </div>
      <p className="pt-inline-notice" role="status" aria-live="polite">
        {notice}
      </p>
      <ExclusiveChoices
        choice={draft.choice}
        onToggle={(c) => {
          setNotice('');
          onChange(toggleExclusive(draft, c));
        }}
      />
    </fieldset>
  );
}
