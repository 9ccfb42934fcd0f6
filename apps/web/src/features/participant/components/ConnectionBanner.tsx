interface ConnectionBannerProps {
  offline: boolean;
  /** answers waiting in the outbox. */
  waiting: number;
}

/** Shown while the phone has lost the session; the outbox keeps every answer meanwhile. */
export function ConnectionBanner({ offline, waiting }: ConnectionBannerProps) {
  return (
    <div className="pt-banner-slot" role="status" aria-live="polite">
      {offline ? (
        <p className="pt-banner">
          <span aria-hidden="true">⚠ </span>
          <strong>Offline</strong> — answers will be sent when you&rsquo;re back.
          {waiting > 0 ? ` ${waiting} waiting.` : ''}
        </p>
      ) : null}
    </div>
  );
}
