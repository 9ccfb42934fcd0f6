import type { ReactNode } from 'react';

/** What to show when a list has nothing in it yet, with the action that fills it. */
export function EmptyState({ title, children, actions, headingLevel = 2 }: { title: string; children?: ReactNode; actions?: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <Heading>{title}</Heading>
      {children ? <p>{children}</p> : null}
      {actions ? <div className="cluster">{actions}</div> : null}
    </div>
  );
}
