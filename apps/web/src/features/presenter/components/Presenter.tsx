import { type TSession, plural } from '@thinline/shared';
import { useRef } from 'react';
import { Button } from '../../../ui/Button';
import { LiveRegion } from '../../../ui/LiveRegion';

import { useFullscreen } from '../hooks/useFullscreen';
import { ConnectionIndicator } from '../../session/components/ConnectionIndicator';
import type { SessionLive } from '../../session/hooks/useSessionLive';
import { useIdleControls } from '../hooks/useIdleControls';
import { useShortcutsEnabled } from '../hooks/useShortcutsEnabled';
import { JoinBanner } from './JoinBanner';
import { PresenterLobby } from './PresenterLobby';
import { PresenterResults } from './PresenterResults';
import { ShortcutHelp } from './ShortcutHelp';

/**
 * The projector frame: a banner (title, how to join, count, connection) and the picture.
 * Presentation mode: the buttons and each view's controls show only after a mouse move or a
 * key press (the control room has them all anyway), so the room sees the numbers, not chrome.
 */
export function Presenter({ session, live }: { session: TSession; live: SessionLive }) {
  const fullscreen = useFullscreen();
  const help = useRef<HTMLDialogElement>(null);
  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const inLobby = session.status === 'lobby';
  const closed = session.status === 'closed';
  const controls = useIdleControls();

  return (
    <div className={`presenter${controls ? '' : ' presenter--idle'}`} data-controls={controls ? 'shown' : 'hidden'}>
      <header className="presenter__bar">
        <h1 className="presenter__title">{session.title}</h1>
        {!inLobby && !closed ? <JoinBanner joinCode={session.joinCode} /> : null}
        {closed ? <strong className="presenter__closed">Session closed</strong> : null}
        <span className="tabular presenter__count">
          <strong>{session.participants.toLocaleString()}</strong> {session.participants === 1 ? 'participant' : 'participants'}
        </span>
        {/* a closed session is not live whatever the socket says: no dot that claims it is */}
        {closed ? null : <ConnectionIndicator live={live} />}
        <span className="presenter__chrome" data-presenter-control>
        {fullscreen.supported ? (
          <Button variant="secondary" size="small" onClick={fullscreen.toggle}>
            {fullscreen.active ? 'Exit full screen' : 'Full screen'}
          </Button>
        ) : null}
        <Button variant="ghost" size="small" onClick={() => help.current?.showModal()}>
          Shortcuts
        </Button>
        </span>
      </header>
      <main className="presenter__main" id="main" tabIndex={0} aria-label="Results">
        {inLobby ? <PresenterLobby session={session} /> : <PresenterResults session={session} shortcutsOn={shortcutsOn} onShowHelp={() => help.current?.showModal()} />}
      </main>
      <LiveRegion text={`${plural(session.participants, 'participant')}`} throttleMs={5000} />
      <ShortcutHelp ref={help} enabled={shortcutsOn} onEnabledChange={setShortcutsOn} />
    </div>
  );
}
