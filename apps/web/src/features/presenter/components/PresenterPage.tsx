import { useParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
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
  const t = useT();
  useDocumentTitle(session.data ? t('app.presenter.docTitle', { title: session.data.title }) : t('app.presenter.docTitlePlain'));

  // a failed refetch keeps the last picture on the projector rather than an error page
  if (session.data) return <Presenter session={session.data} live={live} />;
  return (
    <main className="presenter">
      <div className="presenter__main">
        {session.isError ? (
          <ErrorMessage error={session.error} title={t('app.presenter.openFailed')} onRetry={() => void session.refetch()} retrying={session.isFetching} />
        ) : (
          <Loading label={t('app.presenter.opening')} />
        )}
      </div>
    </main>
  );
}
