import { ButtonLink } from '../../../ui/ButtonLink';

/** From the workshop to its history (`/workshops/:id/history`). */
export function HistoryLink({ workshopId }: { workshopId: string }) {
  return (
    <section className="section stack" aria-labelledby="history-link-heading">
      <h2 id="history-link-heading">History</h2>
      <p className="muted">Every concern across this workshop’s sessions: what moved, where ownership drifted from what was decided.</p>
      <div>
        <ButtonLink to={`/workshops/${workshopId}/history`} variant="secondary">
          Open the history
        </ButtonLink>
      </div>
    </section>
  );
}
