import type { ReactNode } from 'react';

function Frame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="rp rp--message">
      <title>{`${title} · Thinline`}</title>
      <div className="rp-message">
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function InvalidLink() {
  return (
    <Frame title="This link is no longer valid">
      <p>The report link was revoked by the facilitator, or it was mistyped.</p>
      <p>Ask the facilitator for a new link. Reports are read-only; nothing was changed.</p>
    </Frame>
  );
}

export function ReportError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Frame title="The report could not be loaded">
      <p role="alert">{message}</p>
      <button type="button" className="rp-btn rp-btn--primary" onClick={onRetry}>
        Try again
      </button>
    </Frame>
  );
}

export function ReportLoading() {
  return (
    <main className="rp rp--message" aria-busy="true">
      <title>Loading report · Thinline</title>
      <div className="rp-message">
        <p role="status">Loading the report…</p>
      </div>
    </main>
  );
}
