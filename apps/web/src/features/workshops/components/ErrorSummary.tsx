import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/i18n';
import type { DraftProblem } from '../lib/workshopDraft';

/**
 * "Fix these before saving": one link per problem that moves focus to the field. Takes focus
 * itself when it appears after a Save, so the list is read out first.
 */
export function ErrorSummary({ problems, attempt }: { problems: DraftProblem[]; attempt: number }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const hasProblems = problems.length > 0;
  useEffect(() => {
    if (attempt > 0 && hasProblems) box.current?.focus();
  }, [attempt, hasProblems]);

  if (!hasProblems) return null;
  return (
    <div ref={box} className="alert error-summary" role="group" tabIndex={-1} aria-labelledby="error-summary-title">
      <p className="alert__title" id="error-summary-title">
        {t('app.workshops.errors.title', { n: problems.length })}
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.fieldId}-${i}`}>
            <a
              href={`#${p.fieldId}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(p.fieldId)?.focus();
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
