import type { TSession } from '@thinline/shared';
import { Link } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { Notice } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatDateTime } from '../../../ui/format';
import { SessionDownloadLinks } from '../../session/components/SessionDownloadLinks';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';

/** An org viewer's view of a session: what it is, its live heatmap and every export; no controls. */
export function ViewerSession({ session }: { session: TSession }) {
  const t = useT();
  return (
    <Page title={session.title} lead={<StatusBadge kind={session.status}>{SESSION_STATUS_LABELS[session.status]}</StatusBadge>}>
      <p>
        <Link to={`/workshops/${session.workshopId}`}>← {t('app.organisations.viewer.back')}</Link>
      </p>
      <Notice title={t('app.organisations.viewer.notice')}>{t('app.organisations.viewer.noticeText')}</Notice>
      <section className="section card stack" aria-labelledby="viewer-facts">
        <h2 id="viewer-facts">{t('app.organisations.viewer.facts')}</h2>
        <p>
          {session.closedAt
            ? t('app.organisations.viewer.factsClosed', { n: session.participants, created: formatDateTime(session.createdAt), closed: formatDateTime(session.closedAt) })
            : t('app.organisations.viewer.factsOpen', { n: session.participants, created: formatDateTime(session.createdAt) })}
        </p>
        <p>
          <Link to={`/sessions/${session.id}/present`}>{t('app.organisations.viewer.present')}</Link>
        </p>
      </section>
      <section className="section card stack" aria-labelledby="viewer-downloads">
        <h2 id="viewer-downloads">{t('app.organisations.viewer.downloads')}</h2>
        <SessionDownloadLinks sessionId={session.id} />
      </section>
    </Page>
  );
}
