import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from './Button';
import { errorMessage, isNotFound, isUnauthorized } from './errors';
import { useT } from '../i18n/i18n';

interface ErrorMessageProps {
  error: unknown;
  /** What failed, e.g. "Could not load your workshops". */
  title?: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** false on forms where a 401/404 is the answer itself (wrong password), not a lost session */
  suggestNextStep?: boolean;
  children?: ReactNode;
}

/**
 * An error a person can act on: what failed, the server's own sentence, and the next step
 * (sign in again, go back, or retry). Announced as an alert.
 */
export function ErrorMessage({ error, title, onRetry, retrying, suggestNextStep = true, children }: ErrorMessageProps) {
  const t = useT();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  let action: ReactNode = null;
  if (!suggestNextStep) {
    action = null;
  } else if (isUnauthorized(error)) {
    action = (
      <p>
        <Link to={`/signin?next=${next}`}>{t('app.error.signInAgain')}</Link>
      </p>
    );
  } else if (isNotFound(error)) {
    action = (
      <p>
        <Link to="/workshops">{t('app.error.toWorkshops')}</Link>
      </p>
    );
  } else if (onRetry) {
    action = (
      <div>
        <Button variant="secondary" size="small" onClick={onRetry} busy={retrying} busyLabel={t('app.error.retrying')}>
          {t('app.error.retry')}
        </Button>
      </div>
    );
  }
  return (
    <div className="alert" role="alert">
      <p className="alert__title">{title ?? t('app.error.title')}</p>
      <p>{errorMessage(error)}</p>
      {children}
      {action}
    </div>
  );
}

/** A short inline notice (info, success, warning) that is not an error. */
export function Notice({ tone = 'info', title, children, live = false }: { tone?: 'info' | 'success' | 'warning'; title?: string; children?: ReactNode; live?: boolean }) {
  return (
    <div className={`alert alert--${tone}`} role={live ? 'status' : undefined}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children}
    </div>
  );
}
