import { RACI_LETTERS, type TRaciLetter, type TRole } from '@thinline/shared';
import { useState } from 'react';
import { type AnswerDraft, setRaciLetter, toggleExclusive } from '../answer-draft';
import { ExclusiveChoices } from './ExclusiveChoices';
import { type MessageId, useT } from '../../../i18n/i18n';

// The letters stay R/A/C/I in every language; their names and what they mean are translated.
const LETTER_NAMES: Record<TRaciLetter, MessageId> = {
  R: 'phone.answer.raci.name.r',
  A: 'phone.answer.raci.name.a',
  C: 'phone.answer.raci.name.c',
  I: 'phone.answer.raci.name.i',
};
const LETTER_MEANINGS: Record<TRaciLetter, MessageId> = {
  R: 'phone.answer.raci.means.r',
  A: 'phone.answer.raci.means.a',
  C: 'phone.answer.raci.means.c',
  I: 'phone.answer.raci.means.i',
};

interface RaciPickerProps {
  roles: TRole[];
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  disabled: boolean;
}

/** RACI mode: an R/A/C/I segmented control per role; only one role may be Accountable. */
export function RaciPicker({ roles, draft, onChange, disabled }: RaciPickerProps) {
  const t = useT();
  const [notice, setNotice] = useState('');
  const nameOf = (id: string) => roles.find((r) => r.id === id)?.name ?? t('phone.answer.raci.anotherRole');

  const pick = (roleId: string, letter: TRaciLetter | null) => {
    const { draft: next, movedAccountableFrom } = setRaciLetter(draft, roleId, letter);
    setNotice(
      movedAccountableFrom ? t('phone.answer.raci.moved', { from: nameOf(movedAccountableFrom), to: nameOf(roleId) }) : '',
    );
    onChange(next);
  };

  return (
    <fieldset className="pt-fieldset" disabled={disabled}>
      <legend className="pt-label">{t('phone.answer.raci.legend')}</legend>
      <p className="pt-hint">
        {RACI_LETTERS.map((letter, i) => (
          <span key={letter} className="pt-raci__meaning">
            {i > 0 ? ' · ' : null}
            <abbr title={t(LETTER_NAMES[letter])}>{letter}</abbr> {t(LETTER_MEANINGS[letter])}
          </span>
        ))}
        <br />
        {t('phone.answer.raci.ownersNote')}
      </p>
      <div className="pt-raci">
        {roles.map((role) => {
          const current = draft.choice === 'owners' ? (draft.raci[role.id] ?? null) : null;
          return (
            <fieldset key={role.id} className="pt-raci__row">
              <legend className="pt-raci__role">{role.name}</legend>
              <div className="pt-segments">
                {RACI_LETTERS.map((letter) => (
                  <label key={letter} className="pt-segment" title={t(LETTER_NAMES[letter])}>
                    <input
                      type="radio"
                      name={`raci-${role.id}`}
                      checked={current === letter}
                      onChange={() => pick(role.id, letter)}
                      aria-label={t('phone.answer.raci.letterLabel', { letter, name: t(LETTER_NAMES[letter]) })}
                    />
                    <span aria-hidden="true">{letter}</span>
                  </label>
                ))}
                <label className="pt-segment pt-segment--none" title={t('phone.answer.raci.noLetter')}>
                  <input type="radio" name={`raci-${role.id}`} checked={current === null} onChange={() => pick(role.id, null)} aria-label={t('phone.answer.raci.noLetter')} />
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
