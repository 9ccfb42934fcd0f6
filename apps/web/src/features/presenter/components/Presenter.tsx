import type { TSession } from '@thinline/shared';
import { useRef } from 'react';
import { count, useT } from '../../../i18n/i18n';
import { useSessionLocale } from '../../../i18n/session-locale';
import { Button } from '../../../ui/Button';
import { LiveRegion } from '../../../ui/LiveRegion';

import { useFullscreen } from '../hooks/useFullscreen';
import { ConnectionIndicator } from '../../session/components/ConnectionIndicator';
import type { SessionLive } from '../../session/hooks/useSessionLive';
import { useIdleControls } from '../hooks/useIdleControls';
import { around } from '../lib/message-parts';
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
  // the room reads the session's language, whatever this browser or device would pick
  useSessionLocale(session.settings.locale, { always: true });
  const t = useT();
  const fullscreen = useFullscreen();
  const help = useRef<HTMLDialogElement>(null);
  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const inLobby = session.status === 'lobby';
  const closed = session.status === 'closed';
  const controls = useIdleControls();
  // the count in bold, where the language puts it ("12 Teilnehmende", "参加者 12 人")
  const [countBefore, countAfter] = around((mark) => t('app.presenter.participants', { n: session.participants, count: mark }));

  return (
    <div className={`presenter${controls ? '' : ' presenter--idle'}`} data-controls={controls ? 'shown' : 'hidden'}>
      <header className="presenter__bar">
        <h1 className="presenter__title">{session.title}</h1>
        {!inLobby && !closed ? <JoinBanner joinCode={session.joinCode} /> : null}
        {closed ? <strong className="presenter__closed">{t('app.presenter.closed')}</strong> : null}
        <span className="tabular presenter__count">
          {countBefore}
          <strong>{count(session.participants)}</strong>
          {countAfter}
        </span>
        {/* a closed session is not live whatever the socket says: no dot that claims it is */}
        {closed ? null : <ConnectionIndicator live={live} />}
        <span className="presenter__chrome" data-presenter-control>
        {fullscreen.supported ? (
          <Button variant="secondary" size="small" onClick={fullscreen.toggle}>
            {fullscreen.active ? t('app.presenter.fullScreenExit') : t('app.presenter.fullScreen')}
          </Button>
        ) : null}
        <Button variant="ghost" size="small" onClick={() => help.current?.showModal()}>
          {t('app.presenter.shortcuts.button')}
        </Button>
        </span>
      </header>
      <main className="presenter__main" id="main" tabIndex={0} aria-label={t('app.presenter.results')}>
        {inLobby ? <PresenterLobby session={session} /> : <PresenterResults session={session} shortcutsOn={shortcutsOn} onShowHelp={() => help.current?.showModal()} />}
      </main>
      <LiveRegion text={t('app.report.participants', { n: session.participants })} throttleMs={5000} />
      <ShortcutHelp ref={help} enabled={shortcutsOn} onEnabledChange={setShortcutsOn} />
    </div>
  );
}
