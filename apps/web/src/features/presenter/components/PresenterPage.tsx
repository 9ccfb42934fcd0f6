import { useParams } from 'react-router';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useDocumentTitle } from '../../../ui/Page';
import { Loading } from '../../../ui/Spinner';
import { useSession } from '../../session/hooks/useSession';
import { useSessionLive } from '../../session/hooks/useSessionLive';
import '../presenter.css';
import '../../decisions/decisions.css';
import '../../follow-ups/follow-ups.css';
import { Presenter } from './Presenter';

/** `/sessions/:id/present`: the projector view. */
export function PresenterPage() {
  const { id = '' } = useParams();
  const session = useSession(id);
  const live = useSessionLive(id);
  useDocumentTitle(session.data ? `${session.data.title} — presenter` : 'Presenter');

  // a failed refetch keeps the last picture on the projector rather than an error page
  if (session.data) return <Presenter session={session.data} live={live} />;
  return (
    <main className="presenter">
      <div className="presenter__main">
        {session.isError ? (
          <ErrorMessage error={session.error} title="Could not open the presenter view" onRetry={() => void session.refetch()} retrying={session.isFetching} />
        ) : (
          <Loading label="Opening the presenter view…" />
        )}
      </div>
    </main>
  );
}
