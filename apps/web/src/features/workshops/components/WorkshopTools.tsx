import { type TWorkshop, slugify } from '@thinline/shared';
import { useMutation } from '@tanstack/react-query';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { exportWorkshop } from '../api';
import { downloadText } from '../lib/download';
import { HistoryLink } from '../../history/components/HistoryLink';
import { StartSessionForm } from './StartSessionForm';
import { WorkshopSessions } from './WorkshopSessions';

/** Below the editor: start a session, the sessions run so far, and the JSON export. */
export function WorkshopTools({ workshop, dirty }: { workshop: TWorkshop; dirty: boolean }) {
  return (
    <>
      <StartSessionForm workshopId={workshop.id} dirty={dirty} />
      <WorkshopSessions workshopId={workshop.id} />
      <HistoryLink workshopId={workshop.id} />
      <ExportSection workshop={workshop} dirty={dirty} />
    </>
  );
}

function ExportSection({ workshop, dirty }: { workshop: TWorkshop; dirty: boolean }) {
  const download = useMutation({
    mutationFn: () => exportWorkshop(workshop.id),
    onSuccess: (file) => downloadText(`${slugify(workshop.title, 'workshop')}.thinline.json`, `${JSON.stringify(file, null, 2)}\n`),
  });
  return (
    <section className="section stack" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p className="muted">
        A JSON file of the roles and concerns, to keep in a repository or to import into another account.
        {dirty ? ' It holds the saved version: save first to include your latest changes.' : ''}
      </p>
      <div>
        <Button variant="secondary" onClick={() => download.mutate()} busy={download.isPending} busyLabel="Preparing the file…">
          Export JSON
        </Button>
      </div>
      {download.isError ? <ErrorMessage error={download.error} title="Could not export the workshop" onRetry={() => download.mutate()} /> : null}
    </section>
  );
}
