import { useParams } from 'react-router';
import { QueryPage } from '../../../ui/QueryPage';
import { useT } from '../../../i18n/i18n';
import { useWorkshop } from '../hooks/useWorkshop';
import { ReadOnlyWorkshop } from './ReadOnlyWorkshop';
import { WorkshopEditor } from './WorkshopEditor';

/** `/workshops/:id` */
export function WorkshopEditorPage() {
  const t = useT();
  const { id = '' } = useParams();
  const workshop = useWorkshop(id);
  // on data, not on success: a failed background refetch keeps the editor and its draft
  return (
    <QueryPage query={workshop} loadingLabel={t('app.workshops.editor.loading')} errorTitle={t('app.workshops.editor.loadFailed')}>
      {(data) => (data.canEdit === false ? <ReadOnlyWorkshop workshop={data} /> : <WorkshopEditor key={data.id} workshop={data} />)}
    </QueryPage>
  );
}

/** `/workshops/new`: a blank workshop, created on the first save. */
export function NewWorkshopPage() {
  return <WorkshopEditor workshop={null} />;
}
