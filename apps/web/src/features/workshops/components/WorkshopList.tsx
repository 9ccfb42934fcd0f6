import { type TWorkshop, plural } from '@thinline/shared';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { formatDate } from '../../../ui/format';
import { useDeleteWorkshop } from '../hooks/useDeleteWorkshop';

export function WorkshopList({ workshops }: { workshops: TWorkshop[] }) {
  return (
    <ul className="item-list">
      {workshops.map((w) => (
        <WorkshopListItem key={w.id} workshop={w} />
      ))}
    </ul>
  );
}

function WorkshopListItem({ workshop }: { workshop: TWorkshop }) {
  const remove = useDeleteWorkshop();
  const sessions = workshop.sessionCount;
  return (
    <li className="item-list__item">
      <div className="stack stack--tight">
        <h3 className="item-list__title">
          <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
        </h3>
        {workshop.description ? <p className="muted">{workshop.description}</p> : null}
        <p className="muted tabular">
          {plural(workshop.roles.length, 'role')} · {plural(workshop.concerns.length, 'concern')}
          {sessions === undefined ? '' : ` · ${plural(sessions, 'session')}`} · updated {formatDate(workshop.updatedAt)}
        </p>
        {remove.isError ? <ErrorMessage error={remove.error} title={`Could not delete “${workshop.title}”`} /> : null}
      </div>
      <div className="cluster">
        <ConfirmButton
          aria-label={`Delete “${workshop.title}”`}
          question={sessions ? `Delete it and its ${plural(sessions, 'session')}?` : 'Delete this workshop?'}
          confirmLabel="Delete"
          busy={remove.isPending}
          onConfirm={() => remove.mutate(workshop.id)}
        >
          Delete
        </ConfirmButton>
      </div>
    </li>
  );
}
