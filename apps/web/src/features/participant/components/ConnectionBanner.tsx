interface ConnectionBannerProps {
  /** the phone has lost the session's connection (it reconnects by itself) */
  offline: boolean;
  /** connected, but the server asked to try again later: it cannot save answers right now */
  stalled: boolean;
  /** answers waiting in the outbox. */
  waiting: number;
  /** whether those answers survive a reload */
  persisted: boolean;
}

function keptLine(waiting: number, persisted: boolean): string {
  if (waiting === 0) return persisted ? 'Answers you give meanwhile are kept on this phone.' : 'Keep this page open: answers you give meanwhile are kept only while it is.';
  const answers = waiting === 1 ? '1 answer is' : `${waiting} answers are`;
  return persisted
    ? `${answers} kept on this phone and will be sent automatically.`
    : `${answers} waiting. Keep this page open: this browser does not let Thinline keep them after a reload.`;
}

/**
 * Shown while answers cannot reach the record: the connection is lost, or the server
 * cannot save right now. Says only what the outbox does: it keeps every answer (on the
 * phone when storage is allowed) and sends it once the server takes it.
 */
export function ConnectionBanner({ offline, stalled, waiting, persisted }: ConnectionBannerProps) {
  let headline: string | null = null;
  if (offline) headline = 'Reconnecting…';
  else if (stalled) headline = 'The server cannot save answers right now.';
  return (
    <div className="pt-banner-slot" role="status" aria-live="polite">
      {headline ? (
        <p className="pt-banner">
          <span aria-hidden="true">⚠ </span>
          <strong>{headline}</strong> {keptLine(waiting, persisted)}
        </p>
      ) : null}
    </div>
  );
}
