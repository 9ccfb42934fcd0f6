import type { ReactNode } from 'react';
import '../participant.css';

/** The phone page frame: a slim top bar, the content, and room for the sticky footer. */
export function ParticipantShell({ code, title, children }: { code?: string; title?: string; children: ReactNode }) {
  return (
    <div className="pt">
      <title>{title ? `${title} · Thinline` : 'Join a session · Thinline'}</title>
      <header className="pt-top">
        <span className="pt-brand">Thinline</span>
        {code ? (
          <span className="pt-code">
            <span className="pt-visually-hidden">Session code </span>
            {code}
          </span>
        ) : null}
      </header>
      <main className="pt-main">{children}</main>
    </div>
  );
}
