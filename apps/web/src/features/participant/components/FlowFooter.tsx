import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';

interface FlowFooterProps {
  onBack: (() => void) | null;
  primary: { label: string; onClick: () => void } | null;
  /** open the summary; absent on the summary itself. */
  onSummary?: () => void;
  /** a line above the buttons (the last answer's save state). */
  status?: ReactNode;
}

/** Navigation within thumb reach at the bottom of the screen. */
export function FlowFooter({ onBack, primary, onSummary, status }: FlowFooterProps) {
  const t = useT();
  return (
    <nav className="pt-footer" aria-label={t('phone.answer.footer.label')}>
      {status}
      <div className="pt-footer__buttons">
        <button type="button" className="pt-btn pt-btn--ghost" onClick={onBack ?? undefined} disabled={onBack === null}>
          <span aria-hidden="true">← </span>
          {t('phone.answer.footer.back')}
        </button>
        {onSummary ? (
          // the visible word is short for a 360 px footer; the name it is read by says what it opens (and starts with that word)
          <button type="button" className="pt-btn pt-btn--ghost" onClick={onSummary} aria-label={t('phone.answer.footer.allAnswers')}>
            {t('phone.answer.footer.all')}
          </button>
        ) : null}
        {primary ? (
          <button type="button" className="pt-btn pt-btn--primary pt-footer__primary" onClick={primary.onClick}>
            {primary.label}
          </button>
        ) : null}
      </div>
    </nav>
  );
}
