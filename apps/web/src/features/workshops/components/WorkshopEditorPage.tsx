import { useParams } from 'react-router';
import { QueryState } from '../../../ui/QueryState';
import { useWorkshop } from '../hooks/useWorkshop';
import { WorkshopEditor } from './WorkshopEditor';

/** `/workshops/:id` */
export function WorkshopEditorPage() {
  const { id = '' } = useParams();
  const workshop = useWorkshop(id);
  // data, not isSuccess: a failed background refetch must not unmount the editor and its draft
  if (workshop.data) return <WorkshopEditor key={workshop.data.id} workshop={workshop.data} />;
  return (
    <div className="page">
      <QueryState query={workshop} loadingLabel="Loading the workshop…" errorTitle="Could not load this workshop">
        {() => null}
      </QueryState>
    </div>
  );
}

/** `/workshops/new`: a blank workshop, created on the first save. */
export function NewWorkshopPage() {
  return <WorkshopEditor workshop={null} />;
}
