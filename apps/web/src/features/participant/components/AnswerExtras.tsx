import { LIMITS } from '@thinline/shared';
import { useId } from 'react';
import { type AnswerDraft, setConfidence } from '../answer-draft';

const LEVELS = [1, 2, 3, 4, 5] as const;

interface AnswerExtrasProps {
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  disabled: boolean;
}

/** Optional confidence (1–5) and comment, folded away so the main choice stays on one screen. */
export function AnswerExtras({ draft, onChange, disabled }: AnswerExtrasProps) {
  const commentId = useId();
  const counterId = useId();
  const left = LIMITS.commentLength - draft.comment.length;
  const hasExtras = draft.confidence !== null || draft.comment.trim().length > 0;
  return (
    <details className="pt-extras" open={hasExtras || undefined}>
      <summary className="pt-extras__summary">Confidence and comment (optional)</summary>
      <fieldset className="pt-fieldset" disabled={disabled}>
        <legend className="pt-label">How sure are you?</legend>
        <div className="pt-segments pt-segments--wide">
          {LEVELS.map((level) => (
            <label key={level} className="pt-segment">
              <input
                type="radio"
                name="confidence"
                checked={draft.confidence === level}
                onChange={() => onChange(setConfidence(draft, level))}
                aria-label={`${level} of 5${level === 1 ? ', guessing' : level === 5 ? ', certain' : ''}`}
              />
              <span aria-hidden="true">{level}</span>
            </label>
          ))}
        </div>
        <p className="pt-hint pt-scale-hint" aria-hidden="true">
          <span>1 guessing</span>
          <span>5 certain</span>
        </p>
        {draft.confidence !== null ? (
          <button type="button" className="pt-link-btn" onClick={() => onChange(setConfidence(draft, null))}>
            Clear confidence
          </button>
        ) : null}
      </fieldset>
      <div className="pt-field">
        <label className="pt-label" htmlFor={commentId}>
          Comment
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
          {draft.comment.length} / {LIMITS.commentLength}
        </p>
      </div>
    </details>
  );
}
