import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Spinner } from './Spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
export type ButtonSize = 'small' | 'medium' | 'large';

export interface StyleProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
  block?: boolean;
}

export function buttonClass({ variant = 'primary', size = 'medium', block = false }: StyleProps, extra?: string): string {
  return ['button', variant !== 'primary' && `button--${variant}`, size !== 'medium' && `button--${size}`, block && 'button--block', extra]
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, StyleProps {
  ref?: Ref<HTMLButtonElement>;
  /** Shows a spinner and the busy label, and blocks a second click while a request runs. */
  busy?: boolean;
  busyLabel?: ReactNode;
}

export function Button({ variant, size, block, busy = false, busyLabel, className, children, type = 'button', disabled, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={buttonClass({ variant, size, block }, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy ? <Spinner /> : null}
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
