import type { ReactNode } from 'react';

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
  return (
    <nav className="pt-footer" aria-label="Questions">
      {status}
      <div className="pt-footer__buttons">
        <button type="button" className="pt-btn pt-btn--ghost" onClick={onBack ?? undefined} disabled={onBack === null}>
          <span aria-hidden="true">← </span>Back
        </button>
        {onSummary ? (
          <button type="button" className="pt-btn pt-btn--ghost" onClick={onSummary}>
            All
            <span className="pt-visually-hidden"> answers</span>
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
