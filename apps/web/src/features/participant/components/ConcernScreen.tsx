import type { TAnswerMode, TConcern, TConcernAggregate, TConcernState, TRole } from '@thinline/shared';
import { useEffect, useId, useRef } from 'react';
import type { AnswerDraft } from '../answer-draft';
import { describeAnswerProblem } from '../errors';
import type { SaveState } from '../session-model';
import { AnswerExtras } from './AnswerExtras';
import { OwnersPicker } from './OwnersPicker';
import { RaciPicker } from './RaciPicker';
import { ResultsPanel } from './ResultsPanel';
import { SaveStatus } from './SaveStatus';
import { count, useT } from '../../../i18n/i18n';

interface ConcernScreenProps {
  concern: TConcern;
  index: number;
  total: number;
  roles: TRole[];
  mode: TAnswerMode;
  availability: TConcernState;
  draft: AnswerDraft;
  onDraft: (draft: AnswerDraft) => void;
  saveState: SaveState;
  round: number;
  formError: string | null;
  result: TConcernAggregate | null;
}

/** One concern: what it is, the answer controls, the save line and (once revealed) the room's result. */
export function ConcernScreen(props: ConcernScreenProps) {
  const { concern, index, total, roles, mode, availability, draft, onDraft, saveState, round, formError, result } = props;
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    heading.current?.focus();
  }, [concern.id]);
  const readOnly = availability !== 'open';

  return (
    <article className="pt-concern" aria-labelledby={titleId}>
      <div className="pt-progress">
        <p className="pt-progress__text">
          <span>{t('phone.answer.progress', { index: count(index + 1), total: count(total) })}</span>
          {concern.category ? <span className="pt-category">{concern.category}</span> : null}
        </p>
        <div className="pt-progress__track" aria-hidden="true">
          <span className="pt-progress__fill" style={{ width: `${((index + 1) / total) * 100}%` }} />
        </div>
      </div>
      <h2 id={titleId} ref={heading} tabIndex={-1} className="pt-concern__title">
        {concern.title}
      </h2>
      {concern.description ? <p className="pt-concern__desc">{concern.description}</p> : null}
      {result ? <ResultsPanel result={result} roles={roles} /> : null}
      {saveState.kind === 'refused' ? <p className="pt-notice pt-notice--error">{describeAnswerProblem(saveState.code)}</p> : null}

      {availability === 'pending' ? (
        <p className="pt-notice">{t('phone.answer.notOpen')}</p>
      ) : (
        <>
          {availability === 'locked' ? <p className="pt-notice pt-notice--lock">{t('phone.answer.locked')}</p> : null}
          {result ? <h3 className="pt-your-answer">{t('phone.answer.yourAnswer')}</h3> : null}
          {mode === 'raci' ? (
            <RaciPicker roles={roles} draft={draft} onChange={onDraft} disabled={readOnly} />
          ) : (
            <OwnersPicker roles={roles} draft={draft} onChange={onDraft} disabled={readOnly} />
          )}
          {!readOnly || draft.confidence !== null || draft.comment ? <AnswerExtras draft={draft} onChange={onDraft} disabled={readOnly} /> : null}
          {formError ? (
            <p className="pt-field-error" role="alert">
              {formError}
            </p>
          ) : null}
          <SaveStatus state={saveState} round={round} />
        </>
      )}
    </article>
  );
}
