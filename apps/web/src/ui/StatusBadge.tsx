import type { ReactNode } from 'react';

/** A status in words (never colour alone), styled by its kind. */
export function StatusBadge({ kind, children }: { kind: string; children: ReactNode }) {
  return <span className={`badge badge--${kind.replace(/\s+/g, '-')}`}>{children}</span>;
}
