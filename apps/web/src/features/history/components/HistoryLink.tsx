import { useT } from '../../../i18n/i18n';
import { ButtonLink } from '../../../ui/ButtonLink';

/** From the workshop to its history (`/workshops/:id/history`). */
export function HistoryLink({ workshopId }: { workshopId: string }) {
  const t = useT();
  return (
    <section className="section stack" aria-labelledby="history-link-heading">
      <h2 id="history-link-heading">{t('app.history.link.heading')}</h2>
      <p className="muted">{t('app.history.link.text')}</p>
      <div>
        <ButtonLink to={`/workshops/${workshopId}/history`} variant="secondary">
          {t('app.history.link.open')}
        </ButtonLink>
      </div>
    </section>
  );
}
