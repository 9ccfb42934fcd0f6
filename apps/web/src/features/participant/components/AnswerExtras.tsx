import { LIMITS } from '@thinline/shared';
import { useId } from 'react';
import { type AnswerDraft, setConfidence } from '../answer-draft';
import { count, useT } from '../../../i18n/i18n';

const LOWEST = 1;
const HIGHEST = 5;
const LEVELS = [LOWEST, 2, 3, 4, HIGHEST] as const;

interface AnswerExtrasProps {
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  disabled: boolean;
}

/** Optional confidence (1–5) and comment, folded away so the main choice stays on one screen. */
export function AnswerExtras({ draft, onChange, disabled }: AnswerExtrasProps) {
  const t = useT();
  const commentId = useId();
  const counterId = useId();
  const left = LIMITS.commentLength - draft.comment.length;
  const hasExtras = draft.confidence !== null || draft.comment.trim().length > 0;
  const levelLabel = (level: number) => {
    const values = { level: count(level), max: count(HIGHEST) };
    if (level === LOWEST) return t('phone.answer.extras.levelGuessing', values);
    if (level === HIGHEST) return t('phone.answer.extras.levelCertain', values);
    return t('phone.answer.extras.level', values);
  };
  return (
    <details className="pt-extras" open={hasExtras || undefined}>
      <summary className="pt-extras__summary">{t('phone.answer.extras.summary')}</summary>
      <fieldset className="pt-fieldset" disabled={disabled}>
        <legend className="pt-label">{t('phone.answer.extras.howSure')}</legend>
        <div className="pt-segments pt-segments--wide">
          {LEVELS.map((level) => (
            <label key={level} className="pt-segment">
              <input
                type="radio"
                name="confidence"
                checked={draft.confidence === level}
                onChange={() => onChange(setConfidence(draft, level))}
                aria-label={levelLabel(level)}
              />
              <span aria-hidden="true">{count(level)}</span>
            </label>
          ))}
        </div>
        <p className="pt-hint pt-scale-hint" aria-hidden="true">
          <span>{t('phone.answer.extras.scaleLow', { level: count(LOWEST) })}</span>
          <span>{t('phone.answer.extras.scaleHigh', { level: count(HIGHEST) })}</span>
        </p>
        {draft.confidence !== null ? (
          <button type="button" className="pt-link-btn" onClick={() => onChange(setConfidence(draft, null))}>
            {t('phone.answer.extras.clear')}
          </button>
        ) : null}
      </fieldset>
      <div className="pt-field">
        <label className="pt-label" htmlFor={commentId}>
          {t('phone.answer.extras.comment')}
        </label>
        <textarea
          id={commentId}
          className="pt-input pt-textarea"
          value={draft.comment}
          maxLength={LIMITS.commentLength}
          rows={3}
          disabled={disabled}
          aria-describedby={counterId}
          onChange={(e) => onChange({ ...draft, comment: e.target.value })}
        />
        <p id={counterId} className={`pt-counter${left < 20 ? ' pt-counter--low' : ''}`}>
          {t('phone.answer.extras.counter', { used: count(draft.comment.length), max: count(LIMITS.commentLength) })}
        </p>
      </div>
    </details>
  );
}
