import { useParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { QueryPage } from '../../../ui/QueryPage';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { useSession } from '../../session/hooks/useSession';
import '../control-room.css';
import '../../decisions/decisions.css';
import '../../follow-ups/follow-ups.css';
import { ViewerSession } from '../../organisations/components/ViewerSession';
import { ControlRoom } from './ControlRoom';

/** `/sessions/:id/control` */
export function ControlRoomPage() {
  const { id = '' } = useParams();
  return (
    <RequireAuth>
      <ControlRoomLoader sessionId={id} />
    </RequireAuth>
  );
}

function ControlRoomLoader({ sessionId }: { sessionId: string }) {
  const t = useT();
  const session = useSession(sessionId);
  return (
    <QueryPage query={session} loadingLabel={t('app.controlRoom.loading')} errorTitle={t('app.controlRoom.loadFailed')}>
      {(data) => (data.canRun === false ? <ViewerSession session={data} /> : <ControlRoom session={data} />)}
    </QueryPage>
  );
}
