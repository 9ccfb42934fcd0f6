import { type TWorkshop, plural } from '@thinline/shared';
import { useSearchParams } from 'react-router';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { TextField } from '../../../ui/Field';
import { LiveRegion } from '../../../ui/LiveRegion';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';

import { useWorkshops } from '../hooks/useWorkshops';
import { NewWorkshopBar } from './NewWorkshopBar';
import { WorkshopList } from './WorkshopList';

function matches(workshop: TWorkshop, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || workshop.title.toLowerCase().includes(q) || workshop.description.toLowerCase().includes(q);
}

/** `/workshops` (and `/` when signed in): the facilitator's workshops, searchable by `?q=`. */
export function WorkshopsPage() {
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
    <Page title="Your workshops" lead="A workshop is the list of roles and concerns; each live run of it is a session.">
      <NewWorkshopBar />
      <section className="section stack" aria-labelledby="list-heading">
        <h2 id="list-heading" className="visually-hidden">
          Workshops
        </h2>
        <QueryState query={workshops} loadingLabel="Loading your workshops…" errorTitle="Could not load your workshops">
          {(list) => {
            if (list.length === 0) {
              return (
                <EmptyState title="No workshops yet">
                  Start from the Data Engineering vs MLOps template above, begin with a blank workshop, or import a workshop file.
                </EmptyState>
              );
            }
            const shown = list.filter((w) => matches(w, query));
            return (
              <>
                <form role="search" onSubmit={(e) => e.preventDefault()}>
                  <TextField label="Search workshops" type="search" value={query} onChange={(e) => setQuery(e.target.value)} hint="By title or description" />
                </form>
                <LiveRegion text={query ? `${plural(shown.length, 'workshop')} match “${query}”` : ''} throttleMs={800} />
                {shown.length === 0 ? (
                  <EmptyState title={`No workshop matches “${query}”`} actions={<Button variant="secondary" onClick={() => setQuery('')}>Clear the search</Button>}>
                    Try another word, or clear the search to see all {plural(list.length, 'workshop')}.
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
