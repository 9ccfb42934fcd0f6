import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from './Button';
import { errorMessage, isNotFound, isUnauthorized } from './errors';

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
export function ErrorMessage({ error, title = 'Something went wrong', onRetry, retrying, suggestNextStep = true, children }: ErrorMessageProps) {
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  let action: ReactNode = null;
  if (!suggestNextStep) {
    action = null;
  } else if (isUnauthorized(error)) {
    action = (
      <p>
        <Link to={`/signin?next=${next}`}>Sign in again</Link> to continue.
      </p>
    );
  } else if (isNotFound(error)) {
    action = (
      <p>
        <Link to="/workshops">Go to your workshops</Link>
      </p>
    );
  } else if (onRetry) {
    action = (
      <div>
        <Button variant="secondary" size="small" onClick={onRetry} busy={retrying} busyLabel="Trying again…">
          Try again
        </Button>
      </div>
    );
  }
  return (
    <div className="alert" role="alert">
      <p className="alert__title">{title}</p>
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
