import type { ReactNode } from 'react';

interface EditorSectionProps {
  /** The heading's id, for the section's aria-labelledby. */
  headingId: string;
  title: string;
  /** The field id the error summary links to for the list as a whole (too few, too many). */
  listId: string;
  listError: string | undefined;
  lead: ReactNode;
  children: ReactNode;
}

/** One list of the workshop editor: heading, what the list is for, the list's own error. */
export function EditorSection({ headingId, title, listId, listError, lead, children }: EditorSectionProps) {
  return (
    <section className="section stack" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{title}</h2>
        <p className="muted" id={listId} tabIndex={-1}>
          {lead}
        </p>
        {listError ? <p className="field__error">{listError}</p> : null}
      </div>
      {children}
    </section>
  );
}
