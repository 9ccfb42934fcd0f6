import type { TSession } from '@thinline/shared';
import { type MessageId, useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { type PresenterViewName, usePresenterView } from '../hooks/usePresenterView';
import { usePresenterShortcuts } from '../hooks/usePresenterShortcuts';
import { usePresenterRemote } from '../hooks/usePresenterPaging';
import { PRESENTER_PAGE_ROWS, presentableConcerns } from '../lib/presentation';
import { FocusView } from './FocusView';
import { GapView } from './GapView';
import { HeatmapView } from './HeatmapView';
import { RoundsView } from './RoundsView';

const VIEW_LABELS: Record<PresenterViewName, MessageId> = {
  heatmap: 'app.presenter.view.heatmap',
  gaps: 'app.presenter.view.gaps',
  focus: 'app.presenter.view.focus',
  rounds: 'app.presenter.view.rounds',
};

/** A live or closed session: the view switcher, and the chosen view. */
export function PresenterResults({ session, shortcutsOn, onShowHelp }: { session: TSession; shortcutsOn: boolean; onShowHelp: () => void }) {
  const t = useT();
  // facilitator-led: the room follows one concern at a time, so the projector does too
  const [view, update] = usePresenterView(session.settings.pacing === 'facilitator-led' ? 'focus' : 'heatmap');
  const concerns = presentableConcerns(session);
  const pages = Math.max(1, Math.ceil(concerns.length / PRESENTER_PAGE_ROWS));
  const turnPage = (delta: number) => update({ view: view.view === 'rounds' ? 'rounds' : 'heatmap', page: Math.min(pages - 1, Math.max(0, view.page + delta)) });
  // the control room paces the projector (nobody may be at this keyboard): a view, a page, or both
  usePresenterRemote(session.id, (command) => {
    const paged = command.view ?? (view.view === 'rounds' ? 'rounds' : 'heatmap');
    update(command.page === undefined ? { view: paged } : { view: paged, page: Math.min(pages - 1, command.page) });
  });

  const stepConcern = (delta: number) => {
    if (concerns.length === 0) return;
    const at = concerns.findIndex((c) => c.id === view.concern);
    const next = concerns[Math.min(concerns.length - 1, Math.max(0, (at < 0 ? 0 : at) + delta))];
    if (next) update({ view: 'focus', concern: next.id });
  };

  const handlers: Record<string, () => void> = {
    h: () => update({ view: 'heatmap' }),
    g: () => update({ view: 'gaps' }),
    f: () => update({ view: 'focus' }),
    r: () => update({ view: 'rounds' }),
    s: () => update({ sort: view.sort === 'queue' ? 'category' : 'queue' }),
    '0': () => update({ segment: null }),
    '?': onShowHelp,
    ArrowLeft: () => stepConcern(-1),
    ArrowRight: () => stepConcern(1),
    // a presenter's clicker sends Page Down / Page Up
    PageDown: () => turnPage(1),
    PageUp: () => turnPage(-1),
    ArrowDown: () => turnPage(1),
    ArrowUp: () => turnPage(-1),
  };
  session.roles.slice(0, 9).forEach((role, i) => {
    handlers[String(i + 1)] = () => update({ segment: role.id });
  });
  usePresenterShortcuts(handlers, shortcutsOn);

  // each view puts these first in its own control row, so the controls take one line
  const tabs = (
    <div className="segmented" role="group" aria-label={t('app.presenter.view')}>
      {(Object.keys(VIEW_LABELS) as PresenterViewName[]).map((name) => (
        <Button key={name} size="small" aria-pressed={view.view === name} onClick={() => update({ view: name })}>
          {t(VIEW_LABELS[name])}
        </Button>
      ))}
    </div>
  );
  const common = { session, concerns, tabs };
  switch (view.view) {
    case 'heatmap':
      return <HeatmapView {...common} view={view} update={update} />;
    case 'gaps':
      return <GapView {...common} view={view} update={update} />;
    case 'focus':
      return <FocusView {...common} view={view} update={update} onStep={stepConcern} />;
    case 'rounds':
      return <RoundsView {...common} page={view.page} />;
  }
}
