import type { TWorkshop } from '@thinline/shared';
import { useSearchParams } from 'react-router';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { TextField } from '../../../ui/Field';
import { LiveRegion } from '../../../ui/LiveRegion';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { useT } from '../../../i18n/i18n';

import { useWorkshops } from '../hooks/useWorkshops';
import { NewWorkshopBar } from './NewWorkshopBar';
import { WorkshopList } from './WorkshopList';

function matches(workshop: TWorkshop, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || workshop.title.toLowerCase().includes(q) || workshop.description.toLowerCase().includes(q);
}

/** `/workshops` (and `/` when signed in): the facilitator's workshops, searchable by `?q=`. */
export function WorkshopsPage() {
  const t = useT();
  const workshops = useWorkshops();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';

  const setQuery = (q: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );

  return (
    <Page title={t('app.workshops.list.title')} lead={t('app.workshops.list.lead')}>
      <NewWorkshopBar />
      <section className="section stack" aria-labelledby="list-heading">
        <h2 id="list-heading" className="visually-hidden">
          {t('app.workshops.list.heading')}
        </h2>
        <QueryState query={workshops} loadingLabel={t('app.workshops.list.loading')} errorTitle={t('app.workshops.list.loadFailed')}>
          {(list) => {
            if (list.length === 0) {
              return (
                <EmptyState title={t('app.workshops.list.emptyTitle')}>
                  {t('app.workshops.list.emptyText')}
                </EmptyState>
              );
            }
            const shown = list.filter((w) => matches(w, query));
            return (
              <>
                <form role="search" onSubmit={(e) => e.preventDefault()}>
                  <TextField label={t('app.workshops.list.search')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} hint={t('app.workshops.list.searchHint')} />
                </form>
                <LiveRegion text={query ? t('app.workshops.list.matches', { n: shown.length, query }) : ''} throttleMs={800} />
                {shown.length === 0 ? (
                  <EmptyState title={t('app.workshops.list.noMatchTitle', { query })} actions={<Button variant="secondary" onClick={() => setQuery('')}>{t('app.workshops.list.clearSearch')}</Button>}>
                    {t('app.workshops.list.noMatchText', { n: list.length })}
                  </EmptyState>
                ) : (
                  <WorkshopList workshops={shown} />
                )}
              </>
            );
          }}
        </QueryState>
      </section>
    </Page>
  );
}
