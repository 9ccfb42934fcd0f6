import { t, useT } from '../../../i18n/i18n';

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
  if (waiting === 0) return persisted ? t('phone.answer.banner.keptMeanwhile') : t('phone.answer.banner.keepOpenMeanwhile');
  return persisted ? t('phone.answer.banner.kept', { n: waiting }) : t('phone.answer.banner.waitingKeepOpen', { n: waiting });
}

/**
 * Shown while answers cannot reach the record: the connection is lost, or the server
 * cannot save right now. Says only what the outbox does: it keeps every answer (on the
 * phone when storage is allowed) and sends it once the server takes it.
 */
export function ConnectionBanner({ offline, stalled, waiting, persisted }: ConnectionBannerProps) {
  const t = useT();
  let headline: string | null = null;
  if (offline) headline = t('phone.answer.banner.reconnecting');
  else if (stalled) headline = t('phone.answer.banner.stalled');
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
