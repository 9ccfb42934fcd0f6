import { type TSession, plural } from '@thinline/shared';
import { useRef } from 'react';
import { Button } from '../../../ui/Button';
import { LiveRegion } from '../../../ui/LiveRegion';

import { useFullscreen } from '../hooks/useFullscreen';
import { ConnectionIndicator } from '../../session/components/ConnectionIndicator';
import type { SessionLive } from '../../session/hooks/useSessionLive';
import { useShortcutsEnabled } from '../hooks/useShortcutsEnabled';
import { displayJoinUrl } from '../lib/joinUrl';
import { PresenterLobby } from './PresenterLobby';
import { PresenterResults } from './PresenterResults';
import { ShortcutHelp } from './ShortcutHelp';

/** The projector frame: a thin bar (title, join address, count, connection) and the picture. */
export function Presenter({ session, live }: { session: TSession; live: SessionLive }) {
  const fullscreen = useFullscreen();
  const help = useRef<HTMLDialogElement>(null);
  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const inLobby = session.status === 'lobby';

  return (
    <div className="presenter">
      <header className="presenter__bar">
        <h1 className="presenter__title">{session.title}</h1>
        {!inLobby && session.status !== 'closed' ? (
          <span>
            Join: <strong>{displayJoinUrl(session.joinCode)}</strong>
          </span>
        ) : null}
        {session.status === 'closed' ? <strong>Session closed</strong> : null}
        <span className="tabular">
          <strong>{session.participants.toLocaleString()}</strong> {session.participants === 1 ? 'participant' : 'participants'}
        </span>
        <ConnectionIndicator live={live} />
        {fullscreen.supported ? (
          <Button variant="secondary" size="small" onClick={fullscreen.toggle}>
            {fullscreen.active ? 'Exit full screen' : 'Full screen'}
          </Button>
        ) : null}
        <Button variant="ghost" size="small" onClick={() => help.current?.showModal()}>
          Shortcuts
        </Button>
      </header>
      <main className="presenter__main" id="main">
        {inLobby ? <PresenterLobby session={session} /> : <PresenterResults session={session} shortcutsOn={shortcutsOn} onShowHelp={() => help.current?.showModal()} />}
      </main>
      <LiveRegion text={`${plural(session.participants, 'participant')}`} throttleMs={5000} />
      <ShortcutHelp ref={help} enabled={shortcutsOn} onEnabledChange={setShortcutsOn} />
    </div>
  );
}
