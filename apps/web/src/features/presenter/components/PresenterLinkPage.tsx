import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type TErrorCode, isApiErrorCode } from '@thinline/shared';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { errorText } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n';
import { ApiError } from '../../../lib/http';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useDocumentTitle } from '../../../ui/Page';
import { Loading } from '../../../ui/Spinner';
import { retryReads } from '../../../ui/errors';
import { fetchSession, sessionKeys } from '../../session/api';
import { useSession } from '../../session/hooks/useSession';
import { useSessionLive } from '../../session/hooks/useSessionLive';
import { SessionReadsContext, presenterLinkReads } from '../../session/reads';
import '../presenter.css';
import '../../decisions/decisions.css';
import '../../follow-ups/follow-ups.css';
import { Presenter } from './Presenter';

/** The refusals that end a presenter link for good: said on the whole screen, not beside a dot. */
const LINK_ENDED: readonly TErrorCode[] = ['presenter-link/not-found', 'presenter-link/revoked', 'presenter-link/expired'];
const linkEnded = (code: TErrorCode | null | undefined): code is TErrorCode => code !== null && code !== undefined && LINK_ENDED.includes(code);

/**
 * `/present/:token`: the projector opened from a presenter link, on a venue's PC nobody signed
 * in to. The same presenter screen as `/sessions/:id/present`; it reads through the link and
 * the control room paces it (presenter:command). It sends nothing that changes the session.
 */
export function PresenterLinkPage() {
  const { token = '' } = useParams();
  const client = useQueryClient();
  const reads = useMemo(() => presenterLinkReads(token), [token]);
  const t = useT();
  // the link names no session: its first read does, and puts the session where the views look for it
  const opened = useQuery({
    queryKey: ['presenter-link', token],
    queryFn: async () => {
      const session = await fetchSession('', reads);
      client.setQueryData(sessionKeys.session(session.id), session);
      return session.id;
    },
    retry: retryReads(),
    staleTime: Infinity,
  });
  useDocumentTitle(t('app.presenter.docTitlePlain'));

  const refusal = opened.error instanceof ApiError && isApiErrorCode(opened.error.code) ? opened.error.code : null;
  if (linkEnded(refusal)) return <LinkEnded code={refusal} />;
  if (opened.data) {
    return (
      <SessionReadsContext.Provider value={reads}>
        <LinkedPresenter sessionId={opened.data} token={token} />
      </SessionReadsContext.Provider>
    );
  }
  return (
    <main className="presenter">
      <div className="presenter__main">
        {opened.isError ? (
          <ErrorMessage error={opened.error} title={t('app.presenter.openFailed')} onRetry={() => void opened.refetch()} retrying={opened.isFetching} suggestNextStep={false} />
        ) : (
          <Loading label={t('app.presenter.opening')} />
        )}
      </div>
    </main>
  );
}

function LinkedPresenter({ sessionId, token }: { sessionId: string; token: string }) {
  const session = useSession(sessionId);
  const live = useSessionLive(sessionId, { presenterToken: token });
  const t = useT();
  useDocumentTitle(session.data ? t('app.presenter.docTitle', { title: session.data.title }) : t('app.presenter.docTitlePlain'));
  // revoked (or expired) while on the wall: the room is told, not left with frozen numbers
  if (linkEnded(live.code)) return <LinkEnded code={live.code} />;
  const refetchCode = session.error instanceof ApiError ? session.error.code : null;
  if (linkEnded(refetchCode)) return <LinkEnded code={refetchCode} />;
  if (!session.data) return <Loading label={t('app.presenter.opening')} />;
  return <Presenter session={session.data} live={live} />;
}

function LinkEnded({ code }: { code: TErrorCode }) {
  const t = useT();
  return (
    <main className="presenter presenter-ended" id="main">
      <div className="presenter-ended__box" role="alert">
        <h1>{t(code === 'presenter-link/revoked' ? 'app.presenter.link.revokedTitle' : 'app.presenter.link.endedTitle')}</h1>
        <p>{errorText(code)}</p>
      </div>
    </main>
  );
}
