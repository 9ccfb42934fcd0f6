import type { TWorkshop } from '@thinline/shared';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { formatDate } from '../../../ui/format';
import { useT } from '../../../i18n/i18n';
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
  const t = useT();
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
          {[
            t('app.workshops.item.size', { roles: workshop.roles.length, concerns: workshop.concerns.length }),
            ...(sessions === undefined ? [] : [t('app.workshops.item.sessions', { n: sessions })]),
            t('app.workshops.item.updated', { date: formatDate(workshop.updatedAt) }),
          ].join(' · ')}
        </p>
        {remove.isError ? <ErrorMessage error={remove.error} title={t('app.workshops.item.deleteFailed', { title: workshop.title })} /> : null}
      </div>
      <div className="cluster">
        <ConfirmButton
          aria-label={t('app.workshops.item.deleteLabel', { title: workshop.title })}
          question={sessions ? t('app.workshops.item.deleteWithSessions', { n: sessions }) : t('app.workshops.item.deleteQuestion')}
          confirmLabel={t('app.workshops.item.delete')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(workshop.id)}
        >
          {t('app.workshops.item.delete')}
        </ConfirmButton>
      </div>
    </li>
  );
}
