import type { TSession } from '@thinline/shared';
import { useId, useState } from 'react';
import { type MessageId, useT } from '../../../i18n/i18n';
import { PRESENTER_VIEWS, type PresenterViewName } from '../../presenter/hooks/usePresenterView';
import { PRESENTER_PAGE_ROWS, presentableConcerns } from '../../presenter/lib/presentation';
import type { SessionLive } from '../../session/hooks/useSessionLive';

const VIEW_LABELS: Record<PresenterViewName, MessageId> = {
  heatmap: 'app.presenter.view.heatmap',
  gaps: 'app.presenter.view.gaps',
  focus: 'app.presenter.view.focus',
  rounds: 'app.presenter.view.rounds',
};

/**
 * The projectors' pacing from the control room (a projector by link has nobody at its
 * keyboard): which view, which page of rows. Sent as presenter:command to every presenter of
 * the session; the page is absolute, so each projector lands on the same one.
 */
export function ProjectorRemote({ session, live }: { session: TSession; live: Pick<SessionLive, 'command' | 'status'> }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(presentableConcerns(session).length / PRESENTER_PAGE_ROWS));
  const [page, setPage] = useState(0);
  const [view, setView] = useState<PresenterViewName | null>(null);
  const [failed, setFailed] = useState(false);
  const labelId = useId();
  const shown = Math.min(page, pages - 1);
  const send = (command: { view?: PresenterViewName; page?: number }) => {
    void live.command(command).then((ok) => setFailed(!ok));
  };
  const turn = (delta: number) => {
    const next = Math.min(pages - 1, Math.max(0, shown + delta));
    setPage(next);
    send({ page: next });
  };
  const offline = live.status !== 'live' && live.status !== 'paused';

  return (
    <span className="cluster projector-remote" data-projector-remote>
      {/* said on screen: these buttons change the projectors, not this page */}
      <span className="muted" id={labelId}>
        {t('app.controlRoom.cockpit.projectorView')}
      </span>
      <span className="cluster" role="group" aria-labelledby={labelId}>
        {PRESENTER_VIEWS.map((name) => (
          <button
            key={name}
            type="button"
            className="button button--secondary button--small"
            aria-pressed={view === name}
            disabled={offline}
            onClick={() => {
              setView(name);
              send({ view: name });
            }}
          >
            {t(VIEW_LABELS[name])}
          </button>
        ))}
      </span>
      <span className="cluster" role="group" aria-label={t('app.controlRoom.cockpit.projectorPage')}>
        <button type="button" className="button button--secondary button--small" disabled={offline || shown === 0} onClick={() => turn(-1)}>
          {t('app.controlRoom.cockpit.pageUp')}
        </button>
        <span className="tabular" aria-live="polite">
          {t('app.controlRoom.cockpit.pageOf', { page: shown + 1, pages })}
        </span>
        <button type="button" className="button button--secondary button--small" disabled={offline || shown >= pages - 1} onClick={() => turn(1)}>
          {t('app.controlRoom.cockpit.pageDown')}
        </button>
      </span>
      {failed ? (
        <span className="muted" role="status">
          {t('app.controlRoom.cockpit.commandFailed')}
        </span>
      ) : null}
    </span>
  );
}
