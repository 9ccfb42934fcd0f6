import { type ReactNode, useEffect } from 'react';

/** Sets the document title, so each screen has its own name in tabs and screen readers. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Thinline` : 'Thinline';
  }, [title]);
}

interface PageProps {
  title: string;
  /** Shown under the title. */
  lead?: ReactNode;
  /** Buttons or links to the right of the title. */
  actions?: ReactNode;
  width?: 'narrow' | 'medium' | 'wide';
  children: ReactNode;
}

/** One screen: its heading, the main actions next to it, then its content. */
export function Page({ title, lead, actions, width = 'wide', children }: PageProps) {
  useDocumentTitle(title);
  const widthClass = width === 'wide' ? '' : ` page--${width}`;
  return (
    <div className={`page${widthClass}`}>
      <header className="page__header">
        <div>
          <h1>{title}</h1>
          {lead ? <p className="page__lead">{lead}</p> : null}
        </div>
        {actions ? <div className="cluster">{actions}</div> : null}
      </header>
      {children}
    </div>
  );
}
