import type { TWorkshop } from '@thinline/shared';
import { Notice } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { useT } from '../../../i18n/i18n';
import { HistoryLink } from '../../history/components/HistoryLink';
import { WorkshopSessions } from './WorkshopSessions';

/** An org viewer's view of a workshop: its roles, concerns and sessions with their reports; nothing to edit. */
export function ReadOnlyWorkshop({ workshop }: { workshop: TWorkshop }) {
  const t = useT();
  return (
    <Page title={workshop.title} lead={workshop.description || undefined}>
      <Notice title={t('app.workshops.readOnly.title')}>{t('app.workshops.readOnly.text')}</Notice>
      <WorkshopSessions workshopId={workshop.id} />
      <HistoryLink workshopId={workshop.id} />
      <section className="section stack" aria-labelledby="ro-roles">
        <h2 id="ro-roles">{t('app.workshops.roles.heading')}</h2>
        <p>{workshop.roles.map((r) => r.name).join(' · ')}</p>
        <h2>{t('app.workshops.concerns.heading')}</h2>
        <ol>
          {workshop.concerns.map((c) => (
            <li key={c.id}>{c.title}</li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
