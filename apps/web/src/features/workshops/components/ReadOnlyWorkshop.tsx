import type { TWorkshop } from '@thinline/shared';
import { Notice } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { HistoryLink } from '../../history/components/HistoryLink';
import { WorkshopSessions } from './WorkshopSessions';

/** An org viewer's view of a workshop: its roles, concerns and sessions with their reports; nothing to edit. */
export function ReadOnlyWorkshop({ workshop }: { workshop: TWorkshop }) {
  return (
    <Page title={workshop.title} lead={workshop.description || undefined}>
      <Notice title="You are a viewer of this workshop's organisation">You can read its sessions and download their reports; its facilitators edit and run it.</Notice>
      <WorkshopSessions workshopId={workshop.id} />
      <HistoryLink workshopId={workshop.id} />
      <section className="section stack" aria-labelledby="ro-roles">
        <h2 id="ro-roles">Roles</h2>
        <p>{workshop.roles.map((r) => r.name).join(' · ')}</p>
        <h2>Concerns</h2>
        <ol>
          {workshop.concerns.map((c) => (
            <li key={c.id}>{c.title}</li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
