import type { TSession } from '@thinline/shared';
import { Link } from 'react-router';
import { Notice } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatDateTime } from '../../../ui/format';
import { SessionDownloadLinks } from '../../session/components/SessionDownloadLinks';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';

/** An org viewer's view of a session: what it is, its live heatmap and every export; no controls. */
export function ViewerSession({ session }: { session: TSession }) {
  return (
    <Page title={session.title} lead={<StatusBadge kind={session.status}>{SESSION_STATUS_LABELS[session.status]}</StatusBadge>}>
      <p>
        <Link to={`/workshops/${session.workshopId}`}>← Back to the workshop</Link>
      </p>
      <Notice title="You are a viewer of this organisation">You can follow this session and download its reports; its facilitators run it.</Notice>
      <section className="section card stack" aria-labelledby="viewer-facts">
        <h2 id="viewer-facts">The session</h2>
        <p>
          {session.participants} participants · created {formatDateTime(session.createdAt)}
          {session.closedAt ? ` · closed ${formatDateTime(session.closedAt)}` : ''}
        </p>
        <p>
          <Link to={`/sessions/${session.id}/present`}>Open the live heatmap</Link>
        </p>
      </section>
      <section className="section card stack" aria-labelledby="viewer-downloads">
        <h2 id="viewer-downloads">Downloads</h2>
        <SessionDownloadLinks sessionId={session.id} />
      </section>
    </Page>
  );
}
