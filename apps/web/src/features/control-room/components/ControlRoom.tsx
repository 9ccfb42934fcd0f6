import type { TSession } from '@thinline/shared';
import { Link } from 'react-router';
import { percent, roundLabel, useT } from '../../../i18n/i18n';
import { useSessionLocale } from '../../../i18n/session-locale';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { StatusBadge } from '../../../ui/StatusBadge';
import { DecisionsPanel } from '../../decisions/components/DecisionsPanel';
import { FollowUpsPanel } from '../../follow-ups/components/FollowUpsPanel';
import { ConnectionIndicator } from '../../session/components/ConnectionIndicator';
import { useHeatmap } from '../../session/hooks/useHeatmap';
import { useSessionLive } from '../../session/hooks/useSessionLive';
import { useControlRoomActions } from '../hooks/useControlRoomActions';
import { ACTION_FAILED } from '../lib/actionWords';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';
import { AuditPanel } from '../../organisations/components/AuditPanel';
import { CockpitBar } from './CockpitBar';
import { ConcernControls } from './ConcernControls';
import { JoinPanel } from './JoinPanel';
import { PacingNav } from './PacingNav';
import { SessionControls } from './SessionControls';
import { ProjectorLinkPanel } from './ProjectorLinkPanel';
import { SharePanel } from './SharePanel';
import { PreworkPanel } from '../../prework/components/PreworkPanel';

/** The facilitator's control room: join code, progress, and every action on the session. */
export function ControlRoom({ session }: { session: TSession }) {
  const t = useT();
  // the session's language, unless the facilitator picked one on this device
  useSessionLocale(session.settings.locale);
  const live = useSessionLive(session.id);
  const heatmap = useHeatmap(session.id);
  const actions = useControlRoomActions(session.id);
  const { state, settings } = session;

  return (
    <Page
      title={session.title}
      lead={
        <span className="cluster">
          <StatusBadge kind={session.status}>{SESSION_STATUS_LABELS[session.status]}</StatusBadge>
          <span>{roundLabel(state.round, state.rounds)}</span>
          <span>· {t(settings.pacing === 'facilitator-led' ? 'app.controlRoom.pacingLed' : 'app.controlRoom.pacingSelf')}</span>
          <span>· {t(settings.answerMode === 'raci' ? 'app.controlRoom.modeRaci' : 'app.controlRoom.modeOwners')}</span>
          <span>· {t(settings.anonymity === 'anonymous' ? 'app.controlRoom.anonymous' : 'app.controlRoom.named')}</span>
          <span>· {t('app.controlRoom.threshold', { theta: percent(settings.threshold) })}</span>
        </span>
      }
      actions={<ConnectionIndicator live={live} />}
    >
      <p>
        <Link to={`/workshops/${session.workshopId}`}>{t('app.controlRoom.back')}</Link>
      </p>
      {session.status !== 'lobby' ? <CockpitBar session={session} heatmap={heatmap.data} live={live} /> : null}
      <div className="control-grid">
        <JoinPanel session={session} />
        <div className="stack">
          {actions.error ? (
            <ErrorMessage error={actions.error} title={t(actions.failedAction ? ACTION_FAILED[actions.failedAction] : 'app.controlRoom.failed.other')}>
              <p>
                <button type="button" className="button button--ghost button--small" onClick={actions.dismiss}>
                  {t('app.controlRoom.dismiss')}
                </button>
              </p>
            </ErrorMessage>
          ) : null}
          <FollowUpsPanel session={session} />
          <SessionControls session={session} actions={actions} />
          {settings.pacing === 'facilitator-led' && session.status === 'live' ? <PacingNav session={session} actions={actions} /> : null}
          {heatmap.isError ? (
            <ErrorMessage error={heatmap.error} title={t('app.controlRoom.countsFailed')} onRetry={() => void heatmap.refetch()} retrying={heatmap.isFetching} />
          ) : null}
          <PreworkPanel session={session} />
          <ConcernControls session={session} heatmap={heatmap.data} actions={actions} />
          <DecisionsPanel session={session} />
          <ProjectorLinkPanel sessionId={session.id} />
          <SharePanel sessionId={session.id} />
          <AuditPanel session={session} />
        </div>
      </div>
    </Page>
  );
}
