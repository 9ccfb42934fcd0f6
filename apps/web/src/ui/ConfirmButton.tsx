import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button, type ButtonVariant } from './Button';
import { useT } from '../i18n/i18n';

interface ConfirmButtonProps {
  children: ReactNode;
  /** the question asked in place of the button, e.g. "Delete this workshop?" */
  question: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  busy?: boolean;
  variant?: ButtonVariant;
  size?: 'small' | 'medium';
  /** an accessible name when the visible label alone is ambiguous in a list */
  'aria-label'?: string;
}

/**
 * A button for an action that cannot be undone: the first press asks in place, with focus
 * on "Cancel" so a second Enter does no harm; cancelling returns focus to the button.
 */
export function ConfirmButton({ children, question, confirmLabel, onConfirm, busy = false, variant = 'danger', size = 'small', ...rest }: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <Button ref={trigger} variant={variant} size={size} onClick={() => setAsking(true)} busy={busy} aria-label={rest['aria-label']}>
        {children}
      </Button>
    );
  }
  return (
    <span className="cluster" role="group" aria-label={t('app.confirm.group')}>
      <span>{question}</span>
      <Button variant={variant} size={size} onClick={onConfirm} busy={busy}>
        {confirmLabel}
      </Button>
      <Button ref={cancel} variant="secondary" size={size} onClick={() => setAsking(false)} disabled={busy}>
        {t('app.confirm.cancel')}
      </Button>
    </span>
  );
}
