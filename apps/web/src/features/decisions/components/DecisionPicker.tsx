import { DECISION_LIMITS, type TConcern, type TDecision, type TRaciCheck, type TRaci, type TSession } from '@thinline/shared';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextAreaField } from '../../../ui/Field';
import { useDecide } from '../hooks/useDecide';
import { LETTER_NAMES, PICKER_LETTERS, checksLabel, decidedLabel, draftProblems, setLetter, startingRaci } from '../lib/draft';

interface Props {
  session: TSession;
  concern: TConcern;
  decision: TDecision | undefined;
  proposal: TRaci | undefined;
  checks: readonly TRaciCheck[];
  /** after a confirmed decision, a removal, or cancel */
  onClose: () => void;
}

/**
 * A RACI picker for one concern, pre-filled from the decision or the room: one letter per
 * role (radio buttons: arrow keys move within a role), a rationale and a dissent. Enter
 * confirms from anywhere in it (Ctrl+Enter inside the text boxes); Escape cancels.
 */
export function DecisionPicker({ session, concern, decision, proposal, checks, onClose }: Props) {
  const t = useT();
  const [raci, setRaci] = useState<TRaci>(() => startingRaci(decision, proposal));
  const [rationale, setRationale] = useState(decision?.rationale ?? '');
  const [dissent, setDissent] = useState(decision?.dissent ?? '');
  const decide = useDecide(session.id);
  const problems = draftProblems(raci, session.roles);
  const first = useRef<HTMLInputElement>(null);
  const headingId = `decide-${concern.id}`;

  useEffect(() => first.current?.focus(), []);

  const confirm = () => {
    if (problems.length > 0 || decide.isPending) return;
    decide.mutate({ concernId: concern.id, request: { raci, rationale: rationale.trim() || undefined, dissent: dissent.trim() || undefined } }, { onSuccess: onClose });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const inText = e.target instanceof HTMLTextAreaElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && (!inText || e.ctrlKey || e.metaKey) && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      confirm();
    }
  };

  return (
    <form
      className="decision-picker card card--flat stack"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        confirm();
      }}
      data-decision-picker={concern.id}
    >
      <h3 id={headingId}>{t('app.decisions.pickerHeading', { title: concern.title })}</h3>
      {checks.length > 0 ? (
        <p className="decision-checks">
          {t('app.decisions.roomChecks', { checks: checksLabel(checks) })}
        </p>
      ) : null}
      <p className="muted">{t('app.decisions.legend')}</p>
      <div className="raci-grid" role="group" aria-label={t('app.decisions.grid')}>
        {session.roles.map((role, ri) => (
          <fieldset key={role.id} className="raci-grid__role">
            <legend>{role.name}</legend>
            {PICKER_LETTERS.map((letter, li) => (
              <label key={letter || 'none'} className="raci-grid__choice" title={t(LETTER_NAMES[letter])}>
                <input
                  ref={ri === 0 && li === 0 ? first : undefined}
                  type="radio"
                  name={`${headingId}-${role.id}`}
                  value={letter}
                  checked={(raci[role.id] ?? '') === letter}
                  onChange={() => setRaci((r) => setLetter(r, role.id, letter))}
                />
                <span aria-hidden="true">{letter || '–'}</span>
                <span className="visually-hidden">{t(LETTER_NAMES[letter])}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <p className="decision-preview" role="status">
        {problems.length > 0 ? problems.join(' ') : decidedLabel(raci, session.roles)}
      </p>
      <TextAreaField label={t('app.decisions.rationale')} value={rationale} onChange={(e) => setRationale(e.target.value)} maxLength={DECISION_LIMITS.rationaleLength} rows={2} />
      <TextAreaField label={t('app.decisions.dissent')} hint={t('app.decisions.dissentHint')} value={dissent} onChange={(e) => setDissent(e.target.value)} maxLength={DECISION_LIMITS.dissentLength} rows={2} />
      {decide.isError ? <ErrorMessage error={decide.error} title={t('app.decisions.saveFailed')} /> : null}
      <div className="cluster">
        <Button type="submit" disabled={problems.length > 0} busy={decide.isPending} busyLabel={t('app.decisions.saving')}>
          {t('app.decisions.confirm')} <kbd>{t('app.decisions.keyEnter')}</kbd>
        </Button>
        <Button variant="ghost" onClick={onClose}>
          {t('app.confirm.cancel')} <kbd>{t('app.decisions.keyEscape')}</kbd>
        </Button>
        {decision ? (
          <Button variant="danger" size="small" onClick={() => decide.mutate({ concernId: concern.id, request: null }, { onSuccess: onClose })}>
            {t('app.decisions.remove')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
