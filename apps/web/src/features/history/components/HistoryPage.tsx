import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { QueryPage } from '../../../ui/QueryPage';
import { historyPath, historyQuery } from '../api';
import '../history.css';
import { HistoryTable } from './HistoryTable';

// The words of the page, in one place for the translations (issue 20).
const TEXT = {
  title: (workshop: string) => `History: ${workshop}`,
  lead: 'Every concern across this workshop’s sessions, oldest first: what the room saw, how much it agreed, who it named and what was decided.',
  loading: 'Loading the history…',
  error: 'Could not load the history',
  back: 'Back to the workshop',
  print: 'Print or save as PDF',
  download: 'Download JSON',
  changesHeading: 'What moved in the latest session',
  noChanges: 'Nothing moved in the latest session: every concern has the status and owners it had.',
  noSessions: 'No session yet',
  noSessionsText: 'Run a session of this workshop; its history starts with it.',
  oneSession: 'One session so far: the history compares sessions, so run the workshop again (next quarter, say) to see what moved.',
  kind: { 'new-gap': 'New gap', drift: 'Drift', 'new-overlap': 'New overlap', 'decision-changed': 'Decision changed', resolved: 'Resolved' } as const,
};

/** `/workshops/:id/history`: the workshop's concerns across all its sessions, and what moved. */
export function HistoryPage() {
  const { id = '' } = useParams();
  const query = useQuery(historyQuery(id));
  return (
    <QueryPage query={query} loadingLabel={TEXT.loading} errorTitle={TEXT.error}>
      {(history) => (
        <Page
          title={TEXT.title(history.title)}
          lead={TEXT.lead}
          actions={
            <div className="cluster no-print">
              <ButtonLink to={`/workshops/${id}`} variant="ghost">
                {TEXT.back}
              </ButtonLink>
              {history.sessions.length > 0 ? (
                <>
                  <a className="button button--secondary" href={`${historyPath(id)}.json`} download>
                    {TEXT.download}
                  </a>
                  <Button variant="secondary" onClick={() => window.print()}>
                    {TEXT.print}
                  </Button>
                </>
              ) : null}
            </div>
          }
        >
          {history.sessions.length === 0 ? (
            <EmptyState title={TEXT.noSessions}>{TEXT.noSessionsText}</EmptyState>
          ) : (
            <>
              <section className="section stack" aria-labelledby="history-changes">
                <h2 id="history-changes">{TEXT.changesHeading}</h2>
                {history.sessions.length === 1 ? (
                  <p>{TEXT.oneSession}</p>
                ) : history.changes.length === 0 ? (
                  <p>{TEXT.noChanges}</p>
                ) : (
                  <ul className="history-changes">
                    {history.changes.map((c) => (
                      <li key={`${c.concernId}-${c.kind}`} className={`history-changes__item history-changes__item--${c.kind}`}>
                        <strong>{TEXT.kind[c.kind]}:</strong> {c.text}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <HistoryTable history={history} />
            </>
          )}
        </Page>
      )}
    </QueryPage>
  );
}
