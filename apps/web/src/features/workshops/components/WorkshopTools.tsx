import { type TWorkshop, slugify } from '@thinline/shared';
import { useMutation } from '@tanstack/react-query';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useT } from '../../../i18n/i18n';
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
  const t = useT();
  const download = useMutation({
    mutationFn: () => exportWorkshop(workshop.id),
    onSuccess: (file) => downloadText(`${slugify(workshop.title, 'workshop')}.thinline.json`, `${JSON.stringify(file, null, 2)}\n`),
  });
  return (
    <section className="section stack" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('app.workshops.export.heading')}</h2>
      <p className="muted">
        {dirty ? t('app.workshops.export.textUnsaved') : t('app.workshops.export.text')}
      </p>
      <div>
        <Button variant="secondary" onClick={() => download.mutate()} busy={download.isPending} busyLabel={t('app.workshops.export.preparing')}>
          {t('app.workshops.export.button')}
        </Button>
      </div>
      {download.isError ? <ErrorMessage error={download.error} title={t('app.workshops.export.failed')} onRetry={() => download.mutate()} /> : null}
    </section>
  );
}
